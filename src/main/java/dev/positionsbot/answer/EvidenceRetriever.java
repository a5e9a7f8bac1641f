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

    public EvidenceRetriever(PassageSearch search, QuestionAnalyzer analyzer, PassageReranker reranker, int k) {
        this.search = search;
        this.analyzer = analyzer;
        this.reranker = reranker;
        this.k = k;
    }

    public Evidence retrieve(String standaloneQuestion) {
        AnalyzedQuestion q = analyzer.analyze(standaloneQuestion);
        Map<String, SearchHit> merged = new LinkedHashMap<>();
        List<SearchHit> pool = search.search(q.searchQuery(), Math.max(k, PassageReranker.POOL));
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
            for (String part : parts) {
                AnalyzedQuestion pq = analyzer.analyze(part);
                for (SearchHit h : search.search(pq.searchQuery(), Math.max(3, k / 2))) {
                    merged.putIfAbsent(h.passage().id(), h);
                }
            }
        }
        return new Evidence(standaloneQuestion, q.searchQuery(), q.labels(), new ArrayList<>(merged.values()));
    }
}
