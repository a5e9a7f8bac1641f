package dev.positionsbot.index;

/**
 * How a hybrid search is run.
 *
 * @param fusion     how the two rankings are merged
 * @param weights    boosts of the BM25 clauses
 * @param candidates how many results each ranker contributes before fusion (at least k)
 */
public record SearchOptions(RankFusion fusion, FieldWeights weights, int candidates) {

    public static SearchOptions defaults() {
        return new SearchOptions(FusionMethod.RRF.create(), FieldWeights.DEFAULT, 50);
    }

    public SearchOptions withFusion(RankFusion f) {
        return new SearchOptions(f, weights, candidates);
    }

    public SearchOptions withWeights(FieldWeights w) {
        return new SearchOptions(fusion, w, candidates);
    }
}
