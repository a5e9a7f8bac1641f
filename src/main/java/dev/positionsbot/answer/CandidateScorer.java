package dev.positionsbot.answer;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.scoring.ScoringModel;

import dev.positionsbot.answer.rerank.RerankerException;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Scores candidates for a question with the built-in {@link FeatureScoringModel}, with a user's own
 * {@link ScoringModel} (a cross-encoder, say) instead of it, or with the mean of both. An external model must score in
 * [0, 1] (a cross-encoder with normalised output); its answer threshold is the configured minimum score.
 *
 * <p>When the external model fails, {@link #scores} throws {@link ExternalScorerException} (the failure logged as
 * {@link ExternalScorerFailures} says); {@link ScorerFallbackComposer} then answers that question with
 * {@link #builtinOnly()}. For a while after a failure the external model is not asked, and the same happens at once.
 */
public final class CandidateScorer {

    /** How an external scoring model is used. */
    public enum Mode { BUILTIN, EXTERNAL, BOTH }

    private final ScoringModel builtin;
    private final Optional<ScoringModel> external;
    private final Mode mode;
    private final double threshold;
    private final double builtinThreshold;
    private final ExternalScorerFailures failures;

    private CandidateScorer(ScoringModel builtin, Optional<ScoringModel> external, Mode mode, double threshold,
                            double builtinThreshold, ExternalScorerFailures failures) {
        this.builtin = builtin;
        this.external = external;
        this.mode = external.isEmpty() ? Mode.BUILTIN : mode;
        this.threshold = threshold;
        this.builtinThreshold = builtinThreshold;
        this.failures = failures;
    }

    public static CandidateScorer builtin(AnswerModel model) {
        return new CandidateScorer(new FeatureScoringModel(model), Optional.empty(), Mode.BUILTIN, model.threshold(),
                model.threshold(), null);
    }

    /** Uses {@code external} as {@code mode} says; {@code minScore} is the answer threshold for EXTERNAL and BOTH. */
    public static CandidateScorer with(AnswerModel model, ScoringModel external, Mode mode, double minScore) {
        return with(model, external, mode, minScore, ExternalScorerFailures.DEFAULT_PAUSE, System::nanoTime);
    }

    /** As {@link #with(AnswerModel, ScoringModel, Mode, double)}, skipping the external model for {@code pause} after a failure. */
    static CandidateScorer with(AnswerModel model, ScoringModel external, Mode mode, double minScore, Duration pause,
                                LongSupplier nanoClock) {
        return new CandidateScorer(new FeatureScoringModel(model), Optional.of(external), mode,
                mode == Mode.BUILTIN ? model.threshold() : minScore, model.threshold(),
                new ExternalScorerFailures(pause, nanoClock));
    }

    /** The same built-in model alone, with its calibrated threshold: what answers while the external one fails. */
    public CandidateScorer builtinOnly() {
        return mode == Mode.BUILTIN ? this
                : new CandidateScorer(builtin, Optional.empty(), Mode.BUILTIN, builtinThreshold, builtinThreshold, null);
    }

    /** The external model, when one is configured and used. */
    public Optional<ScoringModel> external() {
        return mode == Mode.BUILTIN ? Optional.empty() : external;
    }

    /** The score below which a best candidate does not make an answer. */
    public double threshold() {
        return threshold;
    }

    public Mode mode() {
        return mode;
    }

    double[] scores(List<TextSegment> segments, String question) {
        double[] out = new double[segments.size()];
        if (segments.isEmpty()) {
            return out;
        }
        List<Double> own = mode == Mode.EXTERNAL ? null : builtin.scoreAll(segments, question).content();
        List<Double> other = mode == Mode.BUILTIN ? null : externalScores(segments, question);
        for (int i = 0; i < out.length; i++) {
            out[i] = switch (mode) {
                case BUILTIN -> own.get(i);
                case EXTERNAL -> other.get(i);
                case BOTH -> (own.get(i) + other.get(i)) / 2;
            };
        }
        return out;
    }

    private List<Double> externalScores(List<TextSegment> segments, String question) {
        ScoringModel model = external.orElseThrow();
        String skipped = failures.skipReason();
        if (skipped != null) {
            throw new ExternalScorerException("scoring model " + model + " " + skipped, null);
        }
        List<Double> scores;
        try {
            scores = model.scoreAll(segments, question).content();
        } catch (RuntimeException e) {
            throw failed(e instanceof RerankerException r ? r.kind().name() : e.getClass().getSimpleName(),
                    e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
        if (scores == null || scores.size() != segments.size() || scores.stream().anyMatch(s -> s == null
                || !Double.isFinite(s))) {
            throw failed("WRONG_SCORES", "scoring model " + model + " returned " + (scores == null ? "no scores"
                    : scores.size() + " scores for " + segments.size() + " candidates, or a score that is no"
                    + " number"), null);
        }
        failures.succeeded();
        return scores;
    }

    private ExternalScorerException failed(String kind, String message, Throwable cause) {
        failures.failed(kind, message);
        return new ExternalScorerException(message, cause);
    }
}
