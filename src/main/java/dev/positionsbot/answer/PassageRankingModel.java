package dev.positionsbot.answer;

import dev.positionsbot.PositionsBotException;

import java.util.List;
import java.util.Locale;

/**
 * A logistic regression over {@link PassageFeatures} that gives the probability that a retrieved passage holds the
 * answer. Learned on the training split of the team's labelled questions (a passage is positive when it holds a
 * gold excerpt) and read from {@code answer-model/passage-weights.tsv}; {@code PassageRankingTrainer} in the tests
 * makes it.
 */
public record PassageRankingModel(double[] weights, double bias) {

    public static final String RESOURCE = "answer-model/passage-weights.tsv";

    public PassageRankingModel {
        if (weights.length != PassageFeatures.NAMES.size()) {
            throw new PositionsBotException("passage ranking model has " + weights.length + " weights for "
                    + PassageFeatures.NAMES.size() + " features");
        }
        weights = weights.clone();
    }

    public static PassageRankingModel bundled() {
        return Holder.BUNDLED;
    }

    private static final class Holder {
        static final PassageRankingModel BUNDLED = parse(WeightsFile.bundledLines(RESOURCE), RESOURCE);
    }

    /** Reads "name TAB value" lines: every feature, then bias; # starts a comment. */
    public static PassageRankingModel parse(List<String> lines, String where) {
        WeightsFile values = WeightsFile.parse(lines, where);
        return new PassageRankingModel(values.need(PassageFeatures.NAMES, ""), values.need("bias"));
    }

    /** The logit (not squashed: only the order matters) that a passage with these features holds the answer. */
    double score(double[] features) {
        double z = bias;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * features[i];
        }
        return z;
    }

    /** The model as the weights file states it. */
    public String format(String header) {
        StringBuilder b = new StringBuilder(header);
        for (int i = 0; i < weights.length; i++) {
            b.append(PassageFeatures.NAMES.get(i)).append('\t')
                    .append(String.format(Locale.ROOT, "%.6f", weights[i])).append('\n');
        }
        return b.append("bias\t").append(String.format(Locale.ROOT, "%.6f", bias)).append('\n').toString();
    }
}
