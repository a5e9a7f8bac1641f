package dev.positionsbot.telegram;

import dev.positionsbot.answer.Conversation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The conversations of the bot: one per private chat, one per user in a group (so that two people asking in the
 * same group do not get each other's follow-up context). Bounded: the least recently used are forgotten.
 */
public final class ConversationStore {

    /** Whose conversation: {@code userId} is 0 for a private chat, the asker's id in a group. */
    public record Key(long chatId, long userId) {
    }

    private final int turns;
    private final Map<Key, Conversation> conversations;

    public ConversationStore(int capacity, int turns) {
        this.turns = turns;
        this.conversations = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Conversation> eldest) {
                return size() > capacity;
            }
        };
    }

    public static Key keyFor(long chatId, long userId, boolean group) {
        return new Key(chatId, group ? userId : 0);
    }

    public synchronized Conversation get(Key key) {
        return conversations.computeIfAbsent(key, k -> new Conversation(turns));
    }

    public synchronized boolean contains(Key key) {
        return conversations.containsKey(key);
    }

    public synchronized int size() {
        return conversations.size();
    }

    /** A group became a supergroup with a new id: its conversations move along. */
    public synchronized void migrate(long oldChatId, long newChatId) {
        List<Key> moving = new ArrayList<>();
        for (Key k : conversations.keySet()) {
            if (k.chatId() == oldChatId) {
                moving.add(k);
            }
        }
        for (Key k : moving) {
            conversations.put(new Key(newChatId, k.userId()), conversations.remove(k));
        }
    }
}
