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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Probe: ScaleBenchmark.run's sequence after the build (search warm-up, the 200 timed searches per mode, answer
 * warm-up, the recall retrievals), then its answer timing (fresh pipeline, cache cleared, the 60 public questions
 * once each) repeated R times; prints p50/p95 wall and mean CPU per pass. args: kb target work questions R
 */
public final class WarmAnswerTiming {
    public static void main(String[] a) throws Exception {
        SentencePassageSplitter splitter = new SentencePassageSplitter();
        int target = Integer.parseInt(a[1]);
        ScaleBenchmark.Corpus corpus = ScaleBenchmark.Corpus.of(Path.of(a[0]), target, splitter);
        List<Article> all = corpus.all();
        SyntheticCorpus synthetic = corpus.synthetic();
        PassageEmbedder embedder = EmbeddingChoice.MINILM.load();
        embedder.embedQuery("load the model");
        List<EvalQuestion> questions = new ArrayList<>();
        for (String f : a[3].split(",")) questions.addAll(EvalQuestion.read(Path.of(f)));
        try (HybridIndex index = HybridIndex.builder(Path.of(a[2]).resolve("index-" + target)).articles(all)
                .splitter(splitter).embedder(embedder).open()) {
            if (index.syncReport().changedAnything()) throw new IllegalStateException("index changed");
            ScaleWarmUp.replay(index, embedder, all, synthetic, questions);
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            int passes = Integer.parseInt(a[4]);
            for (int pass = 0; pass < passes; pass++) {
                embedder.clearQueryCache();
                OurPipeline pipeline = OurPipeline.over(index, all, embedder.model(), SearchMode.HYBRID);
                double[] ms = new double[questions.size()];
                double[] thread = new double[questions.size()];
                var tm = ManagementFactory.getThreadMXBean();
                long cpu0 = os.getProcessCpuTime();
                int answered = 0;
                for (int i = 0; i < questions.size(); i++) {
                    long t = System.nanoTime();
                    long c = tm.getCurrentThreadCpuTime();
                    GroundedAnswer g = pipeline.answerer().answer(questions.get(i).question());
                    ms[i] = (System.nanoTime() - t) / 1e6;
                    thread[i] = (tm.getCurrentThreadCpuTime() - c) / 1e6;
                    answered += questions.get(i).answerable() && g.answered() ? 1 : 0;
                }
                double cpu = (os.getProcessCpuTime() - cpu0) / 1e6 / questions.size();
                System.out.printf("pass %d: answer p50 %.1f p95 %.1f ms; CPU/answer %.1f ms; answering thread CPU mean %.1f"
                        + " p95 %.1f ms; answered %d; load %s%n", pass, SearchTiming.pct(ms, 50), SearchTiming.pct(ms, 95),
                        cpu, java.util.Arrays.stream(thread).average().orElse(0), SearchTiming.pct(thread, 95), answered,
                        Files.readString(Path.of("/proc/loadavg")).strip());
            }
        }
    }
}
