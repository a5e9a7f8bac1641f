package dev.positionsbot.http;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counters and a latency histogram of answered questions, shared by every front end of one process. Lock-free so
 * that recording never slows an answer down; a scrape may see counters a few events apart, which Prometheus accepts.
 */
public final class AnswerMetrics {

    /** Upper bounds of the latency buckets in seconds: retrieval alone is sub-second, an LLM call takes seconds. */
    public static final List<Double> BUCKETS = List.of(0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0);

    private final LongAdder questions = new LongAdder();
    private final LongAdder refusals = new LongAdder();
    private final AtomicLongArray bucketCounts = new AtomicLongArray(BUCKETS.size());
    private final AtomicLong latencyNanos = new AtomicLong();
    private final AtomicLong latencyCount = new AtomicLong();

    public void recordAnswer(boolean refused, Duration latency) {
        questions.increment();
        if (refused) {
            refusals.increment();
        }
        double seconds = latency.toNanos() / 1e9;
        for (int i = 0; i < BUCKETS.size(); i++) {
            if (seconds <= BUCKETS.get(i)) {
                bucketCounts.incrementAndGet(i);
                break;
            }
        }
        latencyNanos.addAndGet(latency.toNanos());
        latencyCount.incrementAndGet();
    }

    /** A consistent-enough copy for rendering; bucket counts are cumulative as Prometheus wants them. */
    public Snapshot snapshot() {
        long[] cumulative = new long[BUCKETS.size()];
        long running = 0;
        for (int i = 0; i < cumulative.length; i++) {
            running += bucketCounts.get(i);
            cumulative[i] = running;
        }
        return new Snapshot(questions.sum(), refusals.sum(), cumulative, latencyCount.get(),
                latencyNanos.get() / 1e9);
    }

    /**
     * @param cumulativeBuckets count of observations at or below each of {@link #BUCKETS}
     * @param latencyCount      observations in total (the +Inf bucket)
     */
    public record Snapshot(long questions, long refusals, long[] cumulativeBuckets, long latencyCount,
                           double latencySumSeconds) {
    }
}
