package dev.positionsbot.http;

import dev.positionsbot.PositionsBotException;

/** The HTTP endpoint cannot start, e.g. the address is in use; the message names the address. */
public class HttpEndpointException extends PositionsBotException {
    public HttpEndpointException(String message, Throwable cause) {
        super(message, cause);
    }
}
