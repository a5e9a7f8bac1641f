package dev.positionsbot.index;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.positionsbot.corpus.RussianGlossary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns passages and queries into unit-length vectors with one embedding model. Query vectors are kept in
 * a small LRU cache: embedding the query is most of the cost of a hybrid search, and chat follow-ups and
 * benchmarks repeat queries.
 */
public final class PassageEmbedder {

    private static final int BATCH = 32;
    private static final int CACHE_SIZE = 256;

    private final EmbeddingModel model;
    private final String modelName;
    private final String queryPrefix;
    private final Map<String, float[]> queryCache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    /** Query vectors being embedded ahead on another thread ({@link #ahead}); guarded by {@code queryCache}. */
    private final Map<String, java.util.concurrent.FutureTask<float[]>> inFlight = new java.util.HashMap<>();

    public PassageEmbedder(EmbeddingModel model, String modelName, String queryPrefix) {
        this.model = model;
        this.modelName = modelName;
        this.queryPrefix = queryPrefix == null ? "" : queryPrefix;
    }

    /** Identifies the model in the index, so that switching models re-embeds everything. */
    public String modelName() {
        return modelName;
    }

    public EmbeddingModel model() {
        return model;
    }

    /**
     * Returns once a model still loading in the background (see {@link EmbeddingChoice#load()}) has finished loading
     * or failed; never throws. Call it before the process may exit, e.g. on the way out of start-up.
     */
    public void awaitModel() {
        if (model instanceof BackgroundLoadedModel background) {
            background.awaitLoad();
        }
    }

    /**
     * Runs {@code task} after a model loading in the background has loaded, on its loading thread (so on the core
     * that loaded it, which is idle from then on at start-up); at once on this thread for a model loaded otherwise.
     * The task must not throw and must be safe to run while the caller goes on (e.g. filling lazily built tables).
     */
    public void afterLoad(Runnable task) {
        if (model instanceof BackgroundLoadedModel background) {
            background.afterLoad(task);
        } else {
            task.run();
        }
    }

    /** Embeds passage texts in batches, reporting progress as passages done of {@code total}. */
    public List<float[]> embedPassages(List<String> texts, int doneBefore, int total, ProgressListener progress) {
        List<float[]> out = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += BATCH) {
            List<TextSegment> batch = new ArrayList<>();
            for (String t : texts.subList(from, Math.min(texts.size(), from + BATCH))) {
                batch.add(TextSegment.from(t.isBlank() ? "." : inModelWords(t)));
            }
            List<Embedding> embeddings = model.embedAll(batch).content();
            if (embeddings.size() != batch.size()) {
                throw new IndexException("embedding model " + modelName + " returned " + embeddings.size()
                        + " vectors for " + batch.size() + " passages");
            }
            for (Embedding e : embeddings) {
                out.add(unit(e.vector()));
            }
            progress.onProgress("embedding passages", doneBefore + out.size(), total);
        }
        return out;
    }

    /**
     * The model's own vectors of candidate-unit texts, as the answer composer's similarity takes them: no prefix, no
     * renormalising, so that a stored vector is bit for bit the one the composer would compute.
     */
    public List<float[]> embedSentences(List<String> texts, ProgressListener progress) {
        List<float[]> out = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += BATCH) {
            List<TextSegment> batch = texts.subList(from, Math.min(texts.size(), from + BATCH)).stream()
                    .map(t -> TextSegment.from(inModelWords(t))).toList();
            List<Embedding> embeddings = model.embedAll(batch).content();
            if (embeddings.size() != batch.size()) {
                throw new IndexException("embedding model " + modelName + " returned " + embeddings.size()
                        + " vectors for " + batch.size() + " sentences");
            }
            for (Embedding e : embeddings) {
                out.add(e.vector());
            }
            progress.onProgress("embedding sentences", out.size(), texts.size());
        }
        return out;
    }

    /**
     * The query vector (with the model's query instruction prefix), from the cache when seen recently; when another
     * thread was asked to embed it ahead ({@link #ahead}), that thread's result, or the task run here if it has not
     * started.
     */
    public float[] embedQuery(String query) {
        java.util.concurrent.FutureTask<float[]> pending;
        synchronized (queryCache) {
            float[] cached = queryCache.get(query);
            if (cached != null) {
                return cached;
            }
            pending = inFlight.get(query);
        }
        if (pending != null) {
            pending.run(); // no-op when the other thread has started or finished it
            try {
                return pending.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.CancellationException e) {
                // embedded below, where a failure reaches the caller as itself
            }
        }
        return embedAndKeep(query);
    }

    private float[] embedAndKeep(String query) {
        float[] v = unit(model.embed(queryPrefix + inModelWords(query)).content().vector());
        synchronized (queryCache) {
            queryCache.put(query, v);
        }
        return v;
    }

    /**
     * A task that puts the query's vector in the cache, for another thread to run before the vector is needed (a
     * search's helper core while the caller reranks), or empty when it is cached or already on its way. Until
     * the task ends, {@link #embedQuery} takes its result instead of embedding the query a second time; whoever asks
     * for the vector before any thread has started the task runs it. The vector is what {@link #embedQuery} gives.
     */
    java.util.Optional<Runnable> ahead(String query) {
        synchronized (queryCache) {
            if (queryCache.containsKey(query) || inFlight.containsKey(query)) {
                return java.util.Optional.empty();
            }
            java.util.concurrent.FutureTask<float[]> task = new java.util.concurrent.FutureTask<>(() -> {
                try {
                    return embedAndKeep(query);
                } finally {
                    synchronized (queryCache) {
                        inFlight.remove(query);
                    }
                }
            });
            inFlight.put(query, task);
            return java.util.Optional.of(task);
        }
    }

    /**
     * Whether {@link #embedQuery} gives what {@code other} gives for the text itself, up to normalising: the same
     * model instance and no query prefix. Then a caller measuring cosine similarity with {@code other} can share
     * this embedder's query vectors (and its cache) instead of embedding the query a second time.
     */
    public boolean embedsQueriesAs(EmbeddingModel other) {
        return other == model && queryPrefix.isEmpty();
    }

    /** Forgets cached query vectors (benchmarks measure uncached latency). */
    public void clearQueryCache() {
        synchronized (queryCache) {
            queryCache.clear();
        }
    }

    /**
     * What the model is given for a text: Russian text in English words ({@link RussianGlossary#inEnglishWords}),
     * since the bundled models read English only and would otherwise place every Russian passage in one corner of
     * the space, far from any English question.
     */
    public static String inModelWords(String text) {
        return RussianGlossary.bundled().inEnglishWords(text);
    }

    /** Dot product of unit vectors equals cosine; Lucene's DOT_PRODUCT similarity insists on unit length. */
    static float[] unit(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += x * x;
        }
        float[] out = v.clone();
        if (sum == 0) {
            out[0] = 1f;
            return out;
        }
        float norm = (float) Math.sqrt(sum);
        for (int i = 0; i < out.length; i++) {
            out[i] /= norm;
        }
        return out;
    }
}
