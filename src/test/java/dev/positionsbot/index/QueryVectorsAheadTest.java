package dev.positionsbot.index;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A query embedded ahead on another thread is embedded once, and gives the vector embedQuery gives. */
class QueryVectorsAheadTest {

    private static PassageEmbedder embedder(CountingEmbeddingModel model) {
        return new PassageEmbedder(model, "hashing", "");
    }

    @Test
    void aQueryEmbeddedAheadIsNotEmbeddedAgainWhenAskedFor() throws Exception {
        CountingEmbeddingModel model = new CountingEmbeddingModel(new HashingEmbeddingModel());
        PassageEmbedder e = embedder(model);
        Runnable task = e.ahead("what did the ministry say").orElseThrow();
        Thread t = new Thread(task);
        t.start();
        t.join();
        float[] v = e.embedQuery("what did the ministry say");
        assertEquals(List.of("what did the ministry say"), model.embedded);
        assertArrayEquals(embedder(new CountingEmbeddingModel(new HashingEmbeddingModel()))
                .embedQuery("what did the ministry say"), v);
    }

    @Test
    void whoeverAsksBeforeTheTaskStartsRunsItAndTheTaskThenDoesNothing() {
        CountingEmbeddingModel model = new CountingEmbeddingModel(new HashingEmbeddingModel());
        PassageEmbedder e = embedder(model);
        Runnable task = e.ahead("the vote in May").orElseThrow();
        float[] v = e.embedQuery("the vote in May");
        task.run();
        assertEquals(1, model.embedded.size());
        assertArrayEquals(v, e.embedQuery("the vote in May"));
        assertEquals(1, model.embedded.size());
    }

    @Test
    void aCachedOrPendingQueryGetsNoSecondTask() {
        PassageEmbedder e = embedder(new CountingEmbeddingModel(new HashingEmbeddingModel()));
        e.embedQuery("cached");
        assertTrue(e.ahead("cached").isEmpty());
        assertTrue(e.ahead("pending").isPresent());
        assertTrue(e.ahead("pending").isEmpty());
    }

    @Test
    void aCallerWaitsForTheThreadThatHasStartedTheTask() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        HashingEmbeddingModel hashing = new HashingEmbeddingModel();
        CountingEmbeddingModel model = new CountingEmbeddingModel(new dev.langchain4j.model.embedding.EmbeddingModel() {
            @Override
            public dev.langchain4j.model.output.Response<List<dev.langchain4j.data.embedding.Embedding>> embedAll(
                    List<dev.langchain4j.data.segment.TextSegment> segments) {
                inside.countDown();
                try {
                    assertTrue(release.await(10, TimeUnit.SECONDS));
                } catch (InterruptedException ex) {
                    throw new IllegalStateException(ex);
                }
                return hashing.embedAll(segments);
            }
        });
        PassageEmbedder e = embedder(model);
        Thread helper = new Thread(e.ahead("slow one").orElseThrow());
        helper.start();
        assertTrue(inside.await(10, TimeUnit.SECONDS));
        float[][] got = new float[1][];
        Thread caller = new Thread(() -> got[0] = e.embedQuery("slow one"));
        caller.start();
        release.countDown();
        caller.join(10_000);
        helper.join(10_000);
        assertEquals(1, model.embedded.size());
        assertArrayEquals(embedder(new CountingEmbeddingModel(new HashingEmbeddingModel())).embedQuery("slow one"),
                got[0]);
    }
}
