package dev.positionsbot.live;

import dev.positionsbot.answer.Answerer;
import dev.positionsbot.answer.Conversation;
import dev.positionsbot.answer.GroundedAnswer;
import dev.positionsbot.answer.SourceInfo;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LiveAnswererTest {

    /** Answers with its own name; optionally waits on a latch mid-answer. */
    private record Named(String name, CountDownLatch started, CountDownLatch hold) implements Answerer {
        @Override
        public GroundedAnswer answer(String question, Conversation conversation) {
            if (hold != null) {
                started.countDown();
                try {
                    hold.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return new GroundedAnswer(question, question, GroundedAnswer.Status.REFUSED, name, List.of(), "", name,
                    List.of(), 0);
        }

        @Override
        public List<SourceInfo> sources() {
            return List.of();
        }

        @Override
        public String coverage() {
            return name;
        }
    }

    @Test
    void a_replaced_snapshot_is_closed_only_after_its_last_answer_in_flight() throws Exception {
        AtomicInteger firstClosed = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch hold = new CountDownLatch(1);
        LiveAnswerer live = new LiveAnswerer(new LiveAnswerer.Snapshot(new Named("first", started, hold), List.of(),
                firstClosed::incrementAndGet));
        CompletableFuture<GroundedAnswer> inFlight = CompletableFuture.supplyAsync(() -> live.answer("q"));
        assertTrue(started.await(5, TimeUnit.SECONDS));

        AtomicInteger secondClosed = new AtomicInteger();
        live.swap(new LiveAnswerer.Snapshot(new Named("second", null, null), List.of(), secondClosed::incrementAndGet));
        assertEquals("second", live.answer("q").answer(), "new questions go to the new snapshot at once");
        assertEquals(0, firstClosed.get(), "still answering a question");

        hold.countDown();
        assertEquals("first", inFlight.get(5, TimeUnit.SECONDS).answer());
        assertEquals(1, firstClosed.get());

        live.close();
        live.close();
        assertEquals(1, secondClosed.get(), "closed exactly once");
        assertThrows(IllegalStateException.class, () -> live.answer("q"));
    }
}
