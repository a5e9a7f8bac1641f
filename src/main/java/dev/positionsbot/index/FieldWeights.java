package dev.positionsbot.index;

/**
 * Boosts of the BM25 query clauses: the exact passage text, its name-folded twin, and the article title
 * (exact and folded). Exact matches weigh more than folded ones so that folding only helps when the
 * spelling differs.
 */
public record FieldWeights(double body, double bodyFolded, double title, double titleFolded) {

    public static final FieldWeights DEFAULT = new FieldWeights(1.0, 0.5, 0.3, 0.15);

    /** Exact fields only: for measuring what folding adds. */
    public static final FieldWeights EXACT_ONLY = new FieldWeights(1.0, 0, 0.3, 0);
}
