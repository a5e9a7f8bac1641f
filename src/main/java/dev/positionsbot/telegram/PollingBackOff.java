package dev.positionsbot.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.BackOff;

import java.time.Duration;

/**
 * Wait between failed getUpdates calls: starts small, grows ×1.5 up to a cap, and never gives up. Replaces the
 * library's ExponentialBackOff, which after 15 minutes of outage waits 15 minutes between every retry.
 */
final class PollingBackOff implements BackOff {

    private static final Logger log = LoggerFactory.getLogger(PollingBackOff.class);

    private final long initialMillis;
    private final long maxMillis;
    private long next;

    PollingBackOff(Duration initial, Duration max) {
        this.initialMillis = initial.toMillis();
        this.maxMillis = Math.max(max.toMillis(), initialMillis);
        this.next = initialMillis;
    }

    @Override
    public synchronized void reset() {
        next = initialMillis;
    }

    @Override
    public synchronized long nextBackOffMillis() {
        long current = next;
        next = Math.min(maxMillis, (long) (next * 1.5));
        log.info("getUpdates will be retried in {} ms", current);
        return current;
    }
}
