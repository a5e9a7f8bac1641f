package dev.positionsbot.answer;

import dev.positionsbot.PositionsBotException;

/** The configured external scoring model could not score a question's candidates; the message says why. */
public class ExternalScorerException extends PositionsBotException {

    public ExternalScorerException(String message, Throwable cause) {
        super(message, cause);
    }
}
