package dev.positionsbot.bench;

import dev.positionsbot.corpus.Article;
import dev.positionsbot.index.PassageSearch;
import dev.positionsbot.index.SearchHit;
import dev.positionsbot.index.SearchMode;

import java.util.List;

/**
 * Runs every search in one mode whatever the caller asks for, so that the unchanged answering pipeline (which
 * always asks for hybrid) can be measured with BM25 alone or vectors alone.
 */
public final class ForcedModeSearch implements PassageSearch {

    private final PassageSearch delegate;
    private final SearchMode mode;

    public ForcedModeSearch(PassageSearch delegate, SearchMode mode) {
        this.delegate = delegate;
        this.mode = mode;
    }

    @Override
    public List<SearchHit> search(String query, int k, SearchMode ignored) {
        return delegate.search(query, k, mode);
    }

    @Override
    public List<Article> articles() {
        return delegate.articles();
    }

    @Override
    public int passageCount(String articleId) {
        return delegate.passageCount(articleId);
    }

    @Override
    public java.util.Optional<dev.positionsbot.index.PassageEmbedder> queryEmbedder() {
        return delegate.queryEmbedder();
    }
}
