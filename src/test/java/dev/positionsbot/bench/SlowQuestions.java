package dev.positionsbot.bench;

import dev.positionsbot.answer.GroundedAnswer;
import dev.positionsbot.answer.eval.EvalQuestion;
import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.SentencePassageSplitter;
import dev.positionsbot.index.EmbeddingChoice;
import dev.positionsbot.index.HybridIndex;
import dev.positionsbot.index.PassageEmbedder;
import dev.positionsbot.index.SearchMode;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which public questions are the slowest on a ScaleBenchmark index (a measuring tool, not a test): the benchmark's
 * warm-up ({@link ScaleWarmUp}, skipped with {@code -Dnowarm=true}), then PASSES passes as WarmAnswerTiming's (a fresh
 * pipeline, the query cache cleared); prints the eight slowest by median wall time with their status and id. With
 * K REPS JFR, then answers question K (0-based) REPS times, each through a fresh pipeline, under a JFR recording of
 * Java samples every 2 ms. {@code java -cp <test classpath> dev.positionsbot.bench.SlowQuestions KNOWLEDGE 10000 WORK
 * Q1,Q2 PASSES [K REPS OUT.jfr]}, then {@code jfr print --stack-depth 600 --events jdk.ExecutionSample OUT.jfr}.
 */
public final class SlowQuestions {
    public static void main(String[] a) throws Exception {
        SentencePassageSplitter splitter = new SentencePassageSplitter();
        int target = Integer.parseInt(a[1]);
        ScaleBenchmark.Corpus corpus = ScaleBenchmark.Corpus.of(Path.of(a[0]), target, splitter);
        List<Article> all = corpus.all();
        PassageEmbedder embedder = EmbeddingChoice.MINILM.load();
        embedder.embedQuery("load the model");
        List<EvalQuestion> qs = new ArrayList<>();
        for (String f : a[3].split(",")) {
            qs.addAll(EvalQuestion.read(Path.of(f)));
        }
        HybridIndex index = HybridIndex.builder(Path.of(a[2]).resolve("index-" + target)).articles(all)
                .splitter(splitter).embedder(embedder).open();
        if (index.syncReport().changedAnything()) {
            throw new IllegalStateException("index changed");
        }
        if (!Boolean.getBoolean("nowarm")) {
            ScaleWarmUp.replay(index, embedder, all, corpus.synthetic(), qs);
        }
        int passes = Integer.parseInt(a[4]);
        double[][] wall = new double[qs.size()][passes];
        double[][] cpu = new double[qs.size()][passes];
        String[] status = new String[qs.size()];
        for (int p = 0; p < passes; p++) {
            OurPipeline pipeline = fresh(index, all, embedder);
            for (int i = 0; i < qs.size(); i++) {
                double[] t = timed(pipeline, qs.get(i).question());
                wall[i][p] = t[0];
                cpu[i][p] = t[1];
                status[i] = t[2] > 0 ? "answered" : "refused";
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
                    median(wall[i]), Arrays.toString(wall[i]), median(cpu[i]), status[i]);
        }
        if (a.length > 7) {
            profile(index, all, embedder, qs.get(Integer.parseInt(a[5])), Integer.parseInt(a[6]), Path.of(a[7]));
        }
        System.exit(0); // ONNX Runtime's and Lucene's threads would keep the JVM up
    }

    private static void profile(HybridIndex index, List<Article> all, PassageEmbedder embedder, EvalQuestion q,
                                int reps, Path out) throws Exception {
        try (jdk.jfr.Recording r = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"))) {
            r.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(2));
            r.start();
            for (int p = 0; p < reps; p++) {
                double[] t = timed(fresh(index, all, embedder), q.question());
                System.out.printf("%s rep %d: wall %.1f ms, thread CPU %.1f ms%n", q.id(), p, t[0], t[1]);
            }
            r.stop();
            r.dump(out);
        }
    }

    /** A pipeline as a benchmark pass makes it: new, with the query cache cleared. */
    private static OurPipeline fresh(HybridIndex index, List<Article> all, PassageEmbedder embedder) {
        embedder.clearQueryCache();
        return OurPipeline.over(index, all, embedder.model(), SearchMode.HYBRID);
    }

    /** Wall ms, the answering thread's CPU ms, 1 if answered. */
    private static double[] timed(OurPipeline pipeline, String question) {
        var tm = ManagementFactory.getThreadMXBean();
        long t = System.nanoTime();
        long c = tm.getCurrentThreadCpuTime();
        GroundedAnswer g = pipeline.answerer().answer(question);
        return new double[] {(System.nanoTime() - t) / 1e6, (tm.getCurrentThreadCpuTime() - c) / 1e6,
                g.answered() ? 1 : 0};
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
