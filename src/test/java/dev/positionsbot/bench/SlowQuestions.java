package dev.positionsbot.bench;

import dev.positionsbot.answer.eval.EvalQuestion;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Which public questions are the slowest on a ScaleBenchmark index (a measuring tool, not a test): the benchmark's
 * warm-up ({@link ScaleWarmUp}, skipped with {@code -Dnowarm=true}), then PASSES passes as
 * {@link AlternatingAnswerTiming.Pass} times them (a fresh pipeline, the query cache cleared); prints the eight
 * slowest by median wall time with their status and id. With K REPS JFR, then answers question K (0-based) REPS
 * times, each through a fresh pipeline, under a JFR recording of Java samples every 2 ms.
 * {@code java -cp <test classpath> dev.positionsbot.bench.SlowQuestions KNOWLEDGE 10000 WORK Q1,Q2 PASSES
 * [K REPS OUT.jfr]}, then {@code jfr print --stack-depth 600 --events jdk.ExecutionSample OUT.jfr}.
 */
public final class SlowQuestions {
    public static void main(String[] a) throws Exception {
        ScaleSession session = ScaleSession.open(a);
        if (!Boolean.getBoolean("nowarm")) {
            session.warmUp();
        }
        List<EvalQuestion> qs = session.questions();
        int passes = Integer.parseInt(a[4]);
        double[][] wall = new double[qs.size()][passes];
        double[][] cpu = new double[qs.size()][passes];
        boolean[] answered = new boolean[qs.size()];
        for (int p = 0; p < passes; p++) {
            OurPipeline pipeline = session.freshPipeline();
            for (int i = 0; i < qs.size(); i++) {
                TimedAnswer t = TimedAnswer.of(pipeline, qs.get(i).question());
                wall[i][p] = t.wallMs();
                cpu[i][p] = t.threadCpuMs();
                answered[i] = t.answered();
            }
        }
        Integer[] order = new Integer[qs.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(median(wall[y]), median(wall[x])));
        for (int j = 0; j < Math.min(8, order.length); j++) {
            int i = order[j];
            System.out.printf("#%d %s: wall median %.1f ms %s, thread CPU median %.1f ms, %s%n", i, qs.get(i).id(),
                    median(wall[i]), Arrays.toString(wall[i]), median(cpu[i]), answered[i] ? "answered" : "refused");
        }
        if (a.length > 7) {
            profile(session, qs.get(Integer.parseInt(a[5])), Integer.parseInt(a[6]), Path.of(a[7]));
        }
        System.exit(0); // ONNX Runtime's and Lucene's threads would keep the JVM up
    }

    private static void profile(ScaleSession session, EvalQuestion q, int reps, Path out) throws Exception {
        try (jdk.jfr.Recording r = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"))) {
            r.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(2));
            r.start();
            for (int p = 0; p < reps; p++) {
                TimedAnswer t = TimedAnswer.of(session.freshPipeline(), q.question());
                System.out.printf("%s rep %d: wall %.1f ms, thread CPU %.1f ms%n", q.id(), p, t.wallMs(),
                        t.threadCpuMs());
            }
            r.stop();
            r.dump(out);
        }
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
