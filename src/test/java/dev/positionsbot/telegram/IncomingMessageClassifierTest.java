package dev.positionsbot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.positionsbot.telegram.IncomingMessageClassifier.Command;
import dev.positionsbot.telegram.IncomingMessageClassifier.Ignore;
import dev.positionsbot.telegram.IncomingMessageClassifier.NonText;
import dev.positionsbot.telegram.IncomingMessageClassifier.Question;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IncomingMessageClassifierTest {

    private final ObjectMapper json = new ObjectMapper();
    private final IncomingMessageClassifier classifier = new IncomingMessageClassifier(999, "pos_bot");

    private ObjectNode message(String chatType, String text) {
        ObjectNode m = json.createObjectNode();
        m.put("message_id", 1).put("date", 1);
        m.putObject("chat").put("id", chatType.equals("private") ? 5 : -100).put("type", chatType);
        m.putObject("from").put("id", 5).put("is_bot", false).put("first_name", "A");
        if (text != null) {
            m.put("text", text);
        }
        return m;
    }

    private Object classify(ObjectNode node) throws Exception {
        return classifier.classify(json.treeToValue(node, Message.class));
    }

    @Test
    void every_private_text_is_a_question() throws Exception {
        assertEquals(new Question("What about Turkmenistan?"), classify(message("private", "  What about Turkmenistan? ")));
        assertEquals(new Ignore(), classify(message("private", "   ")));
    }

    @Test
    void recognises_commands_with_and_without_the_bot_name() throws Exception {
        assertEquals(new Command("start", ""), classify(message("private", "/start")));
        assertEquals(new Command("help", ""), classify(message("supergroup", "/help@Pos_Bot")));
        assertEquals(new Question("gas exports?"), classify(message("supergroup", "/ask@pos_bot gas exports?")));
        assertEquals(new Command("ask", ""), classify(message("group", "/ask")));
        assertEquals(new Ignore(), classify(message("supergroup", "/help@other_bot")));
        assertEquals(new Ignore(), classify(message("supergroup", "/weather")));
        assertEquals(new Command("weather", ""), classify(message("private", "/weather")));
    }

    @Test
    void group_text_needs_a_mention_or_a_reply_to_the_bot() throws Exception {
        assertEquals(new Ignore(), classify(message("supergroup", "what about gas?")));
        assertEquals(new Ignore(), classify(message("supergroup", "email me at x@pos_botany.org")));
        assertEquals(new Question("what about gas?"), classify(message("supergroup", "@POS_BOT, what about gas?")));
        ObjectNode reply = message("supergroup", "and oil?");
        ObjectNode replied = reply.putObject("reply_to_message");
        replied.put("message_id", 2).put("date", 1);
        replied.putObject("chat").put("id", -100).put("type", "supergroup");
        replied.putObject("from").put("id", 999).put("is_bot", true).put("first_name", "Bot");
        assertEquals(new Question("and oil?"), classify(reply));
    }

    @Test
    void non_text_is_noted_in_private_and_ignored_in_groups_unless_addressed() throws Exception {
        ObjectNode voice = message("private", null);
        voice.putObject("voice").put("file_id", "v").put("file_unique_id", "v").put("duration", 2);
        assertEquals(new NonText(), classify(voice));
        ObjectNode groupVoice = message("supergroup", null);
        groupVoice.putObject("voice").put("file_id", "v").put("file_unique_id", "v").put("duration", 2);
        assertEquals(new Ignore(), classify(groupVoice));
        groupVoice.put("caption", "@pos_bot listen");
        assertEquals(new NonText(), classify(groupVoice));
        ObjectNode joined = message("supergroup", null);
        joined.putArray("new_chat_members").addObject().put("id", 6).put("is_bot", false).put("first_name", "B");
        assertEquals(new Ignore(), classify(joined), "service messages are not content");
    }
}
