package dev.positionsbot.index;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchedBertEncoderTest {

    private static List<TextSegment> texts() {
        List<TextSegment> out = new ArrayList<>();
        out.add(TextSegment.from("The ministry said the country would not recognise the vote."));
        out.add(TextSegment.from("Oil"));
        out.add(TextSegment.from("."));
        out.add(TextSegment.from("A longer passage about a pipeline consortium, its shareholders and the tankers that load "
                + "at a terminal on the Black Sea, which a court ordered closed for thirty days in the summer."));
        StringBuilder longText = new StringBuilder();
        for (int i = 0; i < 90; i++) {
            longText.append("Delegates from the five republics met again in sentence number ").append(i).append(". ");
        }
        out.add(TextSegment.from(longText.toString())); // well over 510 tokens: embedded in pieces
        return out;
    }

    private static void assertSameVectors(EmbeddingChoice choice) {
        EmbeddingModel reference = choice.newLangChain4jModel();
        EmbeddingModel batched = choice.newModel();
        List<TextSegment> texts = texts();
        List<Embedding> expected = reference.embedAll(texts).content();
        List<Embedding> actual = batched.embedAll(texts).content();
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < texts.size(); i++) {
            float[] e = expected.get(i).vector();
            float[] a = actual.get(i).vector();
            assertEquals(e.length, a.length);
            double dot = 0;
            for (int j = 0; j < e.length; j++) {
                dot += e[j] * a[j];
            }
            assertTrue(dot > 0.9999, choice + " text " + i + ": cosine " + dot);
        }
        // one text alone and inside a batch of others of different lengths: padding must not change it
        float[] alone = batched.embed(texts.get(0).text()).content().vector();
        double dot = 0;
        for (int j = 0; j < alone.length; j++) {
            dot += alone[j] * actual.get(0).vector()[j];
        }
        assertTrue(dot > 0.9999, "padded batch changed the vector: cosine " + dot);
    }

    @Test
    void minilm_batches_give_the_vectors_of_langchain4js_model() {
        assertSameVectors(EmbeddingChoice.MINILM);
    }

    @Test
    void bge_batches_give_the_vectors_of_langchain4js_model() {
        assertSameVectors(EmbeddingChoice.BGE);
    }
}
