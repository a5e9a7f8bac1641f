package dev.positionsbot.answer;

import dev.positionsbot.PositionsBotException;
import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.Passage;
import dev.positionsbot.index.NewsTermAnalyzer;
import dev.positionsbot.index.SearchHit;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PassageRerankerTest {

    private final QuestionAnalyzer analyzer = new QuestionAnalyzer(new NewsTermAnalyzer(), new FixedTermStatistics(),
            Lexicon.bundled());

    // invented passages; the fused search put them in this order
    private static final List<String> TEXTS = List.of(
            "The ministry said trade with its neighbours grew last year.",
            "Officials in the capital met a delegation from the region.",
            "Marat Osmonov, the deputy trade minister, said exports of grain rose to 1.2 million tonnes in 2023.");

    private static List<SearchHit> hits() {
        List<SearchHit> out = new ArrayList<>();
        for (int i = 0; i < TEXTS.size(); i++) {
            String text = TEXTS.get(i);
            Article a = new Article("a" + i, "a" + i + ".md", "Article " + i, "", "", "", "", "en", "", text);
            out.add(new SearchHit(a, new Passage("a" + i, 0, 0, text.length(), "", text), 1.0 / (i + 1),
                    new SearchHit.Ranking(i + 1, 10.0 - i), new SearchHit.Ranking(i + 1, 0.6 - 0.1 * i)));
        }
        return out;
    }

    private static PassageRankingModel weighing(String feature, double weight) {
        double[] w = new double[PassageFeatures.NAMES.size()];
        w[PassageFeatures.NAMES.indexOf(feature)] = weight;
        return new PassageRankingModel(w, 0);
    }

    private static double feature(List<double[]> rows, int hit, String name) {
        return rows.get(hit)[PassageFeatures.NAMES.indexOf(name)];
    }

    @Test
    void a_passage_holding_the_asked_name_and_figure_scores_as_such() {
        AnalyzedQuestion q = analyzer.analyze("How much grain did Marat Osmonov say was exported?");
        List<double[]> rows = new PassageFeatures(new NewsTermAnalyzer()).of(q, hits(), null);
        assertEquals(1.0, feature(rows, 2, "names_found"));
        assertEquals(0.0, feature(rows, 0, "names_found"));
        assertEquals(1.0, feature(rows, 2, "asked_kind"), "a number is asked and the passage has one");
        assertEquals(-1.0, feature(rows, 1, "asked_kind"));
        assertTrue(feature(rows, 2, "coverage") > feature(rows, 0, "coverage"));
        assertEquals(0.0, feature(rows, 2, "coverage_gap"), 1e-9, "the best-covering passage has no gap");
        assertTrue(feature(rows, 0, "coverage_gap") < 0);
        assertEquals(1.0, feature(rows, 0, "bm25_share"), 1e-9);
        assertEquals(10.0 / 12, feature(rows, 2, "bm25_rank"), 1e-9);
    }

    @Test
    void without_stored_unit_vectors_the_passage_similarity_stands_for_the_best_unit() {
        AnalyzedQuestion q = analyzer.analyze("What did the ministry say about trade?");
        List<double[]> rows = new PassageFeatures(new NewsTermAnalyzer()).of(q, hits(), new float[384]);
        assertEquals(feature(rows, 1, "vector_similarity"), feature(rows, 1, "best_unit_similarity"), 1e-9);
    }

    @Test
    void the_model_moves_the_passage_with_the_asked_names_ahead_of_better_fused_ranks() {
        AnalyzedQuestion q = analyzer.analyze("What did Marat Osmonov say about grain exports?");
        PassageReranker reranker = new PassageReranker(new NewsTermAnalyzer(), weighing("names_found", 2.0));
        List<SearchHit> top = reranker.top(q, hits(), null, 2);
        assertEquals(2, top.size());
        assertEquals("a2", top.get(0).article().id());
        assertEquals("a0", top.get(1).article().id(), "equal scores keep the search's order");
    }

    @Test
    void the_fused_order_is_kept_by_a_model_that_weighs_only_it() {
        AnalyzedQuestion q = analyzer.analyze("What did Marat Osmonov say about grain exports?");
        PassageReranker reranker = new PassageReranker(new NewsTermAnalyzer(), weighing("fused_rank", 1.0));
        assertEquals(List.of("a0", "a1", "a2"),
                reranker.top(q, hits(), null, 5).stream().map(h -> h.article().id()).toList());
    }

    @Test
    void the_bundled_model_has_a_weight_for_every_feature() {
        PassageRankingModel m = PassageRankingModel.bundled();
        assertEquals(PassageFeatures.NAMES.size(), m.weights().length);
        assertEquals(m.bias(), PassageRankingModel.parse(m.format("# again\n").lines().toList(), "again").bias(), 1e-6);
    }

    @Test
    void a_weights_file_without_a_feature_is_refused_naming_the_file_and_the_feature() {
        PositionsBotException e = assertThrows(PositionsBotException.class,
                () -> PassageRankingModel.parse(List.of("bm25_rank\t1.0", "bias\t0"), "my-weights.tsv"));
        assertTrue(e.getMessage().contains("my-weights.tsv") && e.getMessage().contains("vector_rank"),
                e.getMessage());
    }

    @Test
    void a_malformed_line_is_refused_naming_its_number() {
        PositionsBotException e = assertThrows(PositionsBotException.class,
                () -> PassageRankingModel.parse(List.of("# header", "bm25_rank one"), "w.tsv"));
        assertTrue(e.getMessage().contains("w.tsv line 2"), e.getMessage());
    }
}
