package dev.positionsbot.answer.llm;

/**
 * Makes a user's text safe to put inside the prompt's {@code <question>} block: it cannot close the block (or open
 * another) and so cannot pose as part of our instructions.
 */
final class QuestionBlock {

    private QuestionBlock() {
    }

    static String sanitize(String text) {
        String s = text == null ? "" : text;
        return s.replaceAll("(?i)</?\\s*(question|passages|history|system)\\s*>", " ").strip();
    }
}
