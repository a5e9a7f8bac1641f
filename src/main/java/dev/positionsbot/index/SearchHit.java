package dev.positionsbot.index;

import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.Passage;

/**
 * One passage found for a query, with what each ranker said about it.
 *
 * @param article the article the passage belongs to
 * @param passage the passage
 * @param score   the fused score (higher is better); for single-ranker searches, that ranker's score
 * @param bm25    the BM25 ranking, or {@code null} if BM25 did not return this passage
 * @param vector  the vector (KNN) ranking, or {@code null} if the vector search did not return it
 * @param sentenceVectors the passage's unit vectors stored at index time, or {@link SentenceVectors#NONE}
 */
public record SearchHit(Article article, Passage passage, double score, Ranking bm25, Ranking vector,
                        SentenceVectors sentenceVectors) {

    /** A hit without stored sentence vectors. */
    public SearchHit(Article article, Passage passage, double score, Ranking bm25, Ranking vector) {
        this(article, passage, score, bm25, vector, SentenceVectors.NONE);
    }

    /** A ranker's 1-based rank and raw score for a hit. */
    public record Ranking(int rank, double score) {
    }
}
