package dev.positionsbot;

import java.lang.management.ManagementFactory;

/**
 * With {@code -Dpositions.startTrace=true}, each step of a start writes "start-trace STEP MS" to stderr, MS the time
 * since the JVM started: how a cold start to the first answer divides between its steps, measured in the product's
 * own path (picocli, logging, configuration, knowledge, index, pipeline, answer) rather than in a copy of it. Off by
 * default, when a mark costs one boolean check (docs/benchmarks-notes.md, "Answering RSS and cold start").
 */
public final class StartTrace {

    private static final boolean ON = Boolean.getBoolean("positions.startTrace");

    private StartTrace() {
    }

    public static void mark(String step) {
        if (ON) {
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.err.println("start-trace " + step + " " + ms + " [" + Thread.currentThread().getName() + "]");
        }
    }
}
