package dev.positionsbot.bench;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LatencySummaryTest {

    @Test
    void percentiles_are_observed_samples_by_nearest_rank() {
        List<Double> samples = new ArrayList<>();
        for (int i = 100; i >= 1; i--) {
            samples.add((double) i);
        }
        LatencySummary s = LatencySummary.of(samples);
        assertEquals(100, s.n());
        assertEquals(50.0, s.p50());
        assertEquals(95.0, s.p95());
        assertEquals(99.0, s.p99());
        assertEquals(100.0, s.max());
        assertEquals(50.5, s.mean(), 1e-9);
    }

    @Test
    void p95_of_twenty_samples_is_the_nineteenth_smallest() {
        List<Double> samples = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            samples.add(i * 10.0);
        }
        assertEquals(190.0, LatencySummary.of(samples).p95());
        assertEquals(200.0, LatencySummary.of(samples).p99());
    }

    @Test
    void a_single_sample_is_every_percentile() {
        LatencySummary s = LatencySummary.of(List.of(7.5));
        assertEquals(7.5, s.p50());
        assertEquals(7.5, s.p99());
    }

    @Test
    void no_samples_give_nan_rather_than_a_made_up_figure() {
        LatencySummary s = LatencySummary.of(List.of());
        assertEquals(0, s.n());
        assertTrue(Double.isNaN(s.p95()));
    }

    @Test
    void rejects_a_percentile_outside_zero_to_hundred() {
        assertThrows(IllegalArgumentException.class, () -> LatencySummary.percentile(new double[]{1, 2}, 0));
        assertThrows(IllegalArgumentException.class, () -> LatencySummary.percentile(new double[]{1, 2}, 101));
    }

    @Test
    void passes_are_summarised_by_the_median_of_each_statistic_which_is_one_passes_figure() {
        LatencySummary a = new LatencySummary(60, 30, 70, 90, 100, 35);
        LatencySummary b = new LatencySummary(60, 20, 95, 99, 120, 25);
        LatencySummary c = new LatencySummary(60, 25, 50, 80, 85, 30);

        LatencySummary m = LatencySummary.medianOf(List.of(a, b, c));

        assertEquals(new LatencySummary(60, 25, 70, 90, 100, 30), m);
        assertEquals(50.0, LatencySummary.medianOf(List.of(a, c)).p95(), "an even count takes the lower middle pass");
        assertEquals(b, LatencySummary.medianOf(List.of(b)));
        assertThrows(IllegalArgumentException.class, () -> LatencySummary.medianOf(List.of()));
    }
}
