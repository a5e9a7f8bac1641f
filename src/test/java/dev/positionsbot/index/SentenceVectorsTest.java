package dev.positionsbot.index;

import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.Passage;
import dev.positionsbot.corpus.SentencePassageSplitter;
import dev.positionsbot.corpus.SentenceUnits;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The stored unit vectors' int8 layout: a quarter of the bytes, similarities within a measured tolerance, the first
 * (float32) layout still read, and an index stamped with it rebuilt. Random unit vectors of MiniLM's dimension for the
 * codec; the hashing stand-in model and real Lucene for the index.
 */
class SentenceVectorsTest {

    /**
     * Largest similarity error the int8 layout may add: measured at most 0.0015 on random unit vectors (printed by the
     * first test) and 0.0013 on MiniLM vectors of real passages; a fixed scale of 1/127 reached 0.0068 there.
     */
    static final double TOLERANCE = 0.003;

    private static final String PASSAGE = "The first unit of this invented passage. The second unit follows it here.";
    private static final String FIRST = "The first unit of this invented passage.";
    private static final String SECOND = "The second unit follows it here.";

    @TempDir
    Path dir;

    private static float[] randomUnit(Random r, int dim) {
        float[] v = new float[dim];
        double n = 0;
        for (int i = 0; i < dim; i++) {
            v[i] = (float) r.nextGaussian();
            n += v[i] * v[i];
        }
        for (int i = 0; i < dim; i++) {
            v[i] /= (float) Math.sqrt(n);
        }
        return v;
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }

    /** The first layout, as the float32 indexes stored it: count, then start, end, dimension and floats per unit. */
    static byte[] float32Layout(String passageText, Map<String, float[]> vectors) {
        int size = 4;
        for (float[] v : vectors.values()) {
            size += 12 + 4 * v.length;
        }
        ByteBuffer b = ByteBuffer.allocate(size);
        b.putInt(vectors.size());
        for (Map.Entry<String, float[]> e : vectors.entrySet()) {
            int start = passageText.indexOf(e.getKey());
            b.putInt(start).putInt(start + e.getKey().length()).putInt(e.getValue().length);
            for (float x : e.getValue()) {
                b.putFloat(x);
            }
        }
        return b.array();
    }

    @Test
    void int8_vectors_take_about_a_quarter_of_the_bytes_and_keep_similarities_within_the_tolerance() {
        Random r = new Random(16);
        double worst = 0;
        double sum = 0;
        int pairs = 0;
        for (int round = 0; round < 500; round++) {
            Map<String, float[]> vectors = new LinkedHashMap<>();
            vectors.put(FIRST, randomUnit(r, 384));
            vectors.put(SECOND, randomUnit(r, 384));
            byte[] int8 = SentenceVectors.encode(PASSAGE, vectors);
            if (round == 0) {
                int float32 = float32Layout(PASSAGE, vectors).length;
                assertTrue(int8.length < 0.27 * float32, int8.length + " bytes against " + float32);
            }
            Map<String, float[]> back = SentenceVectors.decode(PASSAGE, int8, 0, int8.length);
            assertEquals(vectors.keySet(), back.keySet());
            float[] query = randomUnit(r, 384);
            // a query near the unit as well, where similarities that decide answers lie
            float[] near = vectors.get(FIRST).clone();
            for (int i = 0; i < near.length; i++) {
                near[i] += 0.05f * query[i];
            }
            for (float[] q : List.of(query, near)) {
                for (String t : vectors.keySet()) {
                    double error = Math.abs(cosine(q, vectors.get(t)) - cosine(q, back.get(t)));
                    worst = Math.max(worst, error);
                    sum += error;
                    pairs++;
                }
            }
        }
        System.err.printf("SentenceVectorsTest: int8 similarity error over %d pairs: mean %.5f, max %.5f%n",
                pairs, sum / pairs, worst);
        assertTrue(worst <= TOLERANCE, "largest similarity error " + worst);
        assertTrue(sum / pairs > 0, "quantization should change something");
    }

    @Test
    void a_zero_vector_round_trips_as_zeros() {
        Map<String, float[]> vectors = Map.of(FIRST, new float[8]);
        byte[] b = SentenceVectors.encode(PASSAGE, vectors);
        assertArrayEquals(new float[8], SentenceVectors.decode(PASSAGE, b, 0, b.length).get(FIRST));
    }

    @Test
    void the_first_float32_layout_still_reads_exactly() {
        Random r = new Random(3);
        Map<String, float[]> vectors = new LinkedHashMap<>();
        vectors.put(FIRST, randomUnit(r, 384));
        vectors.put(SECOND, randomUnit(r, 384));
        byte[] old = float32Layout(PASSAGE, vectors);
        Map<String, float[]> back = SentenceVectors.decode(PASSAGE, old, 0, old.length);
        assertEquals(vectors.keySet(), back.keySet());
        vectors.forEach((t, v) -> assertArrayEquals(v, back.get(t), t));
    }

    @Test
    void an_unknown_format_tag_is_an_error_naming_the_field() {
        byte[] b = ByteBuffer.allocate(8).putInt(-5).putInt(0).array();
        IndexException e = assertThrows(IndexException.class, () -> SentenceVectors.decode(PASSAGE, b, 0, b.length));
        assertTrue(e.getMessage().contains(IndexFields.SENTENCE_VECTORS) && e.getMessage().contains("rebuild"),
                e.getMessage());
    }

    @Test
    void the_best_similarity_read_from_the_stored_bytes_is_the_one_of_the_decoded_vectors() {
        Random r = new Random(11);
        Map<String, float[]> vectors = new LinkedHashMap<>();
        vectors.put(FIRST, randomUnit(r, 384));
        vectors.put(SECOND, randomUnit(r, 384));
        float[] query = randomUnit(r, 384);
        // a larger passage, whose leading copy of the same bytes the stored value does not start at
        for (byte[] layout : List.of(SentenceVectors.encode(PASSAGE, vectors), float32Layout(PASSAGE, vectors))) {
            byte[] padded = new byte[layout.length + 7];
            System.arraycopy(layout, 0, padded, 5, layout.length);
            SentenceVectors stored = SentenceVectors.stored(null, PASSAGE, padded, 5, layout.length);
            double fromBytes = stored.best(v -> cosine(query, v));
            double expected = Double.NEGATIVE_INFINITY;
            for (float[] v : SentenceVectors.decode(PASSAGE, layout, 0, layout.length).values()) {
                expected = Math.max(expected, cosine(query, v));
            }
            assertEquals(expected, fromBytes, 0.0, "bit for bit");
            assertEquals(expected, stored.best(v -> cosine(query, v)), 0.0);
            // and the same once the map has been decoded
            assertEquals(2, stored.byText().size());
            assertEquals(expected, stored.best(v -> cosine(query, v)), 0.0);
        }
    }

    @Test
    void units_whose_offsets_lie_outside_the_passage_count_neither_in_the_map_nor_in_the_best_similarity() {
        Map<String, float[]> vectors = new LinkedHashMap<>();
        vectors.put(FIRST, new float[] {1, 0});
        vectors.put(SECOND, new float[] {0, 1});
        byte[] b = SentenceVectors.encode(PASSAGE, vectors);
        // the same bytes read against a passage that ends before the second unit (its text changed since)
        String shorter = PASSAGE.substring(0, PASSAGE.indexOf(SECOND) + 3);
        SentenceVectors stored = SentenceVectors.stored(null, shorter, b, 0, b.length);
        assertEquals(0.0, stored.best(v -> v[1]), 1e-9, "the second unit's vector was used");
        assertEquals(List.of(FIRST), new ArrayList<>(stored.byText().keySet()));
    }

    @Test
    void no_units_have_no_best_similarity() {
        assertEquals(Double.NEGATIVE_INFINITY, SentenceVectors.NONE.best(v -> 1.0));
        byte[] empty = SentenceVectors.encode(PASSAGE, Map.of());
        assertEquals(Double.NEGATIVE_INFINITY, SentenceVectors.stored(null, PASSAGE, empty, 0, empty.length)
                .best(v -> 1.0));
    }

    @Test
    void stored_vectors_of_an_unknown_layout_fail_when_read_from_the_index_not_later() {
        byte[] b = ByteBuffer.allocate(8).putInt(-5).putInt(0).array();
        assertThrows(IndexException.class, () -> SentenceVectors.stored(null, PASSAGE, b, 0, b.length));
    }

    private static Article article(String id, String title, String body) {
        return new Article(id, id + ".md", title, "Invented Wire", "", "2024-03-05", "https://example.org/" + id, "en",
                "", body);
    }

    private static List<Article> corpus() {
        return List.of(
                article("rail", "Freight by rail", "The ministry said that freight trains would run twice a week."
                        + " It added that the new timetable starts in April.\n\nShippers welcomed the decision at"
                        + " a meeting in the capital."),
                article("water", "Water talks", "Negotiators met to discuss the sharing of river water this summer."
                        + " They agreed to meet again before the harvest."));
    }

    private static Map<String, Document> passageDocuments(Path index) throws IOException {
        Map<String, Document> out = new LinkedHashMap<>();
        try (Directory d = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(d)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            StoredFields stored = reader.storedFields();
            TermQuery q = new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_PASSAGE));
            for (ScoreDoc sd : searcher.search(q, 1000).scoreDocs) {
                Document doc = stored.document(sd.doc);
                out.put(PassageDocuments.toPassage(doc).id(), doc);
            }
        }
        return out;
    }

    private static String schemaOf(Path index) throws IOException {
        try (Directory d = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(d)) {
            return reader.getIndexCommit().getUserData().get(IndexFields.COMMIT_SCHEMA);
        }
    }

    @Test
    void an_index_of_the_float32_layout_reads_and_is_rebuilt_with_int8_vectors() throws IOException {
        // the hashing stand-in under MiniLM's name, so that unit vectors are stored
        PassageEmbedder embedder = new PassageEmbedder(new HashingEmbeddingModel(),
                EmbeddingChoice.MINILM.modelName(), "");
        HybridIndex.Builder builder = HybridIndex.builder(dir.resolve("current")).articles(corpus())
                .splitter(new SentencePassageSplitter()).embedder(embedder);
        builder.open().close();
        String schema = schemaOf(dir.resolve("current"));
        assertTrue(schema.endsWith("|" + IndexSynchronizer.SENTENCE_VECTORS_STAMP), schema);
        String oldSchema = schema.replace(IndexSynchronizer.SENTENCE_VECTORS_STAMP, "sentence-vectors");

        // an index as the float32 release wrote it: its stamp, its hashes, its payload layout
        Path old = dir.resolve("old");
        SentenceUnits units = new SentenceUnits();
        Map<String, Map<String, float[]>> floats = new LinkedHashMap<>();
        try (Directory d = FSDirectory.open(old); IndexWriter w = new IndexWriter(d,
                new IndexWriterConfig(IndexFields.analyzer()).setCodec(VectorStorage.defaultStorage().codec()))) {
            for (Article a : corpus()) {
                List<Passage> ps = new SentencePassageSplitter().split(a);
                List<Document> docs = new ArrayList<>();
                for (Passage p : ps) {
                    List<String> texts = units.texts(p.text());
                    List<float[]> vs = embedder.embedSentences(texts, ProgressListener.NONE);
                    Map<String, float[]> mine = new LinkedHashMap<>();
                    for (int i = 0; i < texts.size(); i++) {
                        mine.put(texts.get(i), vs.get(i));
                    }
                    floats.put(p.id(), mine);
                    float[] vector = embedder.embedPassages(List.of(PassageDocuments.embeddingText(a, p)), 0, 1,
                            ProgressListener.NONE).get(0);
                    docs.add(PassageDocuments.passage(a, p, vector, float32Layout(p.text(), mine)));
                }
                docs.add(PassageDocuments.articleStamp(a, ContentHash.of(a, oldSchema), ps.size()));
                w.addDocuments(docs);
            }
            w.setLiveCommitData(Map.of(IndexFields.COMMIT_SCHEMA, oldSchema).entrySet());
            w.commit();
        }
        assertTrue(floats.values().stream().mapToInt(Map::size).sum() >= 3, "the corpus should form units: " + floats);

        // still read: every float exactly
        for (Map.Entry<String, Document> e : passageDocuments(old).entrySet()) {
            Passage p = PassageDocuments.toPassage(e.getValue());
            Map<String, float[]> read = PassageDocuments.sentenceVectors(e.getValue(), p, embedder.model()).byText();
            assertEquals(floats.get(e.getKey()).keySet(), read.keySet(), e.getKey());
            floats.get(e.getKey()).forEach((t, v) -> assertArrayEquals(v, read.get(t), t));
        }

        // and rebuilt once opened: int8 payloads, the same units, similarities within the tolerance
        try (HybridIndex index = HybridIndex.builder(old).articles(corpus()).splitter(new SentencePassageSplitter())
                .embedder(embedder).open()) {
            assertTrue(index.syncReport().rebuilt(), "a float32-layout stamp must rebuild");
        }
        assertEquals(schema, schemaOf(old));
        Map<String, Document> rebuilt = passageDocuments(old);
        assertEquals(floats.keySet(), rebuilt.keySet());
        Random r = new Random(7);
        for (Map.Entry<String, Document> e : rebuilt.entrySet()) {
            BytesRef raw = e.getValue().getBinaryValue(IndexFields.SENTENCE_VECTORS);
            assertEquals(SentenceVectors.FORMAT_INT8, ByteBuffer.wrap(raw.bytes, raw.offset, 4).getInt(), e.getKey());
            Passage p = PassageDocuments.toPassage(e.getValue());
            Map<String, float[]> read = PassageDocuments.sentenceVectors(e.getValue(), p, embedder.model()).byText();
            assertEquals(floats.get(e.getKey()).keySet(), read.keySet(), e.getKey());
            float[] q = randomUnit(r, HashingEmbeddingModel.DIM);
            for (Map.Entry<String, float[]> u : floats.get(e.getKey()).entrySet()) {
                assertEquals(cosine(q, u.getValue()), cosine(q, read.get(u.getKey())), TOLERANCE, u.getKey());
            }
        }
    }
}
