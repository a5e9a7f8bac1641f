package dev.positionsbot.index;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The passage search as a LangChain4j {@link ContentRetriever}: each hit becomes a {@link Content} whose
 * segment text is the passage and whose segment metadata names the article (for citing) and the scores.
 * The fused score is also put under {@link ContentMetadata#SCORE}.
 */
public final class LuceneContentRetriever implements ContentRetriever {

    public static final String ARTICLE_ID = "article_id";
    public static final String TITLE = "title";
    public static final String OUTLET = "outlet";
    public static final String PUBLISHED = "published";
    public static final String URL = "url";
    public static final String PASSAGE_ORDINAL = "passage_ordinal";
    public static final String PASSAGE_START = "passage_start";
    public static final String PASSAGE_END = "passage_end";
    public static final String HEADING = "heading";
    public static final String SCORE = "score";
    public static final String BM25_RANK = "bm25_rank";
    public static final String BM25_SCORE = "bm25_score";
    public static final String VECTOR_RANK = "vector_rank";
    public static final String VECTOR_SCORE = "vector_score";

    private final PassageSearch search;
    private final int maxResults;
    private final SearchMode mode;

    public LuceneContentRetriever(PassageSearch search, int maxResults, SearchMode mode) {
        this.search = Objects.requireNonNull(search);
        if (maxResults <= 0) {
            throw new IllegalArgumentException("maxResults must be positive: " + maxResults);
        }
        this.maxResults = maxResults;
        this.mode = Objects.requireNonNull(mode);
    }

    public LuceneContentRetriever(PassageSearch search, int maxResults) {
        this(search, maxResults, SearchMode.HYBRID);
    }

    @Override
    public List<Content> retrieve(Query query) {
        List<Content> out = new ArrayList<>();
        for (SearchHit hit : search.search(query.text(), maxResults, mode)) {
            out.add(Content.from(TextSegment.from(hit.passage().text(), metadata(hit)),
                    Map.of(ContentMetadata.SCORE, hit.score())));
        }
        return out;
    }

    private static Metadata metadata(SearchHit hit) {
        Metadata m = new Metadata()
                .put(ARTICLE_ID, hit.article().id())
                .put(TITLE, hit.article().title())
                .put(OUTLET, hit.article().outlet())
                .put(PUBLISHED, hit.article().published())
                .put(URL, hit.article().url())
                .put(PASSAGE_ORDINAL, hit.passage().ordinal())
                .put(PASSAGE_START, hit.passage().start())
                .put(PASSAGE_END, hit.passage().end())
                .put(HEADING, hit.passage().heading())
                .put(SCORE, hit.score());
        if (hit.bm25() != null) {
            m.put(BM25_RANK, hit.bm25().rank()).put(BM25_SCORE, hit.bm25().score());
        }
        if (hit.vector() != null) {
            m.put(VECTOR_RANK, hit.vector().rank()).put(VECTOR_SCORE, hit.vector().score());
        }
        return m;
    }
}
