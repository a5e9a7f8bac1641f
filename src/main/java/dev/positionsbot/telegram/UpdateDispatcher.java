package dev.positionsbot.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Receives batches from the polling loop and hands each update to a worker. Must never throw: the library runs
 * polling as a fixed-rate task, and an exception escaping {@code consume} would cancel that task for good.
 * Messages older than the configured age are skipped, so a restart does not answer a stale backlog.
 */
final class UpdateDispatcher implements LongPollingUpdateConsumer {

    private static final Logger log = LoggerFactory.getLogger(UpdateDispatcher.class);

    private final UpdateHandler handler;
    private final ChatOrderedExecutor workers;
    private final TelegramStats stats;
    private final TokenMasker masker;
    private final Duration maxAge;
    private final Clock clock;
    private final AtomicInteger lastUpdateId = new AtomicInteger(-1);

    UpdateDispatcher(UpdateHandler handler, ChatOrderedExecutor workers, TelegramStats stats, TokenMasker masker,
                     Duration maxAge, Clock clock) {
        this.handler = handler;
        this.workers = workers;
        this.stats = stats;
        this.masker = masker;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    @Override
    public void consume(List<Update> updates) {
        for (Update update : updates) {
            try {
                stats.updateReceived();
                lastUpdateId.accumulateAndGet(update.getUpdateId(), Math::max);
                if (isStale(update)) {
                    stats.staleUpdateSkipped();
                    log.info("Skipping update {}: older than {}", update.getUpdateId(), maxAge);
                    continue;
                }
                workers.execute(chatOf(update), () -> handleSafely(update));
            } catch (RejectedExecutionException e) {
                log.warn("Shutting down: update {} is not handled", update.getUpdateId());
            } catch (RuntimeException e) {
                stats.error();
                log.error("Cannot dispatch update {}: {}", update.getUpdateId(), masker.describe(e));
            }
        }
    }

    /** The highest update id received, or -1. */
    int lastUpdateId() {
        return lastUpdateId.get();
    }

    private void handleSafely(Update update) {
        try {
            handler.handle(update);
        } catch (RuntimeException | Error e) {
            stats.error();
            log.error("Handling update {} failed: {}", update.getUpdateId(), masker.describeWithTrace(e));
        }
    }

    private boolean isStale(Update update) {
        Message m = update.hasMessage() ? update.getMessage() : update.hasEditedMessage() ? update.getEditedMessage() : null;
        if (m == null) {
            return false;
        }
        Integer seconds = m.getEditDate() != null ? m.getEditDate() : m.getDate();
        return seconds != null && clock.instant().getEpochSecond() - seconds > maxAge.toSeconds();
    }

    private static long chatOf(Update update) {
        if (update.hasMessage()) {
            return update.getMessage().getChatId();
        }
        if (update.hasEditedMessage()) {
            return update.getEditedMessage().getChatId();
        }
        if (update.hasCallbackQuery() && update.getCallbackQuery().getMessage() != null) {
            return update.getCallbackQuery().getMessage().getChatId();
        }
        return 0;
    }
}
