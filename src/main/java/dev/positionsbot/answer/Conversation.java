package dev.positionsbot.answer;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The recent exchanges of one chat (or one user in a group), so that follow-ups such as "And Uzbekistan?" can be
 * understood. Bounded: only the last {@code capacity} turns are kept. Not thread-safe; one per chat.
 */
public final class Conversation {

    /** One exchange: what was asked, the stand-alone form it was answered as, and the outcome. */
    public record Turn(String question, String standaloneQuestion, boolean answered) {
    }

    private final int capacity;
    private final Deque<Turn> turns = new ArrayDeque<>();

    public Conversation(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1, was " + capacity);
        }
        this.capacity = capacity;
    }

    public Conversation() {
        this(6);
    }

    public synchronized void add(Turn turn) {
        turns.addLast(turn);
        while (turns.size() > capacity) {
            turns.removeFirst();
        }
    }

    /** Oldest first. */
    public synchronized List<Turn> turns() {
        return List.copyOf(turns);
    }

    public synchronized boolean isEmpty() {
        return turns.isEmpty();
    }

    public synchronized void clear() {
        turns.clear();
    }
}
