package dev.positionsbot.telegram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs work for different chats in parallel but the work of one chat in arrival order, so that a follow-up is
 * never answered before the question it follows. Each chat maps to one of a few single-thread lanes.
 */
final class ChatOrderedExecutor {

    private final List<ExecutorService> lanes = new ArrayList<>();

    ChatOrderedExecutor(int threads) {
        AtomicInteger n = new AtomicInteger();
        for (int i = 0; i < threads; i++) {
            lanes.add(Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "telegram-worker-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            }));
        }
    }

    void execute(long chatId, Runnable work) {
        lanes.get(Math.floorMod(Long.hashCode(chatId), lanes.size())).execute(work);
    }

    /** Stops taking work and waits up to {@code grace} for the work already queued; true when all finished. */
    boolean shutdownAndAwait(Duration grace) throws InterruptedException {
        lanes.forEach(ExecutorService::shutdown);
        long deadline = System.nanoTime() + grace.toNanos();
        boolean done = true;
        for (ExecutorService lane : lanes) {
            done &= lane.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
        if (!done) {
            lanes.forEach(ExecutorService::shutdownNow);
        }
        return done;
    }
}
