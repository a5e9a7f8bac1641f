package dev.positionsbot.answer;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cosine similarity between a question and candidate sentences with the bundled embedding model. Sentence vectors
 * are cached (bounded), since the same passages come back for related questions.
 */
public final class SemanticSimilarity {

    private final EmbeddingModel model;
    private final Map<String, float[]> cache;

    public SemanticSimilarity(EmbeddingModel model, int cacheSize) {
        this.model = model;
        this.cache = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > cacheSize;
            }
        };
    }

    /** Similarities of each text to the query, in order. */
    public double[] similarities(String query, List<String> texts) {
        List<String> all = new ArrayList<>(texts.size() + 1);
        all.add(query);
        all.addAll(texts);
        List<float[]> vectors = vectors(all);
        float[] q = vectors.get(0);
        double[] out = new double[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            out[i] = cosine(q, vectors.get(i + 1));
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
            List<Embedding> embedded = model.embedAll(missing.stream().map(TextSegment::from).toList()).content();
            synchronized (cache) {
                for (int i = 0; i < missing.size(); i++) {
                    cache.put(missing.get(i), embedded.get(i).vector());
                }
                for (int i = 0; i < texts.size(); i++) {
                    if (out.get(i) == null) {
                        out.set(i, cache.get(texts.get(i)));
                    }
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
