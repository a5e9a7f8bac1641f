package dev.positionsbot.telegram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Keeps outgoing messages within Telegram's limits (about one message per second per chat, 20 per minute per group,
 * 30 per second overall), so that the bot rarely sees a 429. Callers reserve a slot and wait until it comes;
 * the clock is injectable for tests.
 */
public final class OutgoingRateLimiter {

    private static final long SECOND = 1_000_000_000L;
    private static final long MINUTE = 60 * SECOND;
    private static final int MAX_TRACKED_CHATS = 10_000;

    private final long chatIntervalNanos;
    private final int groupPerMinute;
    private final LongSupplier nanoClock;
    private final SlidingWindow global;
    private final Map<Long, Long> lastPerChat = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Long> eldest) {
            return size() > MAX_TRACKED_CHATS;
        }
    };
    private final Map<Long, SlidingWindow> perGroup = new HashMap<>();

    public OutgoingRateLimiter(Duration chatInterval, int groupPerMinute, int globalPerSecond, LongSupplier nanoClock) {
        this.chatIntervalNanos = chatInterval.toNanos();
        this.groupPerMinute = groupPerMinute;
        this.nanoClock = nanoClock;
        this.global = new SlidingWindow(globalPerSecond, SECOND);
    }

    public static OutgoingRateLimiter of(TelegramSettings settings) {
        return new OutgoingRateLimiter(settings.perChatInterval(), settings.perGroupPerMinute(),
                settings.globalPerSecond(), System::nanoTime);
    }

    /** Reserves the earliest allowed slot for a message to {@code chatId} and returns how long to wait for it. */
    public synchronized Duration reserve(long chatId, boolean group) {
        long now = nanoClock.getAsLong();
        long slot = now;
        Long last = lastPerChat.get(chatId);
        if (last != null) {
            slot = Math.max(slot, last + chatIntervalNanos);
        }
        SlidingWindow groupWindow = null;
        if (group) {
            perGroup.values().removeIf(w -> w.idleSince(now));
            groupWindow = perGroup.computeIfAbsent(chatId, id -> new SlidingWindow(groupPerMinute, MINUTE));
        }
        // the two windows may push each other; a few rounds settle it
        for (int round = 0; round < 8; round++) {
            long before = slot;
            slot = global.earliestFrom(slot);
            if (groupWindow != null) {
                slot = groupWindow.earliestFrom(slot);
            }
            if (slot == before) {
                break;
            }
        }
        global.record(slot, now);
        if (groupWindow != null) {
            groupWindow.record(slot, now);
        }
        lastPerChat.put(chatId, slot);
        return Duration.ofNanos(slot - now);
    }

    /** Reserves a slot and sleeps until it. */
    public void acquire(long chatId, boolean group) throws InterruptedException {
        Duration wait = reserve(chatId, group);
        if (!wait.isZero()) {
            Thread.sleep(wait.toMillis(), (int) (wait.toNanos() % 1_000_000));
        }
    }

    /** At most {@code limit} slots in any window of {@code window} nanoseconds. */
    private static final class SlidingWindow {
        private final int limit;
        private final long window;
        private final List<Long> slots = new ArrayList<>();

        SlidingWindow(int limit, long window) {
            this.limit = limit;
            this.window = window;
        }

        /** The earliest time at or after {@code candidate} whose insertion keeps every window within the limit. */
        long earliestFrom(long candidate) {
            long t = candidate;
            while (!fits(t)) {
                long current = t;
                // the next moment at which some reserved slot leaves the window behind t
                t = slots.stream().mapToLong(s -> s + window).filter(end -> end > current).min().orElseThrow();
            }
            return t;
        }

        private boolean fits(long t) {
            List<Long> all = new ArrayList<>(slots);
            all.add(t);
            all.sort(null);
            for (int i = 0; i + limit < all.size(); i++) {
                if (all.get(i + limit) - all.get(i) < window) {
                    return false;
                }
            }
            return true;
        }

        void record(long slot, long now) {
            slots.removeIf(s -> s <= now - window);
            slots.add(slot);
        }

        boolean idleSince(long now) {
            return slots.stream().allMatch(s -> s <= now - window);
        }
    }
}
