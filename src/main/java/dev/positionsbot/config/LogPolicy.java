package dev.positionsbot.config;

import org.slf4j.Logger;

/**
 * The project's convention for users' message text in logs: front ends (chat, Telegram, HTTP) log what was asked
 * at DEBUG only, and at INFO only its length, unless {@code log.message_text} is true. Questions can identify a
 * person or a source; operators who need them opt in.
 *
 * @param messageTextAtInfo whether INFO lines may carry the text itself
 */
public record LogPolicy(boolean messageTextAtInfo) {

    public static LogPolicy from(BotConfig.Log log) {
        return new LogPolicy(log.messageText());
    }

    /** What an INFO line may show of {@code text}: the text when allowed, else e.g. "[42 chars]". */
    public String forInfo(String text) {
        if (text == null) {
            return "[no text]";
        }
        return messageTextAtInfo ? text : "[" + text.codePointCount(0, text.length()) + " chars]";
    }

    /**
     * Logs an incoming message: {@code "<what>: <text or length>"} at INFO, plus the text at DEBUG when INFO may
     * not show it. Example: {@code policy.logIncoming(log, "question from chat 42", text)}.
     */
    public void logIncoming(Logger log, String what, String text) {
        log.info("{}: {}", what, forInfo(text));
        if (!messageTextAtInfo && log.isDebugEnabled()) {
            log.debug("{} text: {}", what, text);
        }
    }
}
