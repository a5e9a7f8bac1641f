package dev.positionsbot.chat;

/**
 * Wraps text at word boundaries to a width, indenting continuation lines; a word longer than the width (a URL)
 * stays whole on its own line. Hand-written: JLine splits at columns, not at words.
 */
final class TextWrapper {

    private TextWrapper() {
    }

    /** {@code text} wrapped to {@code width} columns (no wrapping when width <= 0), each line starting with indent. */
    static String wrap(String text, int width, String firstIndent, String indent) {
        if (width <= 0) {
            return firstIndent + text;
        }
        StringBuilder out = new StringBuilder();
        String[] paragraphs = text.split("\n", -1);
        for (int p = 0; p < paragraphs.length; p++) {
            if (p > 0) {
                out.append('\n');
            }
            StringBuilder line = new StringBuilder(p == 0 ? firstIndent : indent);
            int lineStart = line.length();
            for (String word : paragraphs[p].strip().split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                boolean empty = line.length() == lineStart;
                if (!empty && line.length() + 1 + word.length() > width) {
                    out.append(line).append('\n');
                    line = new StringBuilder(indent);
                    lineStart = line.length();
                    empty = true;
                }
                line.append(empty ? "" : " ").append(word);
            }
            out.append(line);
        }
        return out.toString();
    }
}
