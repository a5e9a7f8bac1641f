package dev.positionsbot.bench;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Percentiles of a set of latency samples, in milliseconds, by the nearest-rank method: p95 of 20 samples is the
 * 19th smallest. No interpolation, so every reported figure is a latency that was actually observed.
 */
public record LatencySummary(int n, double p50, double p95, double p99, double max, double mean) {

    public static LatencySummary of(Collection<Double> samplesMs) {
        double[] sorted = samplesMs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return new LatencySummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        return new LatencySummary(sorted.length, percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), sorted[sorted.length - 1], Arrays.stream(sorted).average().orElse(Double.NaN));
    }

    /**
     * Several timed passes of the same samples as one summary: each statistic is the median of the passes' values
     * of it (the lower middle one of an even count, so that it is a pass's figure), {@code n} the samples of one
     * pass. The passes' spread is kept beside it ({@link PassSpread}).
     */
    public static LatencySummary medianOf(List<LatencySummary> passes) {
        if (passes.isEmpty()) {
            throw new IllegalArgumentException("no passes to take the median of");
        }
        return new LatencySummary(passes.get(0).n(), median(passes, LatencySummary::p50),
                median(passes, LatencySummary::p95), median(passes, LatencySummary::p99),
                median(passes, LatencySummary::max), median(passes, LatencySummary::mean));
    }

    private static double median(List<LatencySummary> passes, ToDoubleFunction<LatencySummary> statistic) {
        double[] v = passes.stream().mapToDouble(statistic).sorted().toArray();
        return v[(v.length - 1) / 2];
    }

    /** Nearest-rank percentile of ascending {@code sorted} samples; {@code pct} in (0, 100]. */
    static double percentile(double[] sorted, double pct) {
        if (pct <= 0 || pct > 100) {
            throw new IllegalArgumentException("percentile must be in (0, 100], was " + pct);
        }
        int rank = (int) Math.ceil(pct / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
