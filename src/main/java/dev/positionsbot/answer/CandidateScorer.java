package dev.positionsbot.answer;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.scoring.ScoringModel;

import java.util.List;
import java.util.Optional;

/**
 * Scores candidates for a question with the built-in {@link FeatureScoringModel}, with a user's own
 * {@link ScoringModel} (a cross-encoder, say) instead of it, or with the mean of both. An external model must score in
 * [0, 1] (a cross-encoder with normalised output); its answer threshold is the configured minimum score.
 */
public final class CandidateScorer {

    /** How an external scoring model is used. */
    public enum Mode { BUILTIN, EXTERNAL, BOTH }

    private final ScoringModel builtin;
    private final Optional<ScoringModel> external;
    private final Mode mode;
    private final double threshold;

    private CandidateScorer(ScoringModel builtin, Optional<ScoringModel> external, Mode mode, double threshold) {
        this.builtin = builtin;
        this.external = external;
        this.mode = external.isEmpty() ? Mode.BUILTIN : mode;
        this.threshold = threshold;
    }

    public static CandidateScorer builtin(AnswerModel model) {
        return new CandidateScorer(new FeatureScoringModel(model), Optional.empty(), Mode.BUILTIN, model.threshold());
    }

    /** Uses {@code external} as {@code mode} says; {@code minScore} is the answer threshold for EXTERNAL and BOTH. */
    public static CandidateScorer with(AnswerModel model, ScoringModel external, Mode mode, double minScore) {
        return new CandidateScorer(new FeatureScoringModel(model), Optional.of(external), mode,
                mode == Mode.BUILTIN ? model.threshold() : minScore);
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
        List<Double> other = mode == Mode.BUILTIN ? null : external.orElseThrow().scoreAll(segments, question).content();
        for (int i = 0; i < out.length; i++) {
            out[i] = switch (mode) {
                case BUILTIN -> own.get(i);
                case EXTERNAL -> other.get(i);
                case BOTH -> (own.get(i) + other.get(i)) / 2;
            };
        }
        return out;
    }
}
