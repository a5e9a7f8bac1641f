package dev.positionsbot.index;

/**
 * A document after fusion, with what each ranker said (rank is 1-based; 0 and NaN when absent).
 */
public record FusedDoc(int doc, double score, int bm25Rank, double bm25Score, int vectorRank, double vectorScore) {

    boolean inBm25() {
        return bm25Rank > 0;
    }

    boolean inVector() {
        return vectorRank > 0;
    }

    /** The better of the two ranks, used to break ties. */
    int bestRank() {
        int a = bm25Rank > 0 ? bm25Rank : Integer.MAX_VALUE;
        int b = vectorRank > 0 ? vectorRank : Integer.MAX_VALUE;
        return Math.min(a, b);
    }
}
