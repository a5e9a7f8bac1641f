package dev.positionsbot.index;

import dev.langchain4j.model.embedding.EmbeddingModel;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackgroundLoadedModelTest {

    @Test
    void loading_starts_at_once_and_first_use_waits_for_it() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger loads = new AtomicInteger();
        BackgroundLoadedModel model = new BackgroundLoadedModel("test", () -> {
            loads.incrementAndGet();
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new HashingEmbeddingModel();
        });
        assertTrue(started.await(5, TimeUnit.SECONDS), "the load began without anyone asking for the model");
        Thread user = new Thread(() -> model.embed("oil pipeline"));
        user.start();
        user.join(200);
        assertTrue(user.isAlive(), "a use before the load finished waits for it");
        release.countDown();
        user.join(5000);
        assertFalse(user.isAlive());
        EmbeddingModel direct = new HashingEmbeddingModel();
        assertArrayEquals(direct.embed("oil pipeline").content().vector(), model.embed("oil pipeline").content().vector());
        assertEquals(1, loads.get(), "loaded once");
    }

    @Test
    void a_failed_load_throws_its_own_exception_at_first_use() {
        BackgroundLoadedModel model = new BackgroundLoadedModel("broken", () -> {
            throw new IndexException("model file is damaged");
        });
        IndexException e = assertThrows(IndexException.class, () -> model.embed("x"));
        assertEquals("model file is damaged", e.getMessage());
    }

    @Test
    void work_queued_after_the_load_runs_on_the_loading_thread_once_it_has_loaded() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        BackgroundLoadedModel model = new BackgroundLoadedModel("test", () -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new HashingEmbeddingModel();
        });
        // a user already waiting for the model when the work is queued
        Thread user = new Thread(() -> model.embed("oil pipeline"));
        user.start();
        user.join(200);
        assertTrue(user.isAlive());
        CountDownLatch ran = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicReference<String> thread = new java.util.concurrent.atomic.AtomicReference<>();
        CountDownLatch taskMayEnd = new CountDownLatch(1);
        model.afterLoad(() -> {
            thread.set(Thread.currentThread().getName());
            ran.countDown();
            try {
                taskMayEnd.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertFalse(ran.await(200, TimeUnit.MILLISECONDS), "not before the model has loaded");
        release.countDown();
        assertTrue(ran.await(5, TimeUnit.SECONDS));
        assertEquals("load-test", thread.get());
        user.join(5000);
        assertFalse(user.isAlive(), "the user of the model waited for the work queued after the load");
        taskMayEnd.countDown();

        // queued once the load is over: runs at once, on the caller's thread
        AtomicInteger late = new AtomicInteger();
        model.afterLoad(late::incrementAndGet);
        assertEquals(1, late.get());
    }
}
