package dev.positionsbot.telegram;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Keeps "typing…" visible while an answer is composed: Telegram shows a chat action for about five seconds, so it
 * is renewed every few seconds until the reply is ready.
 */
public final class TypingIndicator {

    /** A running indicator; closing it stops the renewals. */
    public interface Handle extends AutoCloseable {
        @Override
        void close();
    }

    private final TelegramSender sender;
    private final ScheduledExecutorService scheduler;
    private final Duration interval;

    public TypingIndicator(TelegramSender sender, ScheduledExecutorService scheduler, Duration interval) {
        this.sender = sender;
        this.scheduler = scheduler;
        this.interval = interval;
    }

    public Handle start(long chatId) {
        sender.typing(chatId);
        ScheduledFuture<?> renewal;
        try {
            renewal = scheduler.scheduleWithFixedDelay(() -> sender.typing(chatId), interval.toMillis(),
                    interval.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return () -> { }; // shutting down: the reply in flight still goes out, just without renewals
        }
        return () -> renewal.cancel(false);
    }
}
