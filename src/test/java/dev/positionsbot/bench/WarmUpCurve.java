package dev.positionsbot.bench;

import dev.positionsbot.answer.eval.EvalQuestion;
import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.SentencePassageSplitter;
import dev.positionsbot.index.EmbeddingChoice;
import dev.positionsbot.index.HybridIndex;
import dev.positionsbot.index.PassageEmbedder;
import dev.positionsbot.index.SearchMode;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
        SentencePassageSplitter splitter = new SentencePassageSplitter();
        int target = Integer.parseInt(a[1]);
        ScaleBenchmark.Corpus corpus = ScaleBenchmark.Corpus.of(Path.of(a[0]), target, splitter);
        List<Article> all = corpus.all();
        PassageEmbedder embedder = EmbeddingChoice.MINILM.load();
        embedder.embedQuery("load the model");
        List<EvalQuestion> questions = new ArrayList<>();
        for (String f : a[3].split(",")) {
            questions.addAll(EvalQuestion.read(Path.of(f)));
        }
        int blocks = Integer.parseInt(a[4]);
        int passes = Integer.parseInt(a[5]);
        try (HybridIndex index = HybridIndex.builder(Path.of(a[2]).resolve("index-" + target)).articles(all)
                .splitter(splitter).embedder(embedder).open()) {
            if (index.syncReport().changedAnything()) {
                throw new IllegalStateException("index changed");
            }
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
                embedder.clearQueryCache();
                print("public pass " + p, time(OurPipeline.over(index, all, embedder.model(), SearchMode.HYBRID), pub));
            }
            if (recording != null) {
                recording.stop();
                recording.dump(Path.of(jfr));
            }
        }
        System.exit(0);
    }

    private static double[][] time(OurPipeline pipeline, List<String> qs) {
        var tm = ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long process = os.getProcessCpuTime();
        double[][] out = new double[3][qs.size()];
        for (int i = 0; i < qs.size(); i++) {
            long t = System.nanoTime();
            long c = tm.getCurrentThreadCpuTime();
            pipeline.answerer().answer(qs.get(i));
            out[0][i] = (System.nanoTime() - t) / 1e6;
            out[1][i] = (tm.getCurrentThreadCpuTime() - c) / 1e6;
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
