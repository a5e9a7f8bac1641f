package dev.positionsbot.telegram;

import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what a message asks of the bot. In a private chat every text is a question; in a group the bot speaks
 * only when mentioned, replied to, or given a command (a command addressed to another bot is not ours).
 */
public final class IncomingMessageClassifier {

    /** What to do with one message. */
    public sealed interface Incoming permits Ignore, Command, Question, NonText {
    }

    /** Not for us (group chatter, service messages, other bots' commands, empty text). */
    public record Ignore() implements Incoming {
    }

    /** A command other than a question: {@code name} lower-case without slash or @bot. */
    public record Command(String name, String args) implements Incoming {
    }

    /** A question to answer. */
    public record Question(String text) implements Incoming {
    }

    /** A sticker, photo, voice note... addressed to us. */
    public record NonText() implements Incoming {
    }

    private static final Pattern COMMAND = Pattern.compile("^/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{3,64}))?(?:\\s+(.*))?$",
            Pattern.DOTALL);

    private final long botId;
    private final String botUsername;
    private final Pattern mention;

    public IncomingMessageClassifier(long botId, String botUsername) {
        this.botId = botId;
        this.botUsername = botUsername == null ? "" : botUsername;
        this.mention = this.botUsername.isEmpty() ? null
                : Pattern.compile("@" + Pattern.quote(this.botUsername) + "\\b", Pattern.CASE_INSENSITIVE);
    }

    public Incoming classify(Message message) {
        if (message == null || message.getChat() == null) {
            return new Ignore();
        }
        String type = message.getChat().getType();
        boolean privateChat = "private".equals(type);
        boolean group = "group".equals(type) || "supergroup".equals(type);
        if (!privateChat && !group) {
            return new Ignore();
        }
        if (message.hasText()) {
            return classifyText(message, message.getText().strip(), privateChat);
        }
        if (isContent(message) && (privateChat || repliesToBot(message) || mentionsBot(message.getCaption()))) {
            return new NonText();
        }
        return new Ignore();
    }

    private Incoming classifyText(Message message, String text, boolean privateChat) {
        if (text.isEmpty()) {
            return new Ignore();
        }
        Matcher cmd = COMMAND.matcher(text);
        if (cmd.matches()) {
            String target = cmd.group(2);
            if (target != null && !target.equalsIgnoreCase(botUsername)) {
                return new Ignore();
            }
            String name = cmd.group(1).toLowerCase(Locale.ROOT);
            String args = cmd.group(3) == null ? "" : cmd.group(3).strip();
            if (name.equals("ask")) {
                return args.isEmpty() ? new Command("ask", "") : new Question(args);
            }
            if (!privateChat && !isKnown(name)) {
                return new Ignore();
            }
            return new Command(name, args);
        }
        if (privateChat) {
            return new Question(text);
        }
        if (mentionsBot(text)) {
            String question = mention.matcher(text).replaceAll(" ").strip().replaceAll("^[,:;\\s]+", "");
            return question.isEmpty() ? new Ignore() : new Question(question);
        }
        if (repliesToBot(message)) {
            return new Question(text);
        }
        return new Ignore();
    }

    static boolean isKnown(String command) {
        return switch (command) {
            case "start", "help", "sources", "ask", "add", "timeline" -> true;
            default -> false;
        };
    }

    private boolean mentionsBot(String text) {
        return text != null && mention != null && mention.matcher(text).find();
    }

    private boolean repliesToBot(Message message) {
        Message replied = message.getReplyToMessage();
        User from = replied == null ? null : replied.getFrom();
        return from != null && from.getId() != null && from.getId() == botId;
    }

    private static boolean isContent(Message m) {
        return m.hasSticker() || m.hasPhoto() || m.hasVoice() || m.hasAudio() || m.hasVideo() || m.hasVideoNote()
                || m.hasDocument() || m.hasAnimation() || m.hasLocation() || m.hasContact() || m.hasPoll()
                || m.hasDice();
    }
}
