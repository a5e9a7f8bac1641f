package dev.positionsbot.answer.llm;

import dev.positionsbot.PositionsBotException;

/** A bad LLM setting or prompt template; the message names the variable, file or placeholder at fault. */
public class LlmException extends PositionsBotException {
    public LlmException(String message) {
        super(message);
    }

    public LlmException(String message, Throwable cause) {
        super(message, cause);
    }
}
