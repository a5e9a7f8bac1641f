package dev.positionsbot.answer;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.output.Response;
import dev.langchain4j.model.scoring.ScoringModel;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class CandidateScorerTest {

    private static final int N = CandidateFeatures.NAMES.size();

    /** A model whose logit is 2 * similarity - 1: easy to compute by hand. */
    private static AnswerModel model() {
        double[] w = new double[N];
        w[0] = 2.0;
        return new AnswerModel(w, -1.0, new double[AnswerabilityFeatures.NAMES.size()], 0, 0.4, 0.7);
    }

    private static TextSegment segment(String text, double similarity) {
        double[] f = new double[N];
        f[0] = similarity;
        Metadata m = new Metadata();
        m.put(CandidateSegments.FEATURES, String.join(",", Arrays.stream(f).mapToObj(Double::toString).toList()));
        return TextSegment.from(text, m);
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    @Test
    void the_built_in_scoring_model_reads_the_features_each_segment_carries() {
        List<Double> scores = new FeatureScoringModel(model()).scoreAll(
                List.of(segment("a", 1.0), segment("b", 0.0), TextSegment.from("no features")), "q").content();
        assertEquals(sigmoid(1.0), scores.get(0), 1e-9);
        assertEquals(sigmoid(-1.0), scores.get(1), 1e-9);
        assertEquals(0.0, scores.get(2), "a segment the composer did not make scores nothing");
    }

    @Test
    void an_external_scoring_model_replaces_the_built_in_one_with_its_own_threshold() {
        ScoringModel external = mock(ScoringModel.class);
        List<TextSegment> segments = List.of(segment("a", 1.0), segment("b", 0.0));
        when(external.scoreAll(anyList(), eq("question"))).thenReturn(Response.from(List.of(0.1, 0.9)));
        CandidateScorer scorer = CandidateScorer.with(model(), external, CandidateScorer.Mode.EXTERNAL, 0.6);
        assertArrayEquals(new double[] {0.1, 0.9}, scorer.scores(segments, "question"), 1e-9);
        assertEquals(0.6, scorer.threshold());
        verify(external).scoreAll(segments, "question");
    }

    @Test
    void both_models_together_average_their_scores() {
        ScoringModel external = mock(ScoringModel.class);
        List<TextSegment> segments = List.of(segment("a", 1.0));
        when(external.scoreAll(anyList(), eq("q"))).thenReturn(Response.from(List.of(0.2)));
        CandidateScorer scorer = CandidateScorer.with(model(), external, CandidateScorer.Mode.BOTH, 0.5);
        assertEquals((sigmoid(1.0) + 0.2) / 2, scorer.scores(segments, "q")[0], 1e-9);
    }

    @Test
    void without_an_external_model_only_the_built_in_one_is_asked() {
        ScoringModel external = mock(ScoringModel.class);
        CandidateScorer scorer = CandidateScorer.with(model(), external, CandidateScorer.Mode.BUILTIN, 0.9);
        assertEquals(sigmoid(1.0), scorer.scores(List.of(segment("a", 1.0)), "q")[0], 1e-9);
        assertEquals(0.4, scorer.threshold(), "the built-in model keeps its calibrated threshold");
        verify(external, never()).scoreAll(anyList(), eq("q"));
    }
}
