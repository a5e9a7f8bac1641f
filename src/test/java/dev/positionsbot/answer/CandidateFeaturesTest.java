package dev.positionsbot.answer;

import dev.positionsbot.index.NewsTermAnalyzer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CandidateFeaturesTest {

    private final QuestionAnalyzer analyzer = new QuestionAnalyzer(new NewsTermAnalyzer(), new FixedTermStatistics(),
            Lexicon.bundled());

    private static ScoredSentence unit(int rank, double coverage, double similarity, boolean askedSpan) {
        return new ScoredSentence(null, rank, 0, 1, "x", null, coverage, 0, similarity, askedSpan, List.of(),
                List.of(), List.of(), ScoredSentence.Presence.NOT_ASKED, false, false, 0.5, 1, 0);
    }

    private double feature(ScoredSentence s, String name) {
        AnalyzedQuestion q = analyzer.analyze("How many trucks did the customs service stop?");
        return CandidateFeatures.all(q, List.of(s)).get(0)[CandidateFeatures.NAMES.indexOf(name)];
    }

    @Test
    void every_feature_has_a_value_and_a_name() {
        AnalyzedQuestion q = analyzer.analyze("How many trucks did the customs service stop?");
        assertEquals(CandidateFeatures.NAMES.size(), CandidateFeatures.all(q, List.of(unit(0, 0.5, 0.5, true))).get(0).length);
    }

    @Test
    void the_asked_span_crosses_are_zero_without_the_asked_span_and_grow_with_coverage_and_similarity() {
        assertEquals(0, feature(unit(0, 0.9, 0.8, false), "asked_span_x_coverage"));
        assertEquals(0, feature(unit(0, 0.9, 0.8, false), "asked_span_x_similarity"));
        assertTrue(feature(unit(0, 0.9, 0.8, true), "asked_span_x_coverage")
                > feature(unit(0, 0.3, 0.8, true), "asked_span_x_coverage"));
        assertTrue(feature(unit(0, 0.5, 0.8, true), "asked_span_x_similarity")
                > feature(unit(0, 0.5, 0.2, true), "asked_span_x_similarity"));
    }

    @Test
    void coverage_counts_more_in_an_earlier_passage() {
        assertTrue(feature(unit(0, 0.6, 0.5, true), "rank_x_coverage") > feature(unit(5, 0.6, 0.5, true), "rank_x_coverage"));
        assertEquals(0, feature(unit(0, 0.0, 0.5, true), "rank_x_coverage"));
    }
}
