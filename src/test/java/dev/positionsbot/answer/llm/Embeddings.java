package dev.positionsbot.answer.llm;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/** The bundled embedding model, loaded once for all tests of this package (loading takes about a second). */
final class Embeddings {

    private static EmbeddingModel model;

    private Embeddings() {
    }

    static synchronized EmbeddingModel miniLm() {
        if (model == null) {
            model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        }
        return model;
    }
}
