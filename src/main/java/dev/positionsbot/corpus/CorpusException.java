package dev.positionsbot.corpus;

import dev.positionsbot.PositionsBotException;

/** A problem with an article file or the knowledge directory; the message names the file (and line/field where known). */
public class CorpusException extends PositionsBotException {
    public CorpusException(String message) {
        super(message);
    }

    public CorpusException(String message, Throwable cause) {
        super(message, cause);
    }
}
