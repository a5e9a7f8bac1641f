package dev.positionsbot.bench;

import dev.positionsbot.answer.eval.EvalQuestion;
import dev.positionsbot.index.HybridIndex;
import dev.positionsbot.index.PassageEmbedder;
import dev.positionsbot.index.SearchMode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * ScaleBenchmark's search timing (the same 200 queries, warm-up and rotating modes, query embedding not cached) on an
 * index it built, repeated: p50/p95 per mode and of the query embedding alone (a measuring tool, not a test).
 * {@code java -Xmx1g -cp <test classpath> dev.positionsbot.bench.SearchTiming KNOWLEDGE 100000 WORK Q1,Q2 PASSES}
 */
public final class SearchTiming {
    public static void main(String[] a) throws Exception {
        try (ScaleSession session = ScaleSession.open(a)) {
            HybridIndex index = session.index();
            PassageEmbedder embedder = session.embedder();
            SyntheticCorpus synthetic = session.synthetic();
            List<String> queries = new ArrayList<>();
            for (EvalQuestion q : session.questions()) queries.add(q.question());
            queries.addAll(synthetic.queries(ScaleBenchmark.SYNTHETIC_QUERIES, 7));
            for (String q : synthetic.queries(ScaleBenchmark.WARMUP_QUERIES, 99)) {
                for (SearchMode mode : SearchMode.values()) {
                    embedder.clearQueryCache();
                    index.search(q, ScaleBenchmark.K, mode);
                }
            }
            int passes = Integer.parseInt(a[4]);
            SearchMode[] modes = SearchMode.values();
            for (int pass = 0; pass < passes; pass++) {
                Map<SearchMode, double[]> ms = new EnumMap<>(SearchMode.class);
                double[] embed = new double[queries.size()];
                for (SearchMode m : modes) ms.put(m, new double[queries.size()]);
                for (int i = 0; i < queries.size(); i++) {
                    for (int j = 0; j < modes.length; j++) {
                        SearchMode mode = modes[(i + j) % modes.length];
                        embedder.clearQueryCache();
                        long t = System.nanoTime();
                        index.search(queries.get(i), ScaleBenchmark.K, mode);
                        ms.get(mode)[i] = (System.nanoTime() - t) / 1e6;
                    }
                    embedder.clearQueryCache();
                    long t = System.nanoTime();
                    embedder.embedQuery(queries.get(i));
                    embed[i] = (System.nanoTime() - t) / 1e6;
                }
                StringBuilder b = new StringBuilder("pass " + pass + ":");
                for (SearchMode m : modes) b.append(String.format("  %s p50 %.1f p95 %.1f", m, pct(ms.get(m), 50), pct(ms.get(m), 95)));
                b.append(String.format("  EMBED p50 %.1f p95 %.1f  load %s", pct(embed, 50), pct(embed, 95),
                        java.nio.file.Files.readString(Path.of("/proc/loadavg")).strip()));
                System.out.println(b);
            }
        }
    }

    /** LatencySummary's percentile: nearest rank. */
    static double pct(double[] v, double p) {
        double[] s = v.clone();
        Arrays.sort(s);
        int rank = (int) Math.ceil(p / 100.0 * s.length);
        return s[Math.max(0, Math.min(s.length - 1, rank - 1))];
    }
}
