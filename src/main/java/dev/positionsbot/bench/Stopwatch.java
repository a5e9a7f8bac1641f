package dev.positionsbot.bench;

/** Elapsed wall time from construction, for the few places a benchmark times one step. */
final class Stopwatch {

    private final long start = System.nanoTime();

    static Stopwatch start() {
        return new Stopwatch();
    }

    double millis() {
        return (System.nanoTime() - start) / 1e6;
    }
}
