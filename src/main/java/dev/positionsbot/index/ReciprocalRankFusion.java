package dev.positionsbot.index;

import java.util.List;

/** Reciprocal rank fusion (Cormack et al. 2009): sum of 1/(k + rank) over the rankers that returned the document. */
public final class ReciprocalRankFusion implements RankFusion {

    private final int k;

    public ReciprocalRankFusion(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("k must be >= 0: " + k);
        }
        this.k = k;
    }

    public ReciprocalRankFusion() {
        this(60);
    }

    @Override
    public List<FusedDoc> fuse(List<RankedDoc> bm25, List<RankedDoc> vector) {
        return RankFusion.join(bm25, vector, (br, bs, vr, vs) ->
                (br > 0 ? 1.0 / (k + br) : 0) + (vr > 0 ? 1.0 / (k + vr) : 0));
    }

    @Override
    public String name() {
        return "rrf(k=" + k + ")";
    }
}
