package dev.positionsbot.index;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.query.Query;
import dev.positionsbot.corpus.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LuceneContentRetrieverTest {

    @TempDir
    Path dir;

    private HybridIndex index() {
        List<Article> articles = List.of(
                new Article("oil", "oil.md", "Kazakhstan seeks new oil routes", "Example Times", "", "2022-07-07",
                        "https://example.org/oil", "en", "", "Tokayev asked for help.\n\nOil should cross the Caspian Sea."),
                new Article("gas", "gas.md", "Turkmen gas", "Example Post", "", "2023-08-12",
                        "https://example.org/gas", "en", "", "Turkmenistan rejected a gas union with Russia."));
        return HybridIndex.builder(dir).articles(articles).splitter(new ParagraphPassageSplitter())
                .embedder(new PassageEmbedder(new HashingEmbeddingModel(), "hashing-test", "")).open();
    }

    @Test
    void retrieved_contents_carry_passage_text_article_metadata_and_scores() {
        try (HybridIndex index = index()) {
            List<Content> contents = new LuceneContentRetriever(index, 2).retrieve(Query.from("Caspian oil"));
            assertEquals(2, contents.size());
            Content top = contents.get(0);
            assertEquals("Oil should cross the Caspian Sea.", top.textSegment().text());
            Metadata m = top.textSegment().metadata();
            assertEquals("oil", m.getString(LuceneContentRetriever.ARTICLE_ID));
            assertEquals("Kazakhstan seeks new oil routes", m.getString(LuceneContentRetriever.TITLE));
            assertEquals("Example Times", m.getString(LuceneContentRetriever.OUTLET));
            assertEquals("2022-07-07", m.getString(LuceneContentRetriever.PUBLISHED));
            assertEquals("https://example.org/oil", m.getString(LuceneContentRetriever.URL));
            assertEquals(1, m.getInteger(LuceneContentRetriever.PASSAGE_ORDINAL));
            assertEquals(1, m.getInteger(LuceneContentRetriever.BM25_RANK));
            assertNotNull(m.getDouble(LuceneContentRetriever.BM25_SCORE));
            assertNotNull(m.getDouble(LuceneContentRetriever.VECTOR_SCORE));
            double score = (Double) top.metadata().get(ContentMetadata.SCORE);
            assertEquals(score, m.getDouble(LuceneContentRetriever.SCORE), 1e-12);
            assertTrue(score >= (Double) contents.get(1).metadata().get(ContentMetadata.SCORE));
        }
    }

    @Test
    void bm25_only_retriever_leaves_vector_metadata_out() {
        try (HybridIndex index = index()) {
            List<Content> contents = new LuceneContentRetriever(index, 5, SearchMode.BM25).retrieve(Query.from("gas union"));
            assertEquals(1, contents.size());
            Metadata m = contents.get(0).textSegment().metadata();
            assertEquals("gas", m.getString(LuceneContentRetriever.ARTICLE_ID));
            assertFalse(m.containsKey(LuceneContentRetriever.VECTOR_RANK));
        }
    }
}
