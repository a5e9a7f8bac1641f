package dev.positionsbot.index;

import dev.positionsbot.corpus.Article;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VectorStorageTest {

    @TempDir
    Path dir;

    private final CountingEmbeddingModel model = new CountingEmbeddingModel(new HashingEmbeddingModel());
    private final PassageEmbedder embedder = new PassageEmbedder(model, "hashing-test", "");

    private static List<Article> corpus() {
        List<Article> out = new ArrayList<>();
        String[] topics = {"oil pipeline Caspian", "border ceasefire shooting", "union observer status",
                "sanctions banks payments", "referendum occupied regions vote", "grain corridor exports"};
        for (int i = 0; i < topics.length; i++) {
            out.add(new Article("a" + i, "a" + i + ".md", "Topic " + i, "Outlet", "", "2024-01-01",
                    "https://example.org/a" + i, "en", "", "The story is about " + topics[i] + "."));
        }
        return out;
    }

    private HybridIndex open(VectorStorage storage) {
        return HybridIndex.builder(dir.resolve("idx")).articles(corpus()).splitter(new ParagraphPassageSplitter())
                .embedder(embedder).vectorStorage(storage).open();
    }

    private String vectorFormat() throws IOException {
        try (FSDirectory d = FSDirectory.open(dir.resolve("idx")); DirectoryReader r = DirectoryReader.open(d)) {
            LeafReaderContext leaf = r.leaves().get(0);
            SegmentReader segment = (SegmentReader) leaf.reader();
            return segment.getFieldInfos().fieldInfo(IndexFields.VECTOR)
                    .getAttribute("PerFieldKnnVectorsFormat.format");
        }
    }

    @Test
    void default_index_stores_vectors_scalar_quantized_and_finds_the_nearest_passage() throws IOException {
        try (HybridIndex index = open(VectorStorage.defaultStorage())) {
            List<SearchHit> hits = index.search("referendum occupied regions vote", 3, SearchMode.VECTOR);
            assertEquals("a4", hits.get(0).article().id());
        }
        assertEquals("Lucene99HnswScalarQuantizedVectorsFormat", vectorFormat());
    }

    @Test
    void switching_vector_storage_rebuilds_the_index() throws IOException {
        open(VectorStorage.FLOAT32).close();
        assertEquals("Lucene99HnswVectorsFormat", vectorFormat());
        model.reset();
        try (HybridIndex index = open(VectorStorage.INT8)) {
            assertTrue(index.syncReport().rebuilt(), "a stamp with other vector storage must rebuild");
            assertEquals(6, model.embedded.size());
        }
        assertEquals("Lucene99HnswScalarQuantizedVectorsFormat", vectorFormat());
    }
}
