package dev.positionsbot.answer;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Bag of hashed words: cheap, deterministic vectors, so that similarity is measured without the ONNX model. */
final class WordHashModel implements EmbeddingModel {
    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        List<Embedding> out = new ArrayList<>();
        for (TextSegment s : segments) {
            float[] v = new float[16];
            v[0] = 0.01f;
            for (String w : s.text().toLowerCase(Locale.ROOT).split("\\W+")) {
                v[Math.floorMod(w.hashCode(), 16)] += 1;
            }
            out.add(Embedding.from(v));
        }
        return Response.from(out);
    }

    @Override
    public int dimension() {
        return 16;
    }
}
