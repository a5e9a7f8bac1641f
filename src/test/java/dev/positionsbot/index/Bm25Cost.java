package dev.positionsbot.index;

import dev.positionsbot.answer.eval.EvalQuestion;
import dev.positionsbot.bench.SyntheticCorpus;
import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.KnowledgeLoader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * CPU per BM25 search of the per-field query form (before), the flat form {@link Bm25QueryBuilder} builds, and the
 * flat form with a total-hits threshold of n instead of IndexSearcher's 1,000, on the 200 benchmark queries of a
 * ScaleBenchmark index; and whether their top n agree (a measuring tool, not a test).
 * {@code java -cp <test classpath> dev.positionsbot.index.Bm25Cost KNOWLEDGE 100000 WORK Q1,Q2 ROUNDS 50}
 */
public final class Bm25Cost {
    public static void main(String[] a) throws Exception {
        List<Article> real = new KnowledgeLoader().load(Path.of(a[0]));
        int target = Integer.parseInt(a[1]);
        List<String> queries = new ArrayList<>();
        for (String f : a[3].split(",")) for (EvalQuestion q : EvalQuestion.read(Path.of(f))) queries.add(q.question());
        queries.addAll(new SyntheticCorpus(real, 42).queries(140, 7));
        int rounds = Integer.parseInt(a[4]);
        int n = Integer.parseInt(a[5]);
        Bm25QueryBuilder b = new Bm25QueryBuilder(IndexFields.analyzer());
        FieldWeights w = FieldWeights.DEFAULT;
        ThreadMXBean tm = ManagementFactory.getThreadMXBean();
        try (var dir = FSDirectory.open(Path.of(a[2]).resolve("index-" + target)); var reader = DirectoryReader.open(dir)) {
            IndexSearcher s = new IndexSearcher(reader);
            String[] names = {"per-field/1000", "flat/1000", "flat/n"};
            long[] cpu = new long[3];
            double[][] wall = new double[3][rounds * queries.size()];
            int diffsB = 0, diffsC = 0, scoreDiffsC = 0, orderDiffsC = 0;
            int k = 0;
            for (int r = 0; r < rounds + 1; r++) {
                for (int qi = 0; qi < queries.size(); qi++) {
                    String q = queries.get(qi);
                    Query perField = perField(b, q, w);
                    Query flat = b.build(q, w);
                    ScoreDoc[][] res = new ScoreDoc[3][];
                    for (int j = 0; j < 3; j++) {
                        int v = (qi + j + r) % 3;
                        long c0 = tm.getCurrentThreadCpuTime();
                        long t0 = System.nanoTime();
                        res[v] = s.search(v == 0 ? perField : flat, new TopScoreDocCollectorManager(n, null, v == 0 ? 1000 : n, false)).scoreDocs;
                        if (r > 0) {
                            cpu[v] += tm.getCurrentThreadCpuTime() - c0;
                            wall[v][k] = (System.nanoTime() - t0) / 1e6;
                        }
                    }
                    if (r > 0) k++;
                    if (r == 1) {
                        if (!same(res[1], res[2], true)) diffsB++;
                        if (!same(res[0], res[2], true)) diffsC++;
                        if (!same(res[0], res[2], false)) orderDiffsC++;
                        for (int i = 0; i < Math.min(res[0].length, res[2].length); i++) if (res[0][i].score != res[2][i].score) { scoreDiffsC++; break; }
                    }
                }
            }
            for (int v = 0; v < 3; v++) {
                double[] x = Arrays.copyOf(wall[v], k); Arrays.sort(x);
                System.out.printf("%-12s CPU/search %.2f ms; wall p50 %.2f p95 %.2f%n", names[v], cpu[v] / 1e6 / k, x[k / 2], x[(int) Math.ceil(k * 0.95) - 1]);
            }
            System.out.printf("queries %d: flat/n differs from flat/1000 in %d; flat differs from per-field in %d (doc order differs in %d, some score differs in %d)%n",
                    queries.size(), diffsB, diffsC, orderDiffsC, scoreDiffsC);
        }
    }

    static boolean same(ScoreDoc[] x, ScoreDoc[] y, boolean scores) {
        if (x.length != y.length) return false;
        for (int i = 0; i < x.length; i++) {
            if (x[i].doc != y[i].doc) return false;
            if (scores && x[i].score != y[i].score) return false;
        }
        return true;
    }

    /** The form Bm25QueryBuilder built before: one disjunction per field, boosted as a whole. */
    static Query perField(Bm25QueryBuilder b, String text, FieldWeights w) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        String[] fields = {IndexFields.BODY, IndexFields.BODY_FOLDED, IndexFields.TITLE, IndexFields.TITLE_FOLDED};
        double[] boosts = {w.body(), w.bodyFolded(), w.title(), w.titleFolded()};
        for (int f = 0; f < 4; f++) {
            if (boosts[f] <= 0) continue;
            BooleanQuery.Builder one = new BooleanQuery.Builder();
            for (String t : b.terms(fields[f], text)) {
                one.add(new TermQuery(new Term(fields[f], t)), BooleanClause.Occur.SHOULD);
            }
            all.add(new BoostQuery(one.build(), (float) boosts[f]), BooleanClause.Occur.SHOULD);
        }
        return all.build();
    }
}
