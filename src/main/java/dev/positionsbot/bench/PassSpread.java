package dev.positionsbot.bench;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The spread of a figure over the timed passes that {@link LatencySummary#medianOf} summarises: the lowest and the
 * highest pass's value, shown beside the median so that a reader sees how much one pass differs from the next on
 * this shared machine. A result without passes (one made before they were recorded) has no spread.
 */
final class PassSpread {

    private PassSpread() {
    }

    /** "min-max over N passes" of the statistic, or null when {@code passes} is null or empty. */
    static String of(List<LatencySummary> passes, ToDoubleFunction<LatencySummary> statistic) {
        if (passes == null || passes.isEmpty()) {
            return null;
        }
        double min = passes.stream().mapToDouble(statistic).min().orElseThrow();
        double max = passes.stream().mapToDouble(statistic).max().orElseThrow();
        return String.format(Locale.ROOT, "%.1f-%.1f over %d passes", min, max, passes.size());
    }

    /**
     * {@code value} to one decimal, followed by the passes' spread of the statistic in brackets when the result has
     * passes: "10.6 [9.8-12.1]".
     */
    static String cell(double value, List<LatencySummary> passes, ToDoubleFunction<LatencySummary> statistic) {
        String v = String.format(Locale.ROOT, "%.1f", value);
        if (passes == null || passes.isEmpty()) {
            return v;
        }
        double min = passes.stream().mapToDouble(statistic).min().orElseThrow();
        double max = passes.stream().mapToDouble(statistic).max().orElseThrow();
        return String.format(Locale.ROOT, "%s [%.1f-%.1f]", v, min, max);
    }

    /**
     * For a target's row: "; median of N timed passes' p95, passes min-max" when the result has passes, else "" (a
     * result of one pass).
     */
    static String p95Note(List<LatencySummary> passes) {
        if (passes == null || passes.isEmpty()) {
            return "";
        }
        double min = passes.stream().mapToDouble(LatencySummary::p95).min().orElseThrow();
        double max = passes.stream().mapToDouble(LatencySummary::p95).max().orElseThrow();
        return String.format(Locale.ROOT, "; median of %d timed passes' p95, passes %.1f-%.1f", passes.size(), min,
                max);
    }
}
