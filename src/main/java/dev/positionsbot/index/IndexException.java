package dev.positionsbot.index;

import dev.positionsbot.PositionsBotException;

/** The index directory cannot be read, written or trusted; the message names the directory or file. */
public class IndexException extends PositionsBotException {
    public IndexException(String message) {
        super(message);
    }

    public IndexException(String message, Throwable cause) {
        super(message, cause);
    }
}
