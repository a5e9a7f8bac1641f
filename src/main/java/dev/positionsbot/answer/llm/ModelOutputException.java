package dev.positionsbot.answer.llm;

/** The model answered, but not in a usable form (empty, or ignoring the [n] answer format). */
class ModelOutputException extends LlmException {
    ModelOutputException(String message) {
        super(message);
    }
}
