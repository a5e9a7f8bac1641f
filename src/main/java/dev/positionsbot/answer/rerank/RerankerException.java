package dev.positionsbot.answer.rerank;

import dev.positionsbot.PositionsBotException;

/**
 * An external reranking server could not score a question's candidates. The message names the URL and what went
 * wrong (status, timeout, malformed reply); {@link #kind()} groups failures so that each kind is logged once.
 */
public class RerankerException extends PositionsBotException {

    /** What went wrong, coarsely: the unit in which failures are reported. */
    public enum Kind { UNREACHABLE, TIMEOUT, HTTP_STATUS, MALFORMED_REPLY }

    private final Kind kind;

    public RerankerException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public RerankerException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
