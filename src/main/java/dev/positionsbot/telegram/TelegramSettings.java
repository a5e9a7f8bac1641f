package dev.positionsbot.telegram;

import java.net.URI;
import java.time.Duration;
import java.util.Set;

/**
 * Everything the Telegram front end can be tuned with. The telegram command maps the configuration (file,
 * environment, flags: see {@code ConfigKey}) onto it; the rest keeps the production defaults of {@link #defaults}.
 *
 * @param token              bot token from BotFather (never logged: see {@link #toString()})
 * @param apiUrl             Bot API base URL, {@code https://api.telegram.org} or a self-hosted Bot API server
 * @param allowedIds         user and chat ids allowed to ask; empty means everyone
 * @param maxUpdateAge       messages older than this when received are skipped (stale backlog after a restart)
 * @param perChatInterval    minimum gap between two outgoing messages to one chat (Telegram: about 1/s)
 * @param perGroupPerMinute  outgoing messages per group per minute (Telegram: 20)
 * @param globalPerSecond    outgoing messages per second over all chats (Telegram: 30)
 * @param memoryChats        how many conversations (chats, or users in groups) are remembered, least recently used dropped
 * @param conversationTurns  turns kept per conversation for follow-ups
 * @param maxQuestionChars   longer questions are refused politely
 * @param pollTimeoutSeconds long-polling timeout asked of getUpdates
 * @param pollBackoff        first wait after a failed getUpdates (the library multiplies it by 1.5 up to a minute)
 * @param typingInterval     how often "typing…" is renewed while an answer is being composed
 * @param workerThreads      answers composed in parallel (messages of one chat are always handled in order)
 * @param maxSendAttempts    attempts per outgoing call on 429 or network errors
 * @param shutdownGrace      how long shutdown waits for replies in flight
 */
public record TelegramSettings(String token, URI apiUrl, Set<Long> allowedIds, Duration maxUpdateAge,
                               Duration perChatInterval, int perGroupPerMinute, int globalPerSecond,
                               int memoryChats, int conversationTurns, int maxQuestionChars, int pollTimeoutSeconds,
                               Duration pollBackoff, Duration typingInterval, int workerThreads, int maxSendAttempts,
                               Duration shutdownGrace) {

    public static final String ENV_TOKEN = "TELEGRAM_BOT_TOKEN";
    public static final String ENV_API_URL = "TELEGRAM_API_URL";
    public static final URI DEFAULT_API_URL = URI.create("https://api.telegram.org");

    public TelegramSettings {
        if (token == null || token.isBlank()) {
            throw new TelegramException("set " + ENV_TOKEN + " to the bot token from @BotFather (no Telegram bot token configured)");
        }
        token = token.strip();
        if (token.chars().anyMatch(c -> Character.isWhitespace(c) || c == '/')) {
            throw new TelegramException(ENV_TOKEN + " contains whitespace or '/': it must be the token exactly as @BotFather gave it");
        }
        apiUrl = apiUrl == null ? DEFAULT_API_URL : apiUrl;
        String scheme = apiUrl.getScheme();
        if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || apiUrl.getHost() == null) {
            throw new TelegramException(ENV_API_URL + " must be an http(s) URL such as https://api.telegram.org, was '" + apiUrl + "'");
        }
        if (apiUrl.getPath() != null && !apiUrl.getPath().isEmpty() && !apiUrl.getPath().equals("/")) {
            throw new TelegramException(ENV_API_URL + " must not have a path (the library adds /bot<token>/<method>), was '" + apiUrl + "'");
        }
        allowedIds = allowedIds == null ? Set.of() : Set.copyOf(allowedIds);
        requirePositive("maxUpdateAge", maxUpdateAge);
        requireNonNegative("perChatInterval", perChatInterval);
        requirePositive("perGroupPerMinute", perGroupPerMinute);
        requirePositive("globalPerSecond", globalPerSecond);
        requirePositive("memoryChats", memoryChats);
        requirePositive("conversationTurns", conversationTurns);
        requirePositive("maxQuestionChars", maxQuestionChars);
        requirePositive("pollTimeoutSeconds", pollTimeoutSeconds);
        requirePositive("pollBackoff", pollBackoff);
        requirePositive("typingInterval", typingInterval);
        requirePositive("workerThreads", workerThreads);
        requirePositive("maxSendAttempts", maxSendAttempts);
        requireNonNegative("shutdownGrace", shutdownGrace);
    }

    /** Production defaults around a token. */
    public static TelegramSettings defaults(String token) {
        return new TelegramSettings(token, DEFAULT_API_URL, Set.of(), Duration.ofMinutes(10), Duration.ofSeconds(1), 20,
                30, 10_000, 6, 1000, 50, Duration.ofMillis(500), Duration.ofSeconds(4), 4, 3, Duration.ofSeconds(30));
    }

    /** True when no allowlist is set or either id is on it. */
    public boolean allows(Long userId, Long chatId) {
        return allowedIds.isEmpty() || (userId != null && allowedIds.contains(userId))
                || (chatId != null && allowedIds.contains(chatId));
    }

    public TelegramSettings withApiUrl(URI url) {
        return new TelegramSettings(token, url, allowedIds, maxUpdateAge, perChatInterval, perGroupPerMinute,
                globalPerSecond, memoryChats, conversationTurns, maxQuestionChars, pollTimeoutSeconds, pollBackoff,
                typingInterval, workerThreads, maxSendAttempts, shutdownGrace);
    }

    public TelegramSettings withAllowedIds(Set<Long> ids) {
        return new TelegramSettings(token, apiUrl, ids, maxUpdateAge, perChatInterval, perGroupPerMinute,
                globalPerSecond, memoryChats, conversationTurns, maxQuestionChars, pollTimeoutSeconds, pollBackoff,
                typingInterval, workerThreads, maxSendAttempts, shutdownGrace);
    }

    public TelegramSettings withMaxUpdateAge(Duration age) {
        return new TelegramSettings(token, apiUrl, allowedIds, age, perChatInterval, perGroupPerMinute,
                globalPerSecond, memoryChats, conversationTurns, maxQuestionChars, pollTimeoutSeconds, pollBackoff,
                typingInterval, workerThreads, maxSendAttempts, shutdownGrace);
    }

    public TelegramSettings withRateLimits(Duration chatInterval, int groupPerMinute, int perSecond) {
        return new TelegramSettings(token, apiUrl, allowedIds, maxUpdateAge, chatInterval, groupPerMinute,
                perSecond, memoryChats, conversationTurns, maxQuestionChars, pollTimeoutSeconds, pollBackoff,
                typingInterval, workerThreads, maxSendAttempts, shutdownGrace);
    }

    public TelegramSettings withPolling(int timeoutSeconds, Duration backoff) {
        return new TelegramSettings(token, apiUrl, allowedIds, maxUpdateAge, perChatInterval, perGroupPerMinute,
                globalPerSecond, memoryChats, conversationTurns, maxQuestionChars, timeoutSeconds, backoff,
                typingInterval, workerThreads, maxSendAttempts, shutdownGrace);
    }

    public TelegramSettings withTypingInterval(Duration interval) {
        return new TelegramSettings(token, apiUrl, allowedIds, maxUpdateAge, perChatInterval, perGroupPerMinute,
                globalPerSecond, memoryChats, conversationTurns, maxQuestionChars, pollTimeoutSeconds, pollBackoff,
                interval, workerThreads, maxSendAttempts, shutdownGrace);
    }

    public TelegramSettings withMaxQuestionChars(int chars) {
        return new TelegramSettings(token, apiUrl, allowedIds, maxUpdateAge, perChatInterval, perGroupPerMinute,
                globalPerSecond, memoryChats, conversationTurns, chars, pollTimeoutSeconds, pollBackoff,
                typingInterval, workerThreads, maxSendAttempts, shutdownGrace);
    }

    public TelegramSettings withMemory(int chats, int turns) {
        return new TelegramSettings(token, apiUrl, allowedIds, maxUpdateAge, perChatInterval, perGroupPerMinute,
                globalPerSecond, chats, turns, maxQuestionChars, pollTimeoutSeconds, pollBackoff,
                typingInterval, workerThreads, maxSendAttempts, shutdownGrace);
    }

    public TelegramSettings withShutdownGrace(Duration grace) {
        return new TelegramSettings(token, apiUrl, allowedIds, maxUpdateAge, perChatInterval, perGroupPerMinute,
                globalPerSecond, memoryChats, conversationTurns, maxQuestionChars, pollTimeoutSeconds, pollBackoff,
                typingInterval, workerThreads, maxSendAttempts, grace);
    }

    /** The token masked, so that logging the settings never leaks it. */
    @Override
    public String toString() {
        return "TelegramSettings[token=" + TokenMasker.maskedForm(token) + ", apiUrl=" + apiUrl + ", allowedIds=" + allowedIds
                + ", maxUpdateAge=" + maxUpdateAge + ", perChatInterval=" + perChatInterval + ", perGroupPerMinute="
                + perGroupPerMinute + ", globalPerSecond=" + globalPerSecond + ", memoryChats=" + memoryChats
                + ", conversationTurns=" + conversationTurns + ", maxQuestionChars=" + maxQuestionChars
                + ", pollTimeoutSeconds=" + pollTimeoutSeconds + ", pollBackoff=" + pollBackoff + ", typingInterval="
                + typingInterval + ", workerThreads=" + workerThreads + ", maxSendAttempts=" + maxSendAttempts
                + ", shutdownGrace=" + shutdownGrace + "]";
    }

    private static void requirePositive(String field, Duration d) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new TelegramException("Telegram setting " + field + " must be a positive duration, was " + d);
        }
    }

    private static void requireNonNegative(String field, Duration d) {
        if (d == null || d.isNegative()) {
            throw new TelegramException("Telegram setting " + field + " must not be negative, was " + d);
        }
    }

    private static void requirePositive(String field, int value) {
        if (value < 1) {
            throw new TelegramException("Telegram setting " + field + " must be at least 1, was " + value);
        }
    }
}
