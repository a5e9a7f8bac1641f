package dev.positionsbot.index;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A cheap deterministic stand-in for a neural model (bag of hashed lower-case words), for tests about
 * index bookkeeping where semantic quality does not matter and loading ONNX would only cost time.
 */
final class HashingEmbeddingModel implements EmbeddingModel {

    static final int DIM = 64;

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        List<Embedding> out = new ArrayList<>();
        for (TextSegment s : segments) {
            float[] v = new float[DIM];
            for (String w : s.text().toLowerCase(Locale.ROOT).split("\\W+")) {
                if (!w.isEmpty()) {
                    v[Math.floorMod(w.hashCode(), DIM)] += 1;
                }
            }
            v[0] += 0.01f;
            out.add(Embedding.from(v));
        }
        return Response.from(out);
    }

    @Override
    public int dimension() {
        return DIM;
    }
}
