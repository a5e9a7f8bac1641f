package dev.positionsbot.telegram;

import java.util.concurrent.atomic.AtomicLong;

/** Counters of the Telegram front end, read by the HTTP /metrics endpoint. Thread-safe. */
public final class TelegramStats {

    private final AtomicLong updates = new AtomicLong();
    private final AtomicLong staleUpdates = new AtomicLong();
    private final AtomicLong questions = new AtomicLong();
    private final AtomicLong answered = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong replies = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong rateLimited = new AtomicLong();
    private final AtomicLong plainTextFallbacks = new AtomicLong();
    private final AtomicLong accessDenied = new AtomicLong();

    /** Updates received from getUpdates. */
    public long updates() {
        return updates.get();
    }

    /** Updates skipped because they were older than the configured maximum age. */
    public long staleUpdates() {
        return staleUpdates.get();
    }

    /** Questions passed to the answerer. */
    public long questions() {
        return questions.get();
    }

    /** Questions that got a sourced answer. */
    public long answered() {
        return answered.get();
    }

    /** Questions that got a refusal from the answerer. */
    public long refused() {
        return refused.get();
    }

    /** Messages sent or edited successfully. */
    public long replies() {
        return replies.get();
    }

    /** Failures: calls that failed for good, and updates whose handling threw. */
    public long errors() {
        return errors.get();
    }

    /** 429 responses that were waited out. */
    public long rateLimited() {
        return rateLimited.get();
    }

    /** Messages re-sent as plain text after Telegram rejected their HTML. */
    public long plainTextFallbacks() {
        return plainTextFallbacks.get();
    }

    /** Messages or button presses refused by the allowlist. */
    public long accessDenied() {
        return accessDenied.get();
    }

    void updateReceived() {
        updates.incrementAndGet();
    }

    void staleUpdateSkipped() {
        staleUpdates.incrementAndGet();
    }

    void questionAsked() {
        questions.incrementAndGet();
    }

    void questionAnswered(boolean wasAnswered) {
        (wasAnswered ? answered : refused).incrementAndGet();
    }

    void replySent() {
        replies.incrementAndGet();
    }

    void error() {
        errors.incrementAndGet();
    }

    void rateLimitedOnce() {
        rateLimited.incrementAndGet();
    }

    void plainTextFallback() {
        plainTextFallbacks.incrementAndGet();
    }

    void accessDeniedOnce() {
        accessDenied.incrementAndGet();
    }

    @Override
    public String toString() {
        return "TelegramStats[updates=" + updates() + ", stale=" + staleUpdates() + ", questions=" + questions()
                + ", answered=" + answered() + ", refused=" + refused() + ", replies=" + replies() + ", errors="
                + errors() + ", rateLimited=" + rateLimited() + ", plainTextFallbacks=" + plainTextFallbacks()
                + ", accessDenied=" + accessDenied() + "]";
    }
}
