package dev.positionsbot.index;

import dev.langchain4j.model.embedding.EmbeddingModel;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The embedding vectors of a passage's candidate answer units ({@link dev.positionsbot.corpus.SentenceUnits}),
 * computed when the passage was indexed, so that the answer composer need not embed them per question. Each vector
 * is the model's output for exactly that text, stored as float32 bits, so a similarity computed from it is the one
 * computed from a fresh embedding.
 *
 * @param model  the model instance that made them (the index's), or null when the passage has none stored; a caller
 *               measuring similarity with another model must not use them
 * @param byText unit text to its vector
 */
public record SentenceVectors(EmbeddingModel model, Map<String, float[]> byText) {

    /** No stored vectors: an index built without them, or a hit made elsewhere. */
    public static final SentenceVectors NONE = new SentenceVectors(null, Map.of());

    /** The stored vector of a unit text, if there is one made by this very model. */
    public Optional<float[]> vector(String text, EmbeddingModel by) {
        return model != null && model == by ? Optional.ofNullable(byText.get(text)) : Optional.empty();
    }

    /**
     * Layout: unit count, then per unit its start and end offset in the passage text, the dimension and the floats,
     * big-endian. Offsets rather than texts: the passage text is stored beside it, and a vector read back is always
     * paired with the text it was made from, even if unit forming changes later.
     */
    static byte[] encode(String passageText, Map<String, float[]> vectors) {
        int size = 4;
        for (float[] v : vectors.values()) {
            size += 12 + 4 * v.length;
        }
        ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.BIG_ENDIAN);
        b.putInt(vectors.size());
        for (Map.Entry<String, float[]> e : vectors.entrySet()) {
            int start = passageText.indexOf(e.getKey());
            if (start < 0) {
                throw new IndexException("sentence unit is not in its passage: '" + e.getKey() + "'");
            }
            b.putInt(start).putInt(start + e.getKey().length()).putInt(e.getValue().length);
            for (float x : e.getValue()) {
                b.putFloat(x);
            }
        }
        return b.array();
    }

    static Map<String, float[]> decode(String passageText, byte[] bytes, int offset, int length) {
        ByteBuffer b = ByteBuffer.wrap(bytes, offset, length).order(ByteOrder.BIG_ENDIAN);
        int n = b.getInt();
        Map<String, float[]> out = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            int start = b.getInt();
            int end = b.getInt();
            float[] v = new float[b.getInt()];
            for (int j = 0; j < v.length; j++) {
                v[j] = b.getFloat();
            }
            if (start >= 0 && start <= end && end <= passageText.length()) {
                out.put(passageText.substring(start, end), v);
            }
        }
        return out;
    }

    /** Same model and the same vectors (by value: the arrays are compared element by element). */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SentenceVectors other) || model != other.model || byText.size() != other.byText.size()) {
            return false;
        }
        for (Map.Entry<String, float[]> e : byText.entrySet()) {
            if (!Arrays.equals(e.getValue(), other.byText.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return byText.keySet().hashCode();
    }

    @Override
    public String toString() {
        return "SentenceVectors[" + byText.size() + " units]";
    }
}
