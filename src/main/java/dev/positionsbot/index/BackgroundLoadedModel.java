package dev.positionsbot.index;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * An embedding model that loads on a background thread from the moment it is created, and is waited for only when
 * first used. Loading the ONNX model takes about half a second of CPU; at start-up the bot meanwhile reads the
 * knowledge files and opens the index, which do not need it, so on two cores the two overlap.
 */
final class BackgroundLoadedModel implements EmbeddingModel {

    private final CompletableFuture<EmbeddingModel> model;
    /** Work queued to run on the loading thread once the load is over; guarded by this. */
    private final List<Runnable> afterLoad = new ArrayList<>();
    private boolean loadOver;

    BackgroundLoadedModel(String name, Supplier<EmbeddingModel> loader) {
        this.model = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                model.complete(loader.get());
            } catch (Throwable e) {
                model.completeExceptionally(e);
            }
            // after completing, so that whoever waits for the model goes on at once instead of after this work
            List<Runnable> tasks;
            synchronized (this) {
                loadOver = true;
                tasks = List.copyOf(afterLoad);
                afterLoad.clear();
            }
            tasks.forEach(Runnable::run);
        }, "load-" + name);
        t.setDaemon(true);
        t.start();
    }

    /**
     * Waits (at most a minute) until the load has finished, successfully or not, without throwing. A JVM must not
     * exit while ONNX Runtime is still creating the session: ONNX Runtime's own shutdown hook then frees its
     * environment under it and the JVM crashes in native code (seen with `sources`, which never needs the model).
     */
    void awaitLoad() {
        try {
            model.get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // a failed or stuck load: nothing left to protect
        }
    }

    /**
     * Runs {@code task} on the loading thread once the load has finished (successfully or not), or at once on this
     * thread when it already has: start-up work that would otherwise wait for a free core.
     */
    void afterLoad(Runnable task) {
        synchronized (this) {
            if (!loadOver) {
                afterLoad.add(task);
                return;
            }
        }
        task.run();
    }

    EmbeddingModel model() {
        try {
            return model.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        return model().embedAll(segments);
    }

    @Override
    public Response<Embedding> embed(String text) {
        return model().embed(text);
    }

    @Override
    public int dimension() {
        return model().dimension();
    }
}
