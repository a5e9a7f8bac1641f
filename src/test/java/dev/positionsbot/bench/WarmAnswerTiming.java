package dev.positionsbot.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Probe: ScaleBenchmark.run's sequence after the build (search warm-up, the 200 timed searches per mode, answer
 * warm-up, the recall retrievals), then its answer timing (fresh pipeline, cache cleared, the 60 public questions
 * once each) repeated R times; prints p50/p95 wall and mean CPU per pass. args: kb target work questions R
 */
public final class WarmAnswerTiming {
    public static void main(String[] a) throws Exception {
        try (ScaleSession session = ScaleSession.open(a)) {
            session.warmUp();
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            int passes = Integer.parseInt(a[4]);
            int n = session.questions().size();
            for (int pass = 0; pass < passes; pass++) {
                OurPipeline pipeline = session.freshPipeline();
                double[] ms = new double[n];
                double[] thread = new double[n];
                long cpu0 = os.getProcessCpuTime();
                int answered = 0;
                for (int i = 0; i < n; i++) {
                    TimedAnswer t = TimedAnswer.of(pipeline, session.questions().get(i).question());
                    ms[i] = t.wallMs();
                    thread[i] = t.threadCpuMs();
                    answered += session.questions().get(i).answerable() && t.answered() ? 1 : 0;
                }
                double cpu = (os.getProcessCpuTime() - cpu0) / 1e6 / n;
                System.out.printf("pass %d: answer p50 %.1f p95 %.1f ms; CPU/answer %.1f ms; answering thread CPU mean %.1f"
                        + " p95 %.1f ms; answered %d; load %s%n", pass, SearchTiming.pct(ms, 50), SearchTiming.pct(ms, 95),
                        cpu, java.util.Arrays.stream(thread).average().orElse(0), SearchTiming.pct(thread, 95), answered,
                        Files.readString(Path.of("/proc/loadavg")).strip());
            }
        }
    }
}
