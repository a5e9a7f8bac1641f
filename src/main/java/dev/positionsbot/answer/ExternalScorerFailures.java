package dev.positionsbot.answer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * What the scorer remembers of an external scoring model's failures: which kinds were logged at WARN (each once per
 * outage; repeats go to DEBUG, so that a server down for an hour does not flood the log), and a pause after a
 * failure during which the model is not asked at all, so that a hung server does not add its timeout to every
 * question. The first success after a failure is logged, and a later outage is reported afresh.
 */
final class ExternalScorerFailures {

    /** How long after a failure the external model is skipped; a question in this time uses the built-in one. */
    static final Duration DEFAULT_PAUSE = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(ExternalScorerFailures.class);

    private final long pauseNanos;
    private final LongSupplier clock;
    private final Set<String> reported = ConcurrentHashMap.newKeySet();
    private volatile boolean failing;
    private volatile long failedAt;

    ExternalScorerFailures(Duration pause, LongSupplier nanoClock) {
        this.pauseNanos = pause.toNanos();
        this.clock = nanoClock;
    }

    /** Null when the model may be asked now, else why it is not. */
    String skipReason() {
        if (!failing) {
            return null;
        }
        long since = clock.getAsLong() - failedAt;
        return since < pauseNanos ? "not asked for " + seconds(pauseNanos) + " after its last failure"
                : null;
    }

    void failed(String kind, String message) {
        failedAt = clock.getAsLong();
        failing = true;
        if (reported.add(kind)) {
            log.warn("external scoring model failed ({}): {}; questions are answered with the built-in scorer until it"
                    + " works again (it is asked again after {}; further {} failures are logged at DEBUG)", kind,
                    message, seconds(pauseNanos), kind);
        } else {
            log.debug("external scoring model failed again ({}): {}", kind, message);
        }
    }

    void succeeded() {
        if (failing) {
            failing = false;
            reported.clear();
            log.info("external scoring model works again; it scores the candidates from now on");
        }
    }

    private static String seconds(long nanos) {
        return Duration.ofNanos(nanos).toSeconds() + " s";
    }
}
