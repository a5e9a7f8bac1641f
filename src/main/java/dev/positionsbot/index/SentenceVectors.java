package dev.positionsbot.index;

import dev.langchain4j.model.embedding.EmbeddingModel;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The embedding vectors of a passage's candidate answer units ({@link dev.positionsbot.corpus.SentenceUnits}),
 * computed when the passage was indexed, so that the answer composer need not embed them per question. Each vector is
 * the model's output for exactly that text, stored int8 scalar-quantized (see {@link #encode}): a similarity computed
 * from it is within about 0.0015 of the one computed from a fresh embedding ({@code SentenceVectorsTest},
 * {@code StoredSentenceVectorsTest} measure it).
 * <p>
 * Read from the index, the vectors stay in their stored bytes until {@link #byText()} is first asked for: a search
 * returns 30 passages for the reranker, which needs only each passage's best unit similarity ({@link #best}, read
 * straight from the bytes), and the answer reads the units of the 10 it keeps.
 */
public final class SentenceVectors {

    /** No stored vectors: an index built without them, or a hit made elsewhere. */
    public static final SentenceVectors NONE = new SentenceVectors(null, Map.of());

    private final EmbeddingModel model;
    /** The stored layout and the passage text its offsets point into; null when made from a map. */
    private final String passageText;
    private final byte[] bytes;
    private final int offset;
    private final int length;
    private volatile Map<String, float[]> byText;

    /**
     * @param model  the model instance that made them (the index's), or null when the passage has none stored; a
     *               caller measuring similarity with another model must not use them
     * @param byText unit text to its vector
     */
    public SentenceVectors(EmbeddingModel model, Map<String, float[]> byText) {
        this.model = model;
        this.byText = byText;
        this.passageText = null;
        this.bytes = null;
        this.offset = 0;
        this.length = 0;
    }

    private SentenceVectors(EmbeddingModel model, String passageText, byte[] bytes, int offset, int length) {
        this.model = model;
        this.passageText = passageText;
        this.bytes = bytes;
        this.offset = offset;
        this.length = length;
    }

    /** The vectors stored for a passage, in either layout {@link #decode} reads; decoded when first needed. */
    static SentenceVectors stored(EmbeddingModel model, String passageText, byte[] bytes, int offset, int length) {
        layout(bytes, offset, length); // an unknown layout fails here, at search time, as when it was decoded then
        return new SentenceVectors(model, passageText, bytes, offset, length);
    }

    /** The model instance that made them, or null when there are none. */
    public EmbeddingModel model() {
        return model;
    }

    /** Unit text to its vector (dequantized), in stored order. */
    public Map<String, float[]> byText() {
        Map<String, float[]> m = byText;
        if (m == null) {
            m = decode(passageText, bytes, offset, length);
            byText = m;
        }
        return m;
    }

    /** The stored vector of a unit text, if there is one made by this very model. */
    public Optional<float[]> vector(String text, EmbeddingModel by) {
        return model != null && model == by ? Optional.ofNullable(byText().get(text)) : Optional.empty();
    }

    /**
     * The highest {@code similarity} of any unit's vector, the very values {@link #byText()} holds, without keeping
     * them; negative infinity when there are no units. The function must not keep the array it is given.
     */
    public double best(ToDoubleFunction<float[]> similarity) {
        Map<String, float[]> decoded = byText;
        double best = Double.NEGATIVE_INFINITY;
        if (decoded != null) {
            for (float[] v : decoded.values()) {
                best = Math.max(best, similarity.applyAsDouble(v));
            }
            return best;
        }
        // the same walk as decode: the units of a stored layout have distinct texts (encode takes them from a map's
        // keys), so every unit with valid offsets is one entry of the map decode would make
        ByteBuffer b = layout(bytes, offset, length);
        boolean int8 = b.getInt() == FORMAT_INT8;
        int n = int8 ? b.getInt() : b.getInt(offset);
        float[] v = null;
        for (int i = 0; i < n; i++) {
            int start = b.getInt();
            int end = b.getInt();
            int dim = b.getInt();
            if (v == null || v.length != dim) {
                v = new float[dim];
            }
            readVector(b, int8, v);
            if (validUnit(passageText, start, end)) {
                best = Math.max(best, similarity.applyAsDouble(v));
            }
        }
        return best;
    }

    /**
     * First int of the int8 layout. Negative so that it can never be read as the unit count that opened the first
     * layout (float32, untagged), which {@link #decode} still reads.
     */
    static final int FORMAT_INT8 = 0x8000_0008;

    /**
     * Int8 layout: {@link #FORMAT_INT8}, the unit count, then per unit its start and end offset in the passage text,
     * the dimension, the scale (float) and one signed byte per dimension; big-endian. Offsets rather than texts: the
     * passage text is stored beside it, and a vector read back is always paired with the text it was made from, even
     * if unit forming changes later.
     * <p>
     * Quantization: each vector gets its own scale, its largest absolute component over 127, and each component is
     * rounded to the nearest multiple of it (error at most half a step). A fixed scale of 1/127 would do for unit
     * vectors, but it wastes most of the steps: MiniLM's unit vectors have no component above about 0.22 (the
     * largest is 0.17 on average over knowledge/'s 139 units), and measured on those units against four questions a
     * fixed scale changed similarities by up to 0.0068, a per-vector scale by up to 0.0013, for four bytes of a unit's
     * 400 (invented questions). Lucene's {@code ScalarQuantizer} is not used: it fits one quantile range per field
     * and segment for the HNSW format and needs score corrections; a stored field wants each vector readable alone.
     */
    static byte[] encode(String passageText, Map<String, float[]> vectors) {
        int size = 8;
        for (float[] v : vectors.values()) {
            size += 16 + v.length;
        }
        ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.BIG_ENDIAN);
        b.putInt(FORMAT_INT8).putInt(vectors.size());
        for (Map.Entry<String, float[]> e : vectors.entrySet()) {
            int start = passageText.indexOf(e.getKey());
            if (start < 0) {
                throw new IndexException("sentence unit is not in its passage: '" + e.getKey() + "'");
            }
            float[] v = e.getValue();
            float max = 0;
            for (float x : v) {
                max = Math.max(max, Math.abs(x));
            }
            float scale = max / 127f;
            b.putInt(start).putInt(start + e.getKey().length()).putInt(v.length).putFloat(scale);
            for (float x : v) {
                b.put(scale == 0 ? 0 : (byte) Math.round(x / scale));
            }
        }
        return b.array();
    }

    /**
     * Reads either layout: the int8 one {@link #encode} writes, or the float32 one of the first indexes with stored
     * vectors (unit count, then per unit start, end, dimension and the floats; no tag). An index of that first layout
     * carries an older schema stamp and is rebuilt when opened, so this is a safeguard, not the normal path.
     */
    static Map<String, float[]> decode(String passageText, byte[] bytes, int offset, int length) {
        ByteBuffer b = layout(bytes, offset, length);
        boolean int8 = b.getInt() == FORMAT_INT8;
        int n = int8 ? b.getInt() : b.getInt(offset);
        Map<String, float[]> out = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            int start = b.getInt();
            int end = b.getInt();
            float[] v = new float[b.getInt()];
            readVector(b, int8, v);
            if (validUnit(passageText, start, end)) {
                out.put(passageText.substring(start, end), v);
            }
        }
        return out;
    }

    /** The stored bytes, positioned after the first int; an unknown format tag is an error naming the field. */
    private static ByteBuffer layout(byte[] bytes, int offset, int length) {
        ByteBuffer b = ByteBuffer.wrap(bytes, offset, length).order(ByteOrder.BIG_ENDIAN);
        int first = b.getInt(offset);
        if (first < 0 && first != FORMAT_INT8) {
            throw new IndexException("field " + IndexFields.SENTENCE_VECTORS + " has an unknown format tag "
                    + Integer.toHexString(first) + "; run `index --rebuild` to build the index again");
        }
        return b;
    }

    /** Reads one unit's components (after its offsets and dimension) into {@code v}. */
    private static void readVector(ByteBuffer b, boolean int8, float[] v) {
        if (int8) {
            float scale = b.getFloat();
            for (int j = 0; j < v.length; j++) {
                v[j] = b.get() * scale;
            }
        } else {
            for (int j = 0; j < v.length; j++) {
                v[j] = b.getFloat();
            }
        }
    }

    private static boolean validUnit(String passageText, int start, int end) {
        return start >= 0 && start <= end && end <= passageText.length();
    }

    /** Same model and the same vectors (by value: the arrays are compared element by element). */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SentenceVectors other) || model != other.model
                || byText().size() != other.byText().size()) {
            return false;
        }
        for (Map.Entry<String, float[]> e : byText().entrySet()) {
            if (!Arrays.equals(e.getValue(), other.byText().get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return byText().keySet().hashCode();
    }

    @Override
    public String toString() {
        return "SentenceVectors[" + byText().size() + " units]";
    }
}
