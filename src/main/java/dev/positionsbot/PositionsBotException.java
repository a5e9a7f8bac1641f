package dev.positionsbot;

/**
 * Root of the project's one unchecked exception family. Every subclass message names the file,
 * field or value at fault, so that a user can fix the input without reading a stack trace.
 */
public class PositionsBotException extends RuntimeException {
    public PositionsBotException(String message) {
        super(message);
    }

    public PositionsBotException(String message, Throwable cause) {
        super(message, cause);
    }
}
