package dev.positionsbot.index;

/**
 * How a hybrid search is run.
 *
 * @param fusion     how the two rankings are merged
 * @param weights    boosts of the BM25 clauses
 * @param candidates how many results each ranker contributes before fusion (at least k)
 */
public record SearchOptions(RankFusion fusion, FieldWeights weights, int candidates) {

    /**
     * RRF (k=60). On the public questions (bge-small, 44 answerable) convex fusion was one question better at
     * R@1 (0.886 vs 0.864; MRR@10 0.914 vs 0.901), a difference within noise; but min-max normalisation lifts
     * the best of a weak BM25 list (a query sharing only "people" with the corpus) to 1.0, level with a strong
     * vector match, and so it lost paraphrase queries that RRF keeps. See SearchBenchmark.
     */
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
