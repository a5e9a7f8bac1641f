package dev.positionsbot.bench;

import dev.positionsbot.answer.eval.EvalQuestion;
import dev.positionsbot.corpus.Article;
import dev.positionsbot.index.HybridIndex;
import dev.positionsbot.index.PassageEmbedder;
import dev.positionsbot.index.SearchMode;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How many warm-up answers the answer timing needs (a measuring tool, not a test): on a ScaleBenchmark index, the
 * benchmark's search sequence, then synthetic questions in blocks of 60 through one pipeline, each block's answering
 * thread CPU and wall time printed, then the public questions in timed passes (a fresh pipeline each, the query cache
 * cleared, as the benchmark times them). The pass curve shows where the JVM stops getting faster.
 * {@code java -Xmx1g -cp <test classpath> dev.positionsbot.bench.WarmUpCurve KNOWLEDGE 10000 WORK Q1,Q2 BLOCKS PASSES}
 * ({@code -Dcurve.jfr=FILE -Dcurve.jfrFrom=N}: a JFR profile of the public passes from the N-th on).
 */
public final class WarmUpCurve {
    public static void main(String[] a) throws Exception {
        int blocks = Integer.parseInt(a[4]);
        int passes = Integer.parseInt(a[5]);
        try (ScaleSession session = ScaleSession.open(a)) {
            HybridIndex index = session.index();
            PassageEmbedder embedder = session.embedder();
            List<Article> all = session.all();
            List<EvalQuestion> questions = session.questions();
            ScaleBenchmark.Corpus corpus = session.corpus();
            ScaleBenchmark.timeSearchPasses(index, embedder, questions.stream().map(EvalQuestion::question).toList(),
                    corpus.synthetic(), 0, 1);
            OurPipeline warm = OurPipeline.over(index, all, embedder.model(), SearchMode.HYBRID);
            List<String> synthetic = corpus.synthetic().queries(blocks * 60, 123);
            for (int b = 0; b < blocks; b++) {
                print("synthetic block " + b, time(warm, synthetic.subList(b * 60, b * 60 + 60)));
            }
            List<String> pub = questions.stream().map(EvalQuestion::question).toList();
            // -Dcurve.jfr=FILE -Dcurve.jfrFrom=N: a JFR profile (settings "profile") of passes N onwards only
            String jfr = System.getProperty("curve.jfr");
            int jfrFrom = Integer.getInteger("curve.jfrFrom", 0);
            jdk.jfr.Recording recording = null;
            for (int p = 0; p < passes; p++) {
                if (jfr != null && p == jfrFrom) {
                    recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
                    recording.start();
                }
                print("public pass " + p, time(session.freshPipeline(), pub));
            }
            if (recording != null) {
                recording.stop();
                recording.dump(Path.of(jfr));
            }
        }
        System.exit(0);
    }

    private static double[][] time(OurPipeline pipeline, List<String> qs) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long process = os.getProcessCpuTime();
        double[][] out = new double[3][qs.size()];
        for (int i = 0; i < qs.size(); i++) {
            TimedAnswer t = TimedAnswer.of(pipeline, qs.get(i));
            out[0][i] = t.wallMs();
            out[1][i] = t.threadCpuMs();
        }
        out[2][0] = (os.getProcessCpuTime() - process) / 1e6 / qs.size();
        return out;
    }

    private static void print(String what, double[][] r) throws Exception {
        System.out.printf("%s: thread CPU mean %.1f p95 %.1f ms; process CPU %.1f ms; wall p50 %.1f p95 %.1f ms;"
                        + " load %s%n",
                what, java.util.Arrays.stream(r[1]).average().orElse(0), SearchTiming.pct(r[1], 95), r[2][0],
                SearchTiming.pct(r[0], 50), SearchTiming.pct(r[0], 95),
                Files.readString(Path.of("/proc/loadavg")).strip());
    }
}
