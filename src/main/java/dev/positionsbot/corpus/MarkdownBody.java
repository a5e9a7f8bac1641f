package dev.positionsbot.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a knowledge file's body as Markdown block structure: the lines of one paragraph (hard-wrapped by an editor)
 * are one paragraph, joined with a space; a heading, a list item, a table row and a fenced code block each stand on
 * their own, so that they never glue onto the sentence before or after them. The result has one block per line
 * group, blocks separated by a blank line, which is the shape {@code ingest} writes; a file already in that shape
 * comes out unchanged, so its content hash and index entries do not change.
 *
 * <p>Written by hand rather than with a Markdown library because only block boundaries matter here: the text of each
 * block must stay exactly as written (quotes are verbatim), which a renderer to HTML or plain text would not keep.
 */
final class MarkdownBody {

    private static final Pattern HEADING = Pattern.compile("^#{1,6}(\\s.*)?$");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^(=+|-+)\\s*$");
    private static final Pattern LIST_ITEM = Pattern.compile("^([-*+]|\\d{1,9}[.)])\\s+\\S.*$");
    /** As in CommonMark, only a list starting at 1 may interrupt a paragraph: "1990. That year" inside wrapped prose is prose. */
    private static final Pattern ORDERED_NOT_ONE = Pattern.compile("^(?!0*1[.)])\\d{1,9}[.)]\\s.*$");
    private static final Pattern THEMATIC_BREAK = Pattern.compile("^([-*_])(\\s*\\1){2,}\\s*$");
    private static final Pattern FENCE = Pattern.compile("^(```|~~~).*$");

    private MarkdownBody() {
    }

    static String normalize(String body) {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = null;
        boolean inItem = false;
        boolean inFence = false;
        StringBuilder fence = null;
        for (String raw : body.split("\n", -1)) {
            String line = raw.strip();
            if (inFence) {
                fence.append('\n').append(raw);
                if (FENCE.matcher(line).matches()) {
                    blocks.add(fence.toString());
                    inFence = false;
                }
                continue;
            }
            if (FENCE.matcher(line).matches()) {
                flush(blocks, current);
                current = null;
                fence = new StringBuilder(raw);
                inFence = true;
                continue;
            }
            if (line.isEmpty()) {
                flush(blocks, current);
                current = null;
            } else if (current != null && SETEXT_UNDERLINE.matcher(line).matches()) {
                // "Title\n=====": the underline makes the paragraph above a heading
                blocks.add((line.startsWith("=") ? "# " : "## ") + current);
                current = null;
            } else if (THEMATIC_BREAK.matcher(line).matches()) {
                // a horizontal rule separates blocks and is no text of its own
                flush(blocks, current);
                current = null;
            } else if (HEADING.matcher(line).matches() || line.startsWith("|")) {
                flush(blocks, current);
                current = null;
                blocks.add(line);
            } else if (LIST_ITEM.matcher(line).matches()
                    && (current == null || inItem || !ORDERED_NOT_ONE.matcher(line).matches())
                    || line.startsWith(">") && current == null) {
                flush(blocks, current);
                current = new StringBuilder(line);
                inItem = LIST_ITEM.matcher(line).matches();
                continue;
            } else if (current == null) {
                current = new StringBuilder(line);
                inItem = false;
            } else {
                // a soft line break: in Markdown, a space
                current.append(' ').append(line.startsWith(">") ? line.substring(1).strip() : line);
            }
        }
        if (inFence) {
            blocks.add(fence.toString());
        }
        flush(blocks, current);
        return String.join("\n\n", blocks);
    }

    private static void flush(List<String> blocks, StringBuilder current) {
        if (current != null && !current.isEmpty()) {
            blocks.add(current.toString());
        }
    }
}
