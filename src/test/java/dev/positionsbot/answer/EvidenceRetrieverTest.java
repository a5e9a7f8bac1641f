package dev.positionsbot.answer;

import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.Passage;
import dev.positionsbot.index.NewsTermAnalyzer;
import dev.positionsbot.index.PassageSearch;
import dev.positionsbot.index.SearchHit;
import dev.positionsbot.index.SearchMode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvidenceRetrieverTest {

    /** A search returning as many invented passages as asked for; only the twentieth names the asked person. */
    private static final class DeepSearch implements PassageSearch {
        final List<Integer> asked = new ArrayList<>();

        @Override
        public List<SearchHit> search(String query, int k, SearchMode mode) {
            asked.add(k);
            List<SearchHit> out = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                String text = i == 19 ? "Aigul Sarsenova, the deputy finance minister, said the budget would grow."
                        : "The ministry published its quarterly budget review, number " + i + ".";
                Article a = new Article("a" + i, "a" + i + ".md", "Budget " + i, "", "", "", "", "en", "", text);
                out.add(new SearchHit(a, new Passage("a" + i, 0, 0, text.length(), "", text), 1.0 / (60 + i),
                        new SearchHit.Ranking(i + 1, 20.0 - i * 0.5), null));
            }
            return out;
        }

        @Override
        public List<Article> articles() {
            return List.of();
        }

        @Override
        public int passageCount(String articleId) {
            return 1;
        }
    }

    @Test
    void a_passage_beyond_the_first_ten_fused_results_reaches_the_evidence_when_the_reranker_prefers_it() {
        double[] w = new double[PassageFeatures.NAMES.size()];
        w[PassageFeatures.NAMES.indexOf("names_found")] = 3.0;
        w[PassageFeatures.NAMES.indexOf("fused_rank")] = 1.0;
        DeepSearch search = new DeepSearch();
        QuestionAnalyzer questions = new QuestionAnalyzer(new NewsTermAnalyzer(), new FixedTermStatistics(),
                Lexicon.bundled());
        EvidenceRetriever retriever = new EvidenceRetriever(search, questions,
                new PassageReranker(new NewsTermAnalyzer(), new PassageRankingModel(w, 0)), 10);

        Evidence e = retriever.retrieve("What did Aigul Sarsenova say about the budget?");

        assertTrue(search.asked.get(0) >= PassageReranker.POOL, "the search is read deeper than the evidence kept");
        assertEquals(10, e.hits().size());
        assertEquals("a19", e.hits().get(0).article().id());
        assertEquals("a0", e.hits().get(1).article().id(), "the rest keep the fused order");
    }
}
