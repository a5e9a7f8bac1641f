package dev.positionsbot.index;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;

import java.util.Locale;

/** The in-process embedding models bundled with the bot, selectable by name ("minilm", "bge"). */
public enum EmbeddingChoice {

    /** all-MiniLM-L6-v2, quantized: 384 dimensions, symmetric (no query prefix). */
    MINILM("all-minilm-l6-v2-q", ""),

    /** bge-small-en-v1.5, quantized: 384 dimensions; queries carry the instruction prefix the model was trained with. */
    BGE("bge-small-en-v1.5-q", "Represent this sentence for searching relevant passages: ");

    private final String modelName;
    private final String queryPrefix;

    EmbeddingChoice(String modelName, String queryPrefix) {
        this.modelName = modelName;
        this.queryPrefix = queryPrefix;
    }

    public String modelName() {
        return modelName;
    }

    public String queryPrefix() {
        return queryPrefix;
    }

    /**
     * The model wrapped for indexing and querying. Loading it (about half a second) starts now on a background
     * thread and is waited for at first use, so that callers can read the knowledge files meanwhile; a model missing
     * from this build still fails here.
     */
    public PassageEmbedder load() {
        keepDjlOffline();
        requireBundled();
        return wrap(new BackgroundLoadedModel(modelName, this::newModel));
    }

    /** Wraps a given model (e.g. a counting decorator in tests) with this choice's name and query prefix. */
    public PassageEmbedder wrap(EmbeddingModel model) {
        return new PassageEmbedder(model, modelName, queryPrefix);
    }

    /**
     * The model on ONNX Runtime with the texts of each embedAll call spread over the cores, one ONNX thread each
     * ({@link BatchedBertEncoder}): the same vectors as LangChain4j's class for this model, at about twice its
     * indexing throughput.
     */
    public EmbeddingModel newModel() {
        return newModel(BATCH, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Texts per ONNX call. One: padded batches (4-32 texts) were measured slower here, and with a dynamically
     * quantized model a text's vector would depend on the other texts of its batch.
     */
    private static final int BATCH = 1;

    EmbeddingModel newModel(int batch, int workers) {
        keepDjlOffline();
        requireBundled();
        int cores = workers;
        int BATCH = batch;
        return switch (this) {
            case MINILM -> new BatchedBertEncoder("all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json",
                    BatchedBertEncoder.Pooling.MEAN, cores, BATCH);
            case BGE -> new BatchedBertEncoder("bge-small-en-v1.5-q.onnx", "bge-small-en-v1.5-q-tokenizer.json",
                    BatchedBertEncoder.Pooling.CLS, cores, BATCH);
        };
    }

    /** LangChain4j's own in-process class for this model (one text per ONNX call): the reference, for comparisons. */
    public EmbeddingModel newLangChain4jModel() {
        keepDjlOffline();
        requireBundled();
        return switch (this) {
            case MINILM -> new AllMiniLmL6V2QuantizedEmbeddingModel();
            case BGE -> new BgeSmallEnV15QuantizedEmbeddingModel();
        };
    }

    /**
     * bge is optional: positions-bot.jar leaves it out (about 33 MB) unless built with {@code -P bge}. Choosing it in
     * a jar without it is a configuration error that says how to get it, not a class-loading crash.
     */
    private void requireBundled() {
        if (this == BGE && !onClassPath(BGE_MODEL_CLASS)) {
            throw new IndexException("embedding.model is bge, but this build of positions-bot does not include the "
                    + "bge-small-en-v1.5 model: build the jar with `mvn -B -P bge -DskipTests package`, or set "
                    + "embedding.model to minilm");
        }
    }

    private static final String BGE_MODEL_CLASS =
            "dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel";

    private static boolean onClassPath(String className) {
        try {
            Class.forName(className, false, EmbeddingChoice.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * The model the bot uses unless told otherwise (config key embedding.model). bge ranks passages better on its
     * own, but end to end - retrieval plus the composer's support checks - MiniLM answered as well or better on both
     * public question sets at half the latency, and gave no false answer (see README, "Choice of embedding model").
     */
    public static EmbeddingChoice defaultChoice() {
        return MINILM;
    }

    /**
     * The ONNX models run on DJL, which otherwise "calls home" on first use: it asks the EC2 metadata
     * endpoint (169.254.169.254) for usage tracking and may try to download native libraries. The bot must
     * not touch the network behind the user's back, and the natives it needs are in the jars.
     */
    static void keepDjlOffline() {
        if (System.getProperty("OPT_OUT_TRACKING") == null) {
            System.setProperty("OPT_OUT_TRACKING", "true");
        }
        if (System.getProperty("ai.djl.offline") == null) {
            System.setProperty("ai.djl.offline", "true");
        }
    }

    /** Parses "minilm" / "bge" (case-insensitive). */
    public static EmbeddingChoice parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IndexException("unknown embedding model '" + name + "' (use minilm or bge)");
        }
    }
}
