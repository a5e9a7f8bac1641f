package dev.positionsbot.answer;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.output.Response;
import dev.langchain4j.model.scoring.ScoringModel;
import dev.positionsbot.answer.rerank.RerankerException;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class CandidateScorerTest {

    private static final int N = CandidateFeatures.NAMES.size();

    /** A model whose logit is 2 * similarity - 1: easy to compute by hand. */
    private static AnswerModel model() {
        double[] w = new double[N];
        w[0] = 2.0;
        return new AnswerModel(w, -1.0, new double[AnswerabilityFeatures.NAMES.size()], 0, 0.4, 0.7, 2);
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

    @Test
    void a_failing_external_model_is_reported_as_such_and_the_fallback_is_the_built_in_model_with_its_threshold() {
        ScoringModel external = mock(ScoringModel.class);
        when(external.scoreAll(anyList(), eq("q"))).thenThrow(new RerankerException(RerankerException.Kind.TIMEOUT,
                "reranker http://127.0.0.1:1/rerank did not answer within 2 s"));
        CandidateScorer scorer = CandidateScorer.with(model(), external, CandidateScorer.Mode.EXTERNAL, 0.9);
        ExternalScorerException e = assertThrows(ExternalScorerException.class,
                () -> scorer.scores(List.of(segment("a", 1.0)), "q"));
        assertTrue(e.getMessage().contains("http://127.0.0.1:1/rerank"), e.getMessage());
        CandidateScorer fallback = scorer.builtinOnly();
        assertEquals(CandidateScorer.Mode.BUILTIN, fallback.mode());
        assertEquals(0.4, fallback.threshold(), "the fallback keeps the built-in model's calibrated threshold");
        assertEquals(sigmoid(1.0), fallback.scores(List.of(segment("a", 1.0)), "q")[0], 1e-9);
    }

    @Test
    void an_external_model_returning_too_few_scores_fails_instead_of_misaligning_them() {
        ScoringModel external = mock(ScoringModel.class);
        when(external.scoreAll(anyList(), eq("q"))).thenReturn(Response.from(List.of(0.7)));
        CandidateScorer scorer = CandidateScorer.with(model(), external, CandidateScorer.Mode.BOTH, 0.5);
        assertThrows(ExternalScorerException.class,
                () -> scorer.scores(List.of(segment("a", 1.0), segment("b", 0.0)), "q"));
    }

    @Test
    void each_kind_of_failure_is_logged_at_warn_once() {
        ScoringModel external = mock(ScoringModel.class);
        RerankerException timeout = new RerankerException(RerankerException.Kind.TIMEOUT, "slow");
        RerankerException status = new RerankerException(RerankerException.Kind.HTTP_STATUS, "HTTP 503");
        when(external.scoreAll(anyList(), eq("q"))).thenThrow(timeout, timeout, status, timeout, status);
        // no pause after a failure: every call asks the model
        CandidateScorer scorer = CandidateScorer.with(model(), external, CandidateScorer.Mode.EXTERNAL, 0.5,
                Duration.ZERO, System::nanoTime);
        Logger logger = (Logger) LoggerFactory.getLogger(ExternalScorerFailures.class);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        logger.addAppender(logs);
        try {
            for (int i = 0; i < 5; i++) {
                assertThrows(ExternalScorerException.class, () -> scorer.scores(List.of(segment("a", 1.0)), "q"));
            }
        } finally {
            logger.detachAppender(logs);
        }
        List<String> warnings = logs.list.stream().filter(e -> e.getLevel() == Level.WARN)
                .map(ILoggingEvent::getFormattedMessage).toList();
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("TIMEOUT") && warnings.get(0).contains("slow"), warnings.get(0));
        assertTrue(warnings.get(1).contains("HTTP_STATUS") && warnings.get(1).contains("HTTP 503"), warnings.get(1));
    }

    @Test
    void the_built_in_scorer_is_its_own_fallback() {
        CandidateScorer scorer = CandidateScorer.builtin(model());
        assertSame(scorer, scorer.builtinOnly());
    }

    @Test
    void after_a_failure_the_external_model_rests_for_the_pause_and_a_recovery_is_logged() {
        ScoringModel external = mock(ScoringModel.class);
        when(external.scoreAll(anyList(), eq("q")))
                .thenThrow(new RerankerException(RerankerException.Kind.TIMEOUT, "slow"))
                .thenReturn(Response.from(List.of(0.8)))
                .thenThrow(new RerankerException(RerankerException.Kind.TIMEOUT, "slow again"));
        AtomicLong now = new AtomicLong();
        CandidateScorer scorer = CandidateScorer.with(model(), external, CandidateScorer.Mode.EXTERNAL, 0.5,
                Duration.ofSeconds(30), now::get);
        List<TextSegment> one = List.of(segment("a", 1.0));
        Logger logger = (Logger) LoggerFactory.getLogger(ExternalScorerFailures.class);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        logger.addAppender(logs);
        try {
            assertThrows(ExternalScorerException.class, () -> scorer.scores(one, "q"));
            now.set(Duration.ofSeconds(10).toNanos());
            ExternalScorerException skipped = assertThrows(ExternalScorerException.class, () -> scorer.scores(one, "q"));
            assertTrue(skipped.getMessage().contains("not asked"), skipped.getMessage());
            verify(external, times(1)).scoreAll(anyList(), eq("q"));

            now.set(Duration.ofSeconds(31).toNanos());
            assertArrayEquals(new double[] {0.8}, scorer.scores(one, "q"), 1e-9);
            now.set(Duration.ofSeconds(40).toNanos());
            assertThrows(ExternalScorerException.class, () -> scorer.scores(one, "q"));
            verify(external, times(3)).scoreAll(anyList(), eq("q"));
        } finally {
            logger.detachAppender(logs);
        }
        List<String> infoAndWarn = logs.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.INFO))
                .map(e -> e.getLevel() + " " + e.getFormattedMessage()).toList();
        assertEquals(3, infoAndWarn.size(), infoAndWarn.toString());
        assertTrue(infoAndWarn.get(0).startsWith("WARN") && infoAndWarn.get(0).contains("slow"), infoAndWarn.toString());
        assertTrue(infoAndWarn.get(1).startsWith("INFO") && infoAndWarn.get(1).contains("works again"),
                infoAndWarn.toString());
        assertTrue(infoAndWarn.get(2).startsWith("WARN") && infoAndWarn.get(2).contains("slow again"),
                "a new outage is reported afresh: " + infoAndWarn);
    }
}
