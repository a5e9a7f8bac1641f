package dev.positionsbot.index;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lets one side of a search (the query embedding and the vector search) run on a helper thread while the caller does
 * the other side (BM25). When the caller needs the result and no helper has started the task yet (every helper busy
 * with other callers' tasks, or none at all), the caller runs it itself: a busy helper never makes a search wait, and
 * a task already run is skipped when a helper reaches it. Plain {@link java.util.concurrent.CompletableFuture} would
 * leave the caller waiting behind the queue instead. Thread-safe.
 */
final class SideTasks implements AutoCloseable {

    private final ExecutorService helpers;

    /** {@code helperThreads} daemon threads named after {@code name}; none means every task runs on its caller. */
    SideTasks(int helperThreads, String name) {
        if (helperThreads < 0) {
            throw new IllegalArgumentException("helper threads: " + helperThreads);
        }
        AtomicInteger count = new AtomicInteger();
        this.helpers = helperThreads == 0 ? null : Executors.newFixedThreadPool(helperThreads, r -> {
            Thread t = new Thread(r, name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** One helper per core beyond the caller's own: more would only contend for the same cores. */
    static SideTasks forThisMachine(String name) {
        return new SideTasks(Math.min(1, Runtime.getRuntime().availableProcessors() - 1), name);
    }

    /** Starts the task on a helper if one is free soon; {@link Pending#join()} returns its result. */
    <T> Pending<T> start(Callable<T> task) {
        FutureTask<T> f = new FutureTask<>(task);
        if (helpers != null && !helpers.isShutdown()) {
            try {
                helpers.execute(f);
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                // closed meanwhile: join() runs it on the caller
            }
        }
        return new Pending<>(f);
    }

    /**
     * Hands the task to a helper without anyone waiting for it; false when there is none (or it is closing), when
     * the task is the caller's to run or drop.
     */
    boolean offer(Runnable task) {
        if (helpers == null || helpers.isShutdown()) {
            return false;
        }
        try {
            helpers.execute(task);
            return true;
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            return false;
        }
    }

    /** A started task. */
    static final class Pending<T> {
        private final FutureTask<T> task;

        private Pending(FutureTask<T> task) {
            this.task = task;
        }

        /**
         * The task's result: runs it here if no helper has started it, else waits for the helper. Rethrows what the
         * task threw (an {@link IOException} as itself).
         */
        T join() throws IOException {
            task.run(); // no-op when a helper has started or finished it
            try {
                return task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IndexException("interrupted while waiting for a search", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) {
                    throw io;
                }
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IndexException("search failed: " + cause, cause);
            }
        }

        /** Gives the task up if nobody has started it (the caller failed before needing it). */
        void cancel() {
            task.cancel(false);
        }
    }

    @Override
    public void close() {
        if (helpers != null) {
            helpers.shutdownNow();
        }
    }
}
