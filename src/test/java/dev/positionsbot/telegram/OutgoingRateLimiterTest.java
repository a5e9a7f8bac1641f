package dev.positionsbot.telegram;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OutgoingRateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000_000L);

    private OutgoingRateLimiter limiter() {
        return new OutgoingRateLimiter(Duration.ofSeconds(1), 20, 30, now::get);
    }

    @Test
    void spaces_messages_to_one_chat_a_second_apart() {
        OutgoingRateLimiter l = limiter();
        assertEquals(Duration.ZERO, l.reserve(1, false));
        assertEquals(Duration.ofSeconds(1), l.reserve(1, false));
        assertEquals(Duration.ofSeconds(2), l.reserve(1, false));
        assertEquals(Duration.ZERO, l.reserve(2, false), "other chats are not held up");
        now.addAndGet(Duration.ofSeconds(10).toNanos());
        assertEquals(Duration.ZERO, l.reserve(1, false));
    }

    @Test
    void allows_twenty_messages_a_minute_to_a_group() {
        OutgoingRateLimiter l = new OutgoingRateLimiter(Duration.ZERO, 20, 30, now::get);
        for (int i = 0; i < 20; i++) {
            assertEquals(Duration.ZERO, l.reserve(-100, true));
        }
        assertEquals(Duration.ofMinutes(1), l.reserve(-100, true));
        assertEquals(Duration.ZERO, l.reserve(-200, true), "another group has its own budget");
    }

    @Test
    void allows_thirty_messages_a_second_overall() {
        OutgoingRateLimiter l = limiter();
        for (int chat = 1; chat <= 30; chat++) {
            assertEquals(Duration.ZERO, l.reserve(chat, false));
        }
        assertEquals(Duration.ofSeconds(1), l.reserve(31, false));
        now.addAndGet(Duration.ofMillis(1500).toNanos());
        assertEquals(Duration.ZERO, l.reserve(32, false));
    }
}
