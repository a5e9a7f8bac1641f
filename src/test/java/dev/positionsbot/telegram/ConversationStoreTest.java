package dev.positionsbot.telegram;

import dev.positionsbot.answer.Conversation;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConversationStoreTest {

    @Test
    void forgets_the_least_recently_used_conversation_when_full() {
        ConversationStore store = new ConversationStore(2, 6);
        ConversationStore.Key a = ConversationStore.keyFor(1, 1, false);
        ConversationStore.Key b = ConversationStore.keyFor(2, 2, false);
        ConversationStore.Key c = ConversationStore.keyFor(3, 3, false);
        store.get(a);
        store.get(b);
        store.get(a);
        store.get(c);
        assertTrue(store.contains(a));
        assertFalse(store.contains(b));
        assertEquals(2, store.size());
    }

    @Test
    void keeps_one_conversation_per_user_in_groups_and_moves_them_on_migration() {
        ConversationStore store = new ConversationStore(10, 6);
        Conversation one = store.get(ConversationStore.keyFor(-100, 7, true));
        one.add(new Conversation.Turn("q", "q", true));
        Conversation other = store.get(ConversationStore.keyFor(-100, 8, true));
        assertTrue(other.isEmpty());
        assertEquals(ConversationStore.keyFor(5, 5, false), ConversationStore.keyFor(5, 9, false),
                "a private chat has one conversation");

        store.migrate(-100, -200);
        assertSame(one, store.get(ConversationStore.keyFor(-200, 7, true)));
        assertFalse(store.contains(ConversationStore.keyFor(-100, 7, true)));
    }
}
