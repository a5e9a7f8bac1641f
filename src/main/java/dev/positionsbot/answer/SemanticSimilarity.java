package dev.positionsbot.answer;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.positionsbot.index.PassageEmbedder;
import dev.positionsbot.index.SearchHit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Cosine similarity between a question and candidate sentences with the bundled embedding model. A sentence's vector
 * is taken from its hit when the index stored one made by this model ({@link SentenceVectors}), else embedded now and
 * cached (bounded), since the same passages come back for related questions. The question's vector comes from the
 * retriever's query embedder when it embeds with the same model and no prefix (the retriever has usually just
 * embedded the same text for its vector search), else it is embedded here.
 */
public final class SemanticSimilarity {

    private final EmbeddingModel model;
    private final Function<String, float[]> queryVectors;
    private final Map<String, float[]> cache;

    public SemanticSimilarity(EmbeddingModel model, int cacheSize) {
        this(model, cacheSize, null);
    }

    /**
     * @param queryVectors the query's vector by this very model (e.g. the retriever's cached query embedding), or
     *                     null to embed queries here
     */
    public SemanticSimilarity(EmbeddingModel model, int cacheSize, Function<String, float[]> queryVectors) {
        this.model = model;
        this.queryVectors = queryVectors;
        this.cache = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > cacheSize;
            }
        };
    }

    /** Similarities of each text to the query, in order, every text embedded (or taken from the cache). */
    public double[] similarities(String query, List<String> texts) {
        return similarities(query, texts, java.util.Collections.nCopies(texts.size(), null));
    }

    /**
     * As {@link #similarities(String, List)}, with each text's stored vector taken from the hit it comes from
     * ({@code from.get(i)}, or null for none) when there is one; only the rest are embedded.
     */
    public double[] similarities(String query, List<String> texts, List<SearchHit> from) {
        float[] shared = queryVectors == null ? null : queryVectors.apply(query);
        List<String> all = new ArrayList<>(texts.size() + 1);
        if (shared == null) {
            all.add(query);
        }
        float[][] stored = new float[texts.size()][];
        for (int i = 0; i < texts.size(); i++) {
            SearchHit hit = from.get(i);
            stored[i] = hit == null ? null : hit.sentenceVectors().vector(texts.get(i), model).orElse(null);
            if (stored[i] == null) {
                all.add(texts.get(i));
            }
        }
        List<float[]> vectors = vectors(all);
        float[] q = shared != null ? shared : vectors.get(0);
        double[] out = new double[texts.size()];
        int next = shared != null ? 0 : 1;
        for (int i = 0; i < texts.size(); i++) {
            out[i] = cosine(q, stored[i] != null ? stored[i] : vectors.get(next++));
        }
        return out;
    }

    private List<float[]> vectors(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        List<String> missing = new ArrayList<>();
        synchronized (cache) {
            for (String t : texts) {
                float[] v = cache.get(t);
                out.add(v);
                if (v == null && !missing.contains(t)) {
                    missing.add(t);
                }
            }
        }
        if (!missing.isEmpty()) {
            List<Embedding> embedded = model.embedAll(missing.stream()
                    .map(t -> TextSegment.from(PassageEmbedder.inModelWords(t))).toList()).content();
            Map<String, float[]> fresh = new java.util.HashMap<>();
            for (int i = 0; i < missing.size(); i++) {
                fresh.put(missing.get(i), embedded.get(i).vector());
            }
            synchronized (cache) {
                cache.putAll(fresh);
            }
            for (int i = 0; i < texts.size(); i++) {
                if (out.get(i) == null) {
                    out.set(i, fresh.get(texts.get(i)));
                }
            }
        }
        return out;
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
