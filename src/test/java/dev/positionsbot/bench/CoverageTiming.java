package dev.positionsbot.bench;

import dev.positionsbot.answer.CorpusCoverage;
import dev.positionsbot.answer.Lexicon;
import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.SentencePassageSplitter;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;

/**
 * The corpus coverage a pipeline's first refusal computes, timed over ScaleBenchmark's corpus without its index (a
 * measuring tool, not a test): per round a fresh {@link CorpusCoverage} and its summary, wall and thread CPU in ms,
 * then the summary's start, whose counts must not differ between two builds.
 * {@code java -cp <test classpath> dev.positionsbot.bench.CoverageTiming KNOWLEDGE 100000 ROUNDS}
 */
public final class CoverageTiming {
    public static void main(String[] a) throws Exception {
        List<Article> all = ScaleBenchmark.Corpus.of(Path.of(a[0]), Integer.parseInt(a[1]),
                new SentencePassageSplitter()).all();
        long chars = all.stream().mapToLong(x -> x.body().length()).sum();
        Lexicon lexicon = Lexicon.bundled();
        var tm = ManagementFactory.getThreadMXBean();
        StringBuilder times = new StringBuilder();
        String summary = "";
        for (int r = 0; r < Integer.parseInt(a[2]); r++) {
            long t = System.nanoTime();
            long c = tm.getCurrentThreadCpuTime();
            summary = new CorpusCoverage(all, lexicon).summary();
            times.append(String.format(" %.0f/%.0f", (System.nanoTime() - t) / 1e6,
                    (tm.getCurrentThreadCpuTime() - c) / 1e6));
        }
        System.out.println(all.size() + " articles, " + chars + " body chars; summary wall/cpu ms:" + times);
        System.out.println(summary.substring(0, Math.min(200, summary.length())));
    }
}
