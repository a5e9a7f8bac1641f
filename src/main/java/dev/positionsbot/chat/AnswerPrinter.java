package dev.positionsbot.chat;

import dev.positionsbot.answer.Citation;
import dev.positionsbot.answer.GroundedAnswer;
import dev.positionsbot.answer.SourceInfo;
import dev.positionsbot.answer.attribution.AttributionLabel;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text rendering of answers and source lists for the terminal: the answer first, then each numbered source with
 * title, outlet, author and date, who made the statement and when, and the verbatim quote unless the answer already
 * reads it word for word. Wraps at word boundaries to a width; on a terminal, citation numbers are bold and source
 * lines dim (JLine's ANSI rendering), plain when piped or when {@code NO_COLOR} is set.
 */
public final class AnswerPrinter {

    private static final Pattern MARKER = Pattern.compile("\\[\\d+]");
    private static final String INDENT = "    ";

    private final int width;
    private final boolean styled;

    /** Plain text, unwrapped: for pipes, files and tests. */
    public AnswerPrinter() {
        this(0, false);
    }

    /**
     * @param width  columns to wrap to; 0 or less for no wrapping
     * @param styled whether to emit ANSI bold and dim
     */
    public AnswerPrinter(int width, boolean styled) {
        this.width = width;
        this.styled = styled;
    }

    /** Styled only when writing to a terminal and {@code NO_COLOR} is unset or empty (https://no-color.org). */
    public static boolean stylesFor(boolean terminal, String noColorEnv) {
        return terminal && (noColorEnv == null || noColorEnv.isEmpty());
    }

    public String format(GroundedAnswer a) {
        String text = a.answer().strip();
        StringBuilder b = new StringBuilder(markers(TextWrapper.wrap(text, width, "", ""))).append('\n');
        if (!a.citations().isEmpty()) {
            b.append(bold("Sources:")).append('\n');
            String flat = text.replaceAll("\\s+", " ");
            for (Citation c : a.citations()) {
                String head = "[" + c.n() + "] ";
                String rest = describe(c.title(), c.outlet(), c.author(), c.published());
                String wrapped = TextWrapper.wrap(head + rest, width, "", INDENT);
                b.append(styled ? bold(head) + dim(wrapped.substring(head.length())) : wrapped).append('\n');
                String who = AttributionLabel.line(c);
                if (!who.isEmpty()) {
                    b.append(dim(TextWrapper.wrap(who, width, INDENT, INDENT))).append('\n');
                }
                String quote = c.quote().strip();
                if (!quote.isEmpty() && !flat.contains(quote.replaceAll("\\s+", " "))) {
                    b.append(TextWrapper.wrap("\u201C" + quote + "\u201D", width, INDENT, INDENT)).append('\n');
                }
                b.append(dim(INDENT + (c.url().isBlank() ? c.file() : c.url()))).append('\n');
            }
        }
        return b.toString();
    }

    public String formatSources(List<SourceInfo> sources) {
        StringBuilder b = new StringBuilder();
        int n = 1;
        for (SourceInfo s : sources) {
            b.append(n++).append(". ").append(describe(s.title(), s.outlet(), s.author(), s.published()));
            b.append("  [").append(s.language().isBlank() ? "?" : s.language()).append(", ").append(s.passages())
                    .append(s.passages() == 1 ? " passage" : " passages").append("]\n");
        }
        if (sources.isEmpty()) {
            b.append("(no articles)\n");
        }
        return b.toString();
    }

    /** "Title — Outlet, Author, 2022-09-27", leaving out what the article does not state. */
    static String describe(String title, String outlet, String author, String published) {
        StringBuilder b = new StringBuilder(title);
        StringBuilder rest = new StringBuilder();
        for (String part : new String[]{outlet, author, published}) {
            if (!part.isBlank()) {
                if (rest.length() > 0) {
                    rest.append(", ");
                }
                rest.append(part);
            }
        }
        if (rest.length() > 0) {
            b.append(" \u2014 ").append(rest);
        }
        return b.toString();
    }

    private String markers(String text) {
        if (!styled) {
            return text;
        }
        Matcher m = MARKER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(bold(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String bold(String s) {
        return styled ? new AttributedStringBuilder().style(AttributedStyle.BOLD).append(s).toAnsi() : s;
    }

    private String dim(String s) {
        if (!styled) {
            return s;
        }
        // styled line by line, so that each wrapped line resets its own style
        StringBuilder out = new StringBuilder();
        String[] lines = s.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            out.append(i == 0 ? "" : "\n")
                    .append(new AttributedStringBuilder().style(AttributedStyle.DEFAULT.faint()).append(lines[i]).toAnsi());
        }
        return out.toString();
    }
}
