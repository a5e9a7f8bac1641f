package dev.positionsbot.index;

import dev.positionsbot.corpus.Article;

import java.util.List;
import java.util.Optional;

/** Ranked passage search over the knowledge base; implemented by the Lucene hybrid index. */
public interface PassageSearch {

    /** The top {@code k} passages for {@code query}, best first, fusing BM25 and vector rankings. */
    default List<SearchHit> search(String query, int k) {
        return search(query, k, SearchMode.HYBRID);
    }

    List<SearchHit> search(String query, int k, SearchMode mode);

    /** All indexed articles, in a stable order. */
    List<Article> articles();

    /** Number of passages indexed for an article (0 if unknown). */
    int passageCount(String articleId);

    /**
     * The embedder that turns queries into vectors for this search, if it has one: a caller that needs the vector
     * of the same text with the same model can take it from there (and its cache) instead of embedding it again.
     */
    default Optional<PassageEmbedder> queryEmbedder() {
        return Optional.empty();
    }

    /**
     * A hint that {@link #queryEmbedder()}'s vectors of these texts will be asked for soon: a search with a spare
     * core may embed them there meanwhile. The vectors are the same either way; by default nothing happens.
     */
    default void embedAhead(List<String> queries) {
    }
}
