package dev.positionsbot.corpus;

import java.util.List;

/**
 * The article found in a raw page: headline, metadata the page states (empty when not stated), body blocks,
 * and every line that was dropped with the reason.
 */
public record CleanedArticle(String title, String outlet, String author, String published, String url,
                             String language, List<Block> blocks, List<DroppedLine> dropped, int inputLines) {

    public CleanedArticle {
        blocks = List.copyOf(blocks);
        dropped = List.copyOf(dropped);
    }

    /** A paragraph, or a section heading when {@code heading} is true. */
    public record Block(boolean heading, String text) {
    }

    public record DroppedLine(String reason, String text) {
    }

    public long paragraphCount() {
        return blocks.stream().filter(b -> !b.heading()).count();
    }

    public long headingCount() {
        return blocks.stream().filter(Block::heading).count();
    }

    /** The Markdown body: paragraphs separated by blank lines, headings as {@code ## }. */
    public String body() {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append(b.heading() ? "## " : "").append(b.text());
        }
        return sb.toString();
    }
}
