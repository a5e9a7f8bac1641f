package dev.positionsbot.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Merges the BM25 and the vector ranking of the same query into one ranking. */
public interface RankFusion {

    /**
     * @param bm25   BM25 results, best first
     * @param vector vector results, best first
     * @return the union, best first; ties broken by the better single rank, then by document key
     */
    List<FusedDoc> fuse(List<RankedDoc> bm25, List<RankedDoc> vector);

    /** Short name for reports, e.g. "rrf(k=60)". */
    String name();

    /** Orders fused documents by score, then better single rank, then presence in both lists, then key. */
    Comparator<FusedDoc> ORDER = Comparator.comparingDouble(FusedDoc::score).reversed()
            .thenComparingInt(FusedDoc::bestRank)
            .thenComparing(f -> !(f.inBm25() && f.inVector()))
            .thenComparingInt(FusedDoc::doc);

    /** Joins both lists by document, computing each document's fused score with {@code scorer}. */
    static List<FusedDoc> join(List<RankedDoc> bm25, List<RankedDoc> vector, Scorer scorer) {
        Map<Integer, int[]> ranks = new LinkedHashMap<>();
        Map<Integer, double[]> scores = new LinkedHashMap<>();
        for (int i = 0; i < bm25.size(); i++) {
            RankedDoc d = bm25.get(i);
            ranks.computeIfAbsent(d.doc(), k -> new int[2])[0] = i + 1;
            scores.computeIfAbsent(d.doc(), k -> new double[] {Double.NaN, Double.NaN})[0] = d.score();
        }
        for (int i = 0; i < vector.size(); i++) {
            RankedDoc d = vector.get(i);
            ranks.computeIfAbsent(d.doc(), k -> new int[2])[1] = i + 1;
            scores.computeIfAbsent(d.doc(), k -> new double[] {Double.NaN, Double.NaN})[1] = d.score();
        }
        List<FusedDoc> out = new ArrayList<>(ranks.size());
        for (Map.Entry<Integer, int[]> e : ranks.entrySet()) {
            int[] r = e.getValue();
            double[] s = scores.get(e.getKey());
            double fused = scorer.score(r[0], s[0], r[1], s[1]);
            out.add(new FusedDoc(e.getKey(), fused, r[0], s[0], r[1], s[1]));
        }
        out.sort(ORDER);
        return out;
    }

    /** Fused score of one document from its ranks (0 = absent) and raw scores (NaN = absent). */
    @FunctionalInterface
    interface Scorer {
        double score(int bm25Rank, double bm25Score, int vectorRank, double vectorScore);
    }
}
