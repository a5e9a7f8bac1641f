package dev.positionsbot.answer;

import dev.positionsbot.index.PassageSearch;
import dev.positionsbot.index.SearchHit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers the passages a question could be answered from: a hybrid search for the whole question (with names in
 * their canonical spellings added), its deeper results reordered by the {@link PassageReranker}, plus one search
 * per part of a compound question, merged best first.
 */
public final class EvidenceRetriever {

    private final PassageSearch search;
    private final QuestionAnalyzer analyzer;
    private final ClauseSplitter clauses = new ClauseSplitter();
    private final PassageReranker reranker;
    private final int k;
    private final boolean questionVectorsAhead;

    public EvidenceRetriever(PassageSearch search, QuestionAnalyzer analyzer, PassageReranker reranker, int k) {
        this(search, analyzer, reranker, k, false);
    }

    /**
     * @param questionVectorsAhead whether the composer measures similarity with the search's own query vectors
     *                             ({@link PassageSearch#queryEmbedder()}): then the search may embed the question
     *                             and its parts on a spare core while this retrieves (the same vectors, sooner)
     */
    public EvidenceRetriever(PassageSearch search, QuestionAnalyzer analyzer, PassageReranker reranker, int k,
                             boolean questionVectorsAhead) {
        this.search = search;
        this.analyzer = analyzer;
        this.reranker = reranker;
        this.k = k;
        this.questionVectorsAhead = questionVectorsAhead;
    }

    public Evidence retrieve(String standaloneQuestion) {
        AnalyzedQuestion q = analyzer.analyze(standaloneQuestion);
        Map<String, SearchHit> merged = new LinkedHashMap<>();
        List<SearchHit> pool = search.search(q.searchQuery(), Math.max(k, PassageReranker.POOL));
        if (questionVectorsAhead) {
            // after the search, whose own query vector goes first on the spare core: the composer's comes while
            // this reranks and searches the parts
            search.embedAhead(List.of(q.english()));
        }
        float[] queryVector = search.queryEmbedder().map(e -> e.embedQuery(q.searchQuery())).orElse(null);
        for (SearchHit h : reranker.top(q, pool, queryVector, k)) {
            merged.putIfAbsent(h.passage().id(), h);
        }
        if (!q.language().equals("en")) {
            // the question's own words find articles written in its language, which its English rendering cannot
            for (SearchHit h : search.search(q.text(), Math.max(3, k / 2))) {
                merged.putIfAbsent(h.passage().id(), h);
            }
        }
        List<String> parts = clauses.split(q.english());
        if (parts.size() > 1) {
            List<AnalyzedQuestion> analysed = new ArrayList<>();
            for (String part : parts) {
                AnalyzedQuestion pq = analyzer.analyze(part);
                analysed.add(pq);
                for (SearchHit h : search.search(pq.searchQuery(), Math.max(3, k / 2))) {
                    merged.putIfAbsent(h.passage().id(), h);
                }
            }
            if (questionVectorsAhead) {
                // the composer measures each part too, after the whole question; a later part without names of its
                // own is measured with the first part's names added, so its own vector would go unused
                search.embedAhead(java.util.stream.IntStream.range(0, analysed.size())
                        .filter(i -> i == 0 || analysed.get(i).terms().stream()
                                .anyMatch(t -> t.kind() == KeyTerm.Kind.ENTITY))
                        .mapToObj(i -> analysed.get(i).english()).toList());
            }
        }
        return new Evidence(standaloneQuestion, q.searchQuery(), q.labels(), new ArrayList<>(merged.values()));
    }
}
