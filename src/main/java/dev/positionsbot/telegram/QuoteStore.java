package dev.positionsbot.telegram;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Remembers the quotes behind recent answers so that the "Show quotes" button (whose callback data may carry only
 * 64 bytes) can find them. Bounded; after a restart or eviction the button answers that the quotes are gone.
 */
public final class QuoteStore {

    /** What the button expands: the HTML of the message that carries it and the quotes block. */
    public record Entry(String messageHtml, String quotesHtml) {
    }

    static final String CALLBACK_PREFIX = "quotes:";

    private final AtomicLong nextId = new AtomicLong(1);
    private final Map<Long, Entry> entries;

    public QuoteStore(int capacity) {
        this.entries = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Stores an entry and returns the callback data for its button. */
    public synchronized String put(Entry entry) {
        long id = nextId.getAndIncrement();
        entries.put(id, entry);
        return CALLBACK_PREFIX + id;
    }

    public synchronized Optional<Entry> find(String callbackData) {
        if (callbackData == null || !callbackData.startsWith(CALLBACK_PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(entries.get(Long.parseLong(callbackData.substring(CALLBACK_PREFIX.length()))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static boolean isQuotesButton(String callbackData) {
        return callbackData != null && callbackData.startsWith(CALLBACK_PREFIX);
    }
}
