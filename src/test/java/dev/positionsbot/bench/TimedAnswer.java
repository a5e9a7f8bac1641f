package dev.positionsbot.bench;

import dev.positionsbot.answer.GroundedAnswer;

import java.lang.management.ManagementFactory;

/** One answer as the measuring tools time it: wall time and the answering thread's CPU time, in ms. */
record TimedAnswer(double wallMs, double threadCpuMs, boolean answered) {

    static TimedAnswer of(OurPipeline pipeline, String question) {
        var tm = ManagementFactory.getThreadMXBean();
        long t = System.nanoTime();
        long c = tm.getCurrentThreadCpuTime();
        GroundedAnswer g = pipeline.answerer().answer(question);
        return new TimedAnswer((System.nanoTime() - t) / 1e6, (tm.getCurrentThreadCpuTime() - c) / 1e6,
                g.answered());
    }
}
