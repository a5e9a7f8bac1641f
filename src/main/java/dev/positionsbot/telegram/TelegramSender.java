package dev.positionsbot.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import java.io.Serializable;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Every outgoing Bot API call of the bot goes through here: rate limiting, waiting out 429s ({@code retry_after}),
 * backing off on network errors, re-sending as plain text when Telegram rejects the HTML, following a group that
 * became a supergroup, and logging failures with the token masked. Never throws; a call that fails for good is
 * counted in {@link TelegramStats#errors()} and yields an empty result.
 */
public final class TelegramSender {

    private static final Logger log = LoggerFactory.getLogger(TelegramSender.class);
    private static final int MAX_RETRY_AFTER_SECONDS = 120;
    private static final int MAX_RATE_LIMIT_WAITS = 5;

    private final TelegramClient client;
    private final OutgoingRateLimiter limiter;
    private final TelegramStats stats;
    private final TokenMasker masker;
    private final int maxAttempts;
    private final Duration networkBackoff;

    public TelegramSender(TelegramClient client, OutgoingRateLimiter limiter, TelegramStats stats, TokenMasker masker,
                          int maxAttempts, Duration networkBackoff) {
        this.client = client;
        this.limiter = limiter;
        this.stats = stats;
        this.masker = masker;
        this.maxAttempts = maxAttempts;
        this.networkBackoff = networkBackoff;
    }

    /** Sends one HTML message (at most 4096 visible characters), quote-replying to {@code replyTo} when given. */
    public Optional<Message> sendHtml(long chatId, boolean group, Integer replyTo, String html,
                                      InlineKeyboardMarkup keyboard) {
        SendMessage.SendMessageBuilder<?, ?> b = SendMessage.builder().chatId(chatId).text(html)
                .parseMode(ParseMode.HTML)
                .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build());
        if (replyTo != null) {
            b.replyParameters(ReplyParameters.builder().messageId(replyTo).allowSendingWithoutReply(true).build());
        }
        if (keyboard != null) {
            b.replyMarkup(keyboard);
        }
        SendMessage message = b.build();
        return call("sendMessage", chatId, group, true, message, new Fallback() {
            public void toPlainText() {
                message.setParseMode(null);
                message.setText(TelegramHtml.toPlainText(html));
            }

            public void moveTo(long newChatId) {
                message.setChatId(newChatId);
            }
        });
    }

    /** Replaces the text of a message the bot sent; drops its inline keyboard. */
    public boolean editHtml(long chatId, boolean group, int messageId, String html) {
        EditMessageText edit = EditMessageText.builder().chatId(chatId).messageId(messageId).text(html)
                .parseMode(ParseMode.HTML)
                .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build()).build();
        return call("editMessageText", chatId, group, true, edit, new Fallback() {
            public void toPlainText() {
                edit.setParseMode(null);
                edit.setText(TelegramHtml.toPlainText(html));
            }

            public void moveTo(long newChatId) {
                edit.setChatId(newChatId);
            }
        }).isPresent();
    }

    /** Stops the button's spinner; {@code text}, when not null, is shown to the presser as a toast. */
    public void answerCallback(String callbackQueryId, String text) {
        AnswerCallbackQuery answer = AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId).text(text).build();
        call("answerCallbackQuery", 0, false, false, answer, null);
    }

    /** Shows "typing…" in the chat for about five seconds. Not rate limited: it is not a message. */
    public void typing(long chatId) {
        SendChatAction action = SendChatAction.builder().chatId(chatId).action("typing").build();
        call("sendChatAction", chatId, false, false, action, null);
    }

    /** How a call can be re-shaped when Telegram rejects it for a reason we can fix. */
    private interface Fallback {
        void toPlainText();

        void moveTo(long newChatId);
    }

    private <T extends Serializable> Optional<T> call(String what, long chatId, boolean group, boolean limited,
                                                      BotApiMethod<T> method, Fallback fallback) {
        boolean plain = false;
        boolean moved = false;
        int rateLimitWaits = 0;
        long target = chatId;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            try {
                if (limited) {
                    limiter.acquire(target, group);
                }
                T result = client.execute(method);
                if (limited) {
                    stats.replySent();
                }
                return Optional.ofNullable(result);
            } catch (TelegramApiRequestException e) {
                Integer code = e.getErrorCode();
                ResponseParameters params = e.getParameters();
                String description = masker.mask(String.valueOf(e.getApiResponse()));
                if (code != null && code == 429) {
                    int wait = params != null && params.getRetryAfter() != null ? params.getRetryAfter() : 1;
                    stats.rateLimitedOnce();
                    log.warn("Telegram rate limit on {} to chat {}: waiting {} s as asked", what, target, wait);
                    if (wait > MAX_RETRY_AFTER_SECONDS || ++rateLimitWaits > MAX_RATE_LIMIT_WAITS
                            || !sleep(Duration.ofSeconds(wait))) {
                        break;
                    }
                    attempt--; // a 429 is Telegram pacing us, not a failure of the call
                    continue;
                }
                if (code != null && code == 400 && fallback != null && !plain && mentions(description, "can't parse entities")) {
                    log.warn("Telegram rejected the HTML of {} to chat {} ({}); sending it as plain text", what, target,
                            description);
                    stats.plainTextFallback();
                    fallback.toPlainText();
                    plain = true;
                    attempt--;
                    continue;
                }
                if (code != null && code == 400 && fallback != null && !moved && params != null
                        && params.getMigrateToChatId() != null) {
                    target = params.getMigrateToChatId();
                    log.info("Chat {} became supergroup {}; re-sending {} there", chatId, target, what);
                    fallback.moveTo(target);
                    moved = true;
                    attempt--;
                    continue;
                }
                if (code != null && code == 400 && mentions(description, "message is not modified")) {
                    return Optional.empty();
                }
                // a non-JSON error page (a proxy's 502) arrives as errorCode 0, "Unable to deserialize response"
                if (code == null || code == 0 || code >= 500) {
                    log.warn("Telegram {} failed (attempt {} of {}): {}", what, attempt, maxAttempts, masker.describe(e));
                    if (!sleep(networkBackoff.multipliedBy(attempt))) {
                        break;
                    }
                    continue;
                }
                // the failed call itself is counted by BotApiFailureMonitor, like every failed Bot API call
                log.error("Telegram {} to chat {} failed: {} {}", what, target, code, description);
                return Optional.empty();
            } catch (TelegramApiException e) {
                log.warn("Telegram {} failed (attempt {} of {}): {}", what, attempt, maxAttempts, masker.describe(e));
                if (Thread.currentThread().isInterrupted() || !sleep(networkBackoff.multipliedBy(attempt))) {
                    break;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                stats.error();
                log.error("Telegram {} to chat {} failed: {}", what, target, masker.describe(e));
                return Optional.empty();
            }
        }
        log.error("Telegram {} to chat {} gave up", what, target);
        return Optional.empty();
    }

    private static boolean mentions(String description, String phrase) {
        return description != null && description.toLowerCase(Locale.ROOT).contains(phrase);
    }

    private static boolean sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
