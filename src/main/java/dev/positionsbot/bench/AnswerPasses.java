package dev.positionsbot.bench;

import dev.positionsbot.answer.GroundedAnswer;
import dev.positionsbot.answer.eval.EvalQuestion;
import dev.positionsbot.corpus.Article;
import dev.positionsbot.index.HybridIndex;
import dev.positionsbot.index.PassageEmbedder;
import dev.positionsbot.index.SearchMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The public questions' answer timing of {@link ScaleBenchmark}: several passes, each through a fresh pipeline (the
 * build JVM's latency figures) or all through one (the answering-alone JVM, as a bot), the query cache cleared, each question asked once per pass; per pass the wall time, the process CPU time (all
 * threads) and the split into answered and refused questions. The warm-up before the first pass is the caller's.
 *
 * @param wall                 per pass, every question's wall time
 * @param cpu                  per pass, the process CPU time per answer (empty lists where the JVM cannot tell)
 * @param answered             per pass, the wall times of the questions the bot answered
 * @param refused              per pass, those of the questions it refused
 * @param answeredOfAnswerable answerable questions answered in the first pass
 * @param loadAverage          {@code /proc/loadavg} just before the first pass
 */
record AnswerPasses(List<LatencySummary> wall, List<LatencySummary> cpu, List<LatencySummary> answered,
                    List<LatencySummary> refused, int answeredOfAnswerable, String loadAverage) {

    private static final Logger log = LoggerFactory.getLogger(AnswerPasses.class);

    /** The passes each through a fresh pipeline: no analysis, unit or similarity of a question carries over. */
    static AnswerPasses time(HybridIndex index, List<Article> articles, PassageEmbedder embedder,
                             List<EvalQuestion> questions, int passes, String label) {
        return time(() -> OurPipeline.over(index, articles, embedder.model(), SearchMode.HYBRID), index, embedder,
                questions, passes, label);
    }

    /**
     * The passes through {@code pipeline}, as a running bot answers: one pipeline whose caches hold what earlier
     * passes left in them, up to their bounds.
     */
    static AnswerPasses time(OurPipeline pipeline, HybridIndex index, PassageEmbedder embedder,
                             List<EvalQuestion> questions, int passes, String label) {
        return time(() -> pipeline, index, embedder, questions, passes, label);
    }

    private static AnswerPasses time(Supplier<OurPipeline> pipelines, HybridIndex index, PassageEmbedder embedder,
                                     List<EvalQuestion> questions, int passes, String label) {
        List<LatencySummary> wall = new ArrayList<>();
        List<LatencySummary> cpu = new ArrayList<>();
        List<LatencySummary> answered = new ArrayList<>();
        List<LatencySummary> refused = new ArrayList<>();
        String loadAverage = BenchmarkMain.readFirstLine(Path.of("/proc/loadavg"));
        int answeredOfAnswerable = -1;
        for (int p = 0; p < passes; p++) {
            embedder.clearQueryCache();
            OurPipeline pipeline = pipelines.get();
            List<Double> allMs = new ArrayList<>();
            List<Double> answeredMs = new ArrayList<>();
            List<Double> refusedMs = new ArrayList<>();
            List<Double> cpuMs = new ArrayList<>();
            int answeredHere = 0;
            for (EvalQuestion q : questions) {
                long cpu0 = processCpuNanos();
                Stopwatch s = Stopwatch.start();
                GroundedAnswer a = pipeline.answerer().answer(q.question());
                double ms = s.millis();
                if (cpu0 >= 0) {
                    cpuMs.add((processCpuNanos() - cpu0) / 1e6);
                }
                allMs.add(ms);
                (a.answered() ? answeredMs : refusedMs).add(ms);
                answeredHere += q.answerable() && a.answered() ? 1 : 0;
            }
            if (answeredOfAnswerable < 0) {
                answeredOfAnswerable = answeredHere;
            } else if (answeredHere != answeredOfAnswerable) {
                log.warn("pass {} answered {} answerable questions, the first pass {}", p, answeredHere,
                        answeredOfAnswerable);
            }
            LatencySummary w = LatencySummary.of(allMs);
            wall.add(w);
            answered.add(LatencySummary.of(answeredMs));
            refused.add(LatencySummary.of(refusedMs));
            if (!cpuMs.isEmpty()) {
                cpu.add(LatencySummary.of(cpuMs));
            }
            log.info("{} answer pass {} at {} passages: wall p50 {} ms, p95 {} ms; process CPU per answer mean {} ms;"
                            + " {}; load average {}", label, p, index.passageTotal(), Math.round(w.p50()),
                    Math.round(w.p95()),
                    cpuMs.isEmpty() ? "unknown" : Math.round(LatencySummary.of(cpuMs).mean()), ProcessMemory.now(),
                    BenchmarkMain.readFirstLine(Path.of("/proc/loadavg")));
        }
        return new AnswerPasses(wall, cpu, answered, refused, Math.max(0, answeredOfAnswerable), loadAverage);
    }

    LatencySummary medianWall() {
        return LatencySummary.medianOf(wall);
    }

    /** The median of the passes' CPU figures, or null where the JVM could not measure them. */
    LatencySummary medianCpu() {
        return cpu.isEmpty() ? null : LatencySummary.medianOf(cpu);
    }

    /** The median of the passes' answered figures, or null when no question was answered. */
    LatencySummary medianAnswered() {
        return answered.get(0).n() == 0 ? null : LatencySummary.medianOf(answered);
    }

    /** The median of the passes' refused figures, or null when no question was refused. */
    LatencySummary medianRefused() {
        return refused.get(0).n() == 0 ? null : LatencySummary.medianOf(refused);
    }

    /** CPU time of this process, all threads; ticks of the OS clock (10 ms on Linux), -1 where not supported. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }
}
