package dev.positionsbot.telegram;

import dev.positionsbot.PositionsBotException;

/** A Telegram front-end failure: bad settings, a rejected token, an unreachable Bot API at startup. */
public class TelegramException extends PositionsBotException {
    public TelegramException(String message) {
        super(message);
    }

    public TelegramException(String message, Throwable cause) {
        super(message, cause);
    }
}
