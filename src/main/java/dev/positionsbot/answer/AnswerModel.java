package dev.positionsbot.answer;

import dev.positionsbot.PositionsBotException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The answer model: a logistic regression over {@link CandidateFeatures} that gives the probability that a unit
 * answers the question, and the thresholds that turn probabilities into an answer, a longer answer or a refusal.
 * Weights and thresholds are learned on the training split of the team's labelled questions and read from
 * {@code answer-model/weights.tsv}; see {@code AnswerModelTrainer} in the tests for how they are made.
 *
 * @param weights     the ranker: one weight per feature, in {@link CandidateFeatures#NAMES} order
 * @param bias        the ranker's intercept
 * @param answerability the answerability stage: one weight per {@link AnswerabilityFeatures#NAMES} feature
 * @param answerabilityBias its intercept
 * @param threshold   the answerability probability must reach this for the bot to answer at all
 * @param secondary   a further unit is quoted when its probability reaches this share of the best one's
 * @param units       most units quoted for a single fact (lists, comparisons and positions quote up to
 *                    {@link #SEVERAL_UNITS} or this, whichever is more)
 */
public record AnswerModel(double[] weights, double bias, double[] answerability, double answerabilityBias,
                          double threshold, double secondary, int units) {

    public static final String RESOURCE = "answer-model/weights.tsv";
    /**
     * Most units a compound question's whole-question answer keeps before each part's best unit is added (one more
     * than this in all).
     */
    public static final int MAX_UNITS = 3;
    /**
     * Most units quoted for a list, a comparison or a position, unless {@link #units()} allows more: their answer is
     * spread over several sentences and articles by nature. Chosen on the training split (answers of the three kinds
     * with 3, 4 and 5), docs/benchmarks-notes.md.
     */
    public static final int SEVERAL_UNITS = 5;
    /** The fewest units a model may quote for a single fact: the best one. */
    public static final int MIN_UNITS = 1;
    /** How many retrieved passages are read for candidates. */
    public static final int CANDIDATE_HITS = 14;
    /** Share of a key term's weight earned by a dictionary paraphrase: word senses are guessed. */
    public static final double SYNONYM_CREDIT = 0.8;

    public AnswerModel {
        if (weights.length != CandidateFeatures.NAMES.size()) {
            throw new PositionsBotException("answer model has " + weights.length + " weights for "
                    + CandidateFeatures.NAMES.size() + " features");
        }
        if (answerability.length != AnswerabilityFeatures.NAMES.size()) {
            throw new PositionsBotException("answer model has " + answerability.length + " answerability weights for "
                    + AnswerabilityFeatures.NAMES.size() + " features");
        }
        if (units < MIN_UNITS) {
            throw new PositionsBotException("answer model quotes " + units + " units for a single fact; at least "
                    + MIN_UNITS);
        }
        weights = weights.clone();
        answerability = answerability.clone();
    }

    /** Most units quoted for a question of this kind. */
    public int maxUnits(AnalyzedQuestion.AnswerType type) {
        return type.wantsSeveral() ? Math.max(SEVERAL_UNITS, units) : units;
    }

    /** The probability that a question is answered at all, from its answerability features. */
    public double answerable(double[] features) {
        return sigmoid(dot(answerability, features) + answerabilityBias);
    }

    private static double dot(double[] w, double[] f) {
        double z = 0;
        for (int i = 0; i < w.length; i++) {
            z += w[i] * f[i];
        }
        return z;
    }

    private static double sigmoid(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }

    /** The probability that a unit answers its question, from its {@link CandidateFeatures}. */
    public double probability(double[] features) {
        return sigmoid(dot(weights, features) + bias);
    }

    /** Each feature's contribution to the logit, for {@code ask --explain}. */
    public Map<String, Double> contributions(double[] features) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < weights.length; i++) {
            out.put(CandidateFeatures.NAMES.get(i), weights[i] * features[i]);
        }
        return out;
    }

    public static AnswerModel bundled() {
        return Holder.BUNDLED;
    }

    private static final class Holder {
        static final AnswerModel BUNDLED = load();
    }

    private static AnswerModel load() {
        return parse(WeightsFile.bundledLines(RESOURCE), RESOURCE);
    }

    /** The same weights with another answer threshold and share for further units. */
    public AnswerModel withThresholds(double newThreshold, double newSecondary) {
        return new AnswerModel(weights, bias, answerability, answerabilityBias, newThreshold, newSecondary, units);
    }

    /** The same weights and thresholds, quoting at most {@code newUnits} units for a single fact. */
    public AnswerModel withUnits(int newUnits) {
        return new AnswerModel(weights, bias, answerability, answerabilityBias, threshold, secondary, newUnits);
    }

    /** Reads "name TAB value" lines: every feature, then bias, threshold, secondary and units; # starts a comment. */
    public static AnswerModel parse(List<String> lines, String where) {
        WeightsFile values = WeightsFile.parse(lines, where);
        double units = values.need("units");
        if (units != Math.rint(units)) {
            throw new PositionsBotException(where + ": \"units\" must be a whole number, got " + units);
        }
        return new AnswerModel(values.need(CandidateFeatures.NAMES, ""), values.need("bias"),
                values.need(AnswerabilityFeatures.NAMES, "answerable."), values.need("answerable.bias"),
                values.need("threshold"), values.need("secondary"), (int) units);
    }

    /** The model as the weights file states it. */
    public String format(String header) {
        StringBuilder b = new StringBuilder(header);
        for (int i = 0; i < weights.length; i++) {
            b.append(CandidateFeatures.NAMES.get(i)).append('\t').append(String.format(Locale.ROOT, "%.6f", weights[i]))
                    .append('\n');
        }
        b.append("bias\t").append(String.format(Locale.ROOT, "%.6f", bias)).append('\n');
        for (int i = 0; i < answerability.length; i++) {
            b.append("answerable.").append(AnswerabilityFeatures.NAMES.get(i)).append('\t')
                    .append(String.format(Locale.ROOT, "%.6f", answerability[i])).append('\n');
        }
        b.append("answerable.bias\t").append(String.format(Locale.ROOT, "%.6f", answerabilityBias)).append('\n');
        b.append("threshold\t").append(String.format(Locale.ROOT, "%.4f", threshold)).append('\n');
        b.append("secondary\t").append(String.format(Locale.ROOT, "%.4f", secondary)).append('\n');
        b.append("units\t").append(units).append('\n');
        return b.toString();
    }
}
