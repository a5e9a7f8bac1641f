package dev.positionsbot.index;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.DimensionAwareEmbeddingModel;
import dev.langchain4j.model.output.Response;

import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bundled BERT sentence encoders (MiniLM, bge-small) run on ONNX Runtime with padded batches. Produces the same
 * vectors as LangChain4j's in-process models (same ONNX file and tokenizer from their jars, same pooling, unit
 * length; texts over 510 tokens are averaged over 510-token pieces weighted by length, as there), but LangChain4j's
 * runs one text per ONNX call and tokenizes it three times; for indexing, one call per batch of similar-length
 * texts and one batch per core is what makes the CPU do matrix products instead of overhead. Thread-safe.
 */
final class BatchedBertEncoder extends DimensionAwareEmbeddingModel {

    enum Pooling { MEAN, CLS }

    private static final int MAX_TOKENS = 510; // 512 positions minus [CLS] and [SEP]

    /** One ONNX session and tokenizer per model file, shared by every encoder of it (as LangChain4j shares its own). */
    private static final Map<String, Engine> ENGINES = new ConcurrentHashMap<>();
    /** One worker thread per core, shared by every encoder: more would only contend for the same cores. */
    private static volatile ExecutorService sharedPool;

    private final Engine engine;
    private final Pooling pooling;
    private final int workers;
    private final int batchSize;

    BatchedBertEncoder(String modelResource, String tokenizerResource, Pooling pooling, int workers, int batchSize) {
        this.pooling = pooling;
        this.batchSize = Math.max(1, batchSize);
        this.workers = Math.max(1, workers);
        this.engine = ENGINES.computeIfAbsent(modelResource + "|" + tokenizerResource + "|" + this.workers,
                k -> new Engine(modelResource, tokenizerResource, this.workers));
    }

    /** A loaded model: session, tokenizer and the ids of its two special tokens. */
    private static final class Engine {
        final OrtEnvironment environment;
        final OrtSession session;
        final boolean typeIds;
        final HuggingFaceTokenizer tokenizer;
        final long clsId;
        final long sepId;

        Engine(String modelResource, String tokenizerResource, int workers) {
            ClassLoader loader = BatchedBertEncoder.class.getClassLoader();
            try (InputStream model = loader.getResourceAsStream(modelResource);
                 InputStream tok = loader.getResourceAsStream(tokenizerResource)) {
                if (model == null || tok == null) {
                    throw new IndexException("embedding model resources " + modelResource + " / "
                            + tokenizerResource + " are not on the class path");
                }
                // the model as a file and the natives in place, copied out of the jar once (OnnxFiles)
                Optional<Path> copied = OnnxFiles.prepare(modelResource);
                this.environment = OrtEnvironment.getEnvironment();
                OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                // one ONNX thread per worker: the workers already keep every core busy with a text each
                options.setIntraOpNumThreads(Math.max(1, Runtime.getRuntime().availableProcessors() / workers));
                this.session = copied.isPresent() ? sessionFromFile(environment,
                        copied.get().resolve(OnnxFiles.fileName(modelResource)), options, model)
                        : environment.createSession(model.readAllBytes(), options);
                this.typeIds = session.getInputNames().contains("token_type_ids");
                this.tokenizer = HuggingFaceTokenizer.newInstance(tok, Map.of("padding", "false"));
            } catch (IOException | OrtException e) {
                throw new IndexException("cannot load embedding model " + modelResource + ": " + e.getMessage(), e);
            }
            long[] ids = tokenizer.encode("").getIds();
            this.clsId = ids[0];
            this.sepId = ids[ids.length - 1];
        }
    }

    /** The session from the copied file; from the jar's bytes if the copy is damaged (a size check passes it). */
    private static OrtSession sessionFromFile(OrtEnvironment environment, Path file, OrtSession.SessionOptions options,
                                              InputStream fromJar) throws OrtException, IOException {
        try {
            return environment.createSession(file.toString(), options);
        } catch (OrtException e) {
            org.slf4j.LoggerFactory.getLogger(BatchedBertEncoder.class).warn("cannot open the model copy {} ({}); "
                    + "reading it from the jar (delete the copy to have it made again)", file, e.getMessage());
            return environment.createSession(fromJar.readAllBytes(), options);
        }
    }

    private static ExecutorService pool(int workers) {
        ExecutorService p = sharedPool;
        if (p == null) {
            synchronized (BatchedBertEncoder.class) {
                if (sharedPool == null) {
                    sharedPool = Executors.newFixedThreadPool(Math.max(workers,
                            Runtime.getRuntime().availableProcessors()), r -> {
                        Thread t = new Thread(r, "embedding-worker");
                        t.setDaemon(true);
                        return t;
                    });
                }
                p = sharedPool;
            }
        }
        return p;
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        List<Piece> pieces = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            long[] ids = engine.tokenizer.encode(segments.get(i).text()).getIds();
            // without [CLS] and [SEP]; pieces of at most MAX_TOKENS that do not split a word
            long[] body = Arrays.copyOfRange(ids, 1, Math.max(1, ids.length - 1));
            String[] tokens = null;
            for (int from = 0; from < body.length || from == 0; ) {
                int to = Math.min(body.length, from + MAX_TOKENS);
                if (to < body.length) {
                    if (tokens == null) {
                        tokens = engine.tokenizer.encode(segments.get(i).text()).getTokens();
                    }
                    while (to > from + 1 && tokens[to + 1].startsWith("##")) {
                        to--;
                    }
                }
                pieces.add(new Piece(i, Arrays.copyOfRange(body, from, to)));
                from = to;
                if (to == body.length) {
                    break;
                }
            }
        }
        // similar lengths together, so that padding costs little
        List<Piece> sorted = new ArrayList<>(pieces);
        sorted.sort(Comparator.comparingInt(p -> p.ids.length));
        List<List<Piece>> batches = new ArrayList<>();
        for (int from = 0; from < sorted.size(); from += batchSize) {
            batches.add(sorted.subList(from, Math.min(sorted.size(), from + batchSize)));
        }
        if (workers == 1 || batches.size() == 1) {
            for (List<Piece> b : batches) {
                run(b);
            }
        } else {
            List<Future<?>> done = new ArrayList<>();
            for (List<Piece> b : batches) {
                done.add(pool(workers).submit(() -> run(b)));
            }
            for (Future<?> f : done) {
                try {
                    f.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IndexException("interrupted while embedding", e);
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException r ? r
                            : new IndexException("embedding failed: " + e.getCause(), e.getCause());
                }
            }
        }
        List<Embedding> out = new ArrayList<>(segments.size());
        float[][] sums = new float[segments.size()][];
        int[] weights = new int[segments.size()];
        for (Piece p : pieces) {
            int w = Math.max(1, p.ids.length);
            if (sums[p.text] == null) {
                sums[p.text] = new float[p.vector.length];
            }
            for (int j = 0; j < p.vector.length; j++) {
                sums[p.text][j] += p.vector[j] * w;
            }
            weights[p.text] += w;
        }
        for (int i = 0; i < segments.size(); i++) {
            out.add(Embedding.from(normalize(sums[i])));
        }
        return Response.from(out);
    }

    private void run(List<Piece> batch) {
        int length = 0;
        for (Piece p : batch) {
            length = Math.max(length, p.ids.length + 2);
        }
        int n = batch.size();
        long[] ids = new long[n * length];
        long[] mask = new long[n * length];
        for (int b = 0; b < n; b++) {
            long[] body = batch.get(b).ids;
            int o = b * length;
            ids[o] = engine.clsId;
            System.arraycopy(body, 0, ids, o + 1, body.length);
            ids[o + 1 + body.length] = engine.sepId;
            Arrays.fill(mask, o, o + body.length + 2, 1L);
        }
        long[] shape = {n, length};
        try (OnnxTensor idT = OnnxTensor.createTensor(engine.environment, LongBuffer.wrap(ids), shape);
             OnnxTensor maskT = OnnxTensor.createTensor(engine.environment, LongBuffer.wrap(mask), shape);
             OnnxTensor typeT = OnnxTensor.createTensor(engine.environment, LongBuffer.wrap(new long[n * length]), shape)) {
            Map<String, OnnxTensor> inputs = new HashMap<>();
            inputs.put("input_ids", idT);
            inputs.put("attention_mask", maskT);
            if (engine.typeIds) {
                inputs.put("token_type_ids", typeT);
            }
            try (OrtSession.Result result = engine.session.run(inputs)) {
                OnnxTensor hidden = (OnnxTensor) result.get(0);
                long[] s = hidden.getInfo().getShape();
                int dim = (int) s[2];
                FloatBuffer h = hidden.getFloatBuffer();
                for (int b = 0; b < n; b++) {
                    int tokens = batch.get(b).ids.length + 2;
                    float[] v = new float[dim];
                    int base = b * length * dim;
                    if (pooling == Pooling.CLS) {
                        h.position(base);
                        h.get(v);
                    } else {
                        for (int t = 0; t < tokens; t++) {
                            int o = base + t * dim;
                            for (int j = 0; j < dim; j++) {
                                v[j] += h.get(o + j);
                            }
                        }
                        for (int j = 0; j < dim; j++) {
                            v[j] /= tokens;
                        }
                    }
                    batch.get(b).vector = v;
                }
            }
        } catch (OrtException e) {
            throw new IndexException("embedding model failed on a batch of " + n + " texts: " + e.getMessage(), e);
        }
    }

    private static float[] normalize(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += x * x;
        }
        float norm = (float) Math.sqrt(sum);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = norm == 0 ? 0 : v[i] / norm;
        }
        return out;
    }

    @Override
    protected Integer knownDimension() {
        return 384;
    }

    private static final class Piece {
        final int text;
        final long[] ids;
        float[] vector;

        Piece(int text, long[] ids) {
            this.text = text;
            this.ids = ids;
        }
    }
}
