package dev.positionsbot.index;

import java.util.List;

/**
 * Convex combination of min-max normalised scores: {@code w * vector + (1 - w) * bm25}, a document missing
 * from one list scoring 0 there. Unlike RRF it keeps how far apart the scores were, so a passage that BM25
 * finds far better than the rest is not levelled with the vector side's near-ties.
 */
public final class ConvexScoreFusion implements RankFusion {

    private final double vectorWeight;

    public ConvexScoreFusion(double vectorWeight) {
        if (vectorWeight < 0 || vectorWeight > 1) {
            throw new IllegalArgumentException("vector weight must be in [0,1]: " + vectorWeight);
        }
        this.vectorWeight = vectorWeight;
    }

    @Override
    public List<FusedDoc> fuse(List<RankedDoc> bm25, List<RankedDoc> vector) {
        double[] b = minMax(bm25);
        double[] v = minMax(vector);
        return RankFusion.join(bm25, vector, (br, bs, vr, vs) ->
                (br > 0 ? (1 - vectorWeight) * normalise(bs, b) : 0) + (vr > 0 ? vectorWeight * normalise(vs, v) : 0));
    }

    private static double[] minMax(List<RankedDoc> list) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (RankedDoc d : list) {
            min = Math.min(min, d.score());
            max = Math.max(max, d.score());
        }
        return new double[] {min, max};
    }

    private static double normalise(double score, double[] minMax) {
        double range = minMax[1] - minMax[0];
        return range <= 0 ? 1.0 : (score - minMax[0]) / range;
    }

    @Override
    public String name() {
        return "convex(w_vector=" + vectorWeight + ")";
    }
}
