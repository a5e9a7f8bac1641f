package dev.positionsbot.index;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The bundled MiniLM's contextual token vectors (its last hidden state, before pooling), one unit-length vector per
 * word piece without [CLS] and [SEP], with the word pieces' ids. A measuring tool for experiments on token
 * alignment (the product pools them into one vector per text); texts are cut at 128 word pieces, which every
 * candidate unit of the answer model fits in.
 */
public final class TokenVectors implements AutoCloseable {

    private static final int MAX_PIECES = 128;

    /** One text's word pieces and their vectors, row per piece. */
    public record Tokens(long[] ids, float[][] vectors) {
    }

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean typeIds;

    public TokenVectors() {
        ClassLoader loader = TokenVectors.class.getClassLoader();
        try (InputStream model = loader.getResourceAsStream("all-minilm-l6-v2-q.onnx");
             InputStream tok = loader.getResourceAsStream("all-minilm-l6-v2-q-tokenizer.json")) {
            if (model == null || tok == null) {
                throw new IndexException("MiniLM's ONNX file or tokenizer is not on the class path");
            }
            environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(Runtime.getRuntime().availableProcessors());
            session = environment.createSession(model.readAllBytes(), options);
            typeIds = session.getInputNames().contains("token_type_ids");
            tokenizer = HuggingFaceTokenizer.newInstance(tok, Map.of("padding", "false"));
        } catch (IOException | OrtException e) {
            throw new IndexException("cannot load MiniLM for token vectors: " + e.getMessage(), e);
        }
    }

    /** The word-piece ids of a text without [CLS] and [SEP], cut at the same length as {@link #of}. */
    public long[] pieces(String text) {
        long[] ids = tokenizer.encode(text).getIds();
        return Arrays.copyOfRange(ids, 1, Math.max(1, Math.min(ids.length - 1, MAX_PIECES + 1)));
    }

    /** The contextual vectors of one text's word pieces. */
    public Tokens of(String text) {
        long[] all = tokenizer.encode(text).getIds();
        int n = Math.min(all.length, MAX_PIECES + 2);
        long[] ids = Arrays.copyOf(all, n);
        ids[n - 1] = all[all.length - 1]; // keep [SEP] last when cut
        long[] shape = {1, n};
        long[] mask = new long[n];
        Arrays.fill(mask, 1L);
        try (OnnxTensor idT = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
             OnnxTensor maskT = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
             OnnxTensor typeT = OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[n]), shape)) {
            Map<String, OnnxTensor> inputs = new HashMap<>();
            inputs.put("input_ids", idT);
            inputs.put("attention_mask", maskT);
            if (typeIds) {
                inputs.put("token_type_ids", typeT);
            }
            try (OrtSession.Result result = session.run(inputs)) {
                OnnxTensor hidden = (OnnxTensor) result.get(0);
                int dim = (int) hidden.getInfo().getShape()[2];
                FloatBuffer h = hidden.getFloatBuffer();
                int pieces = Math.max(0, n - 2);
                float[][] vectors = new float[pieces][dim];
                for (int t = 0; t < pieces; t++) {
                    h.position((t + 1) * dim);
                    h.get(vectors[t]);
                    double norm = 0;
                    for (float x : vectors[t]) {
                        norm += x * x;
                    }
                    float inv = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
                    for (int j = 0; j < dim; j++) {
                        vectors[t][j] *= inv;
                    }
                }
                return new Tokens(Arrays.copyOfRange(ids, 1, 1 + pieces), vectors);
            }
        } catch (OrtException e) {
            throw new IndexException("MiniLM failed on a text of " + n + " word pieces: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IndexException("cannot close MiniLM's session: " + e.getMessage(), e);
        }
        tokenizer.close();
    }
}
