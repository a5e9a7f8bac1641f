package dev.positionsbot.chat;

import dev.positionsbot.answer.Citation;
import dev.positionsbot.answer.GroundedAnswer;
import dev.positionsbot.answer.SourceInfo;

import java.util.List;

/**
 * Plain-text rendering of answers and source lists for the terminal: the answer first, then each numbered source
 * with title, outlet and date, and the verbatim quote that supports it.
 */
public final class AnswerPrinter {

    public String format(GroundedAnswer a) {
        StringBuilder b = new StringBuilder(a.answer().strip()).append('\n');
        if (!a.citations().isEmpty()) {
            b.append("Sources:\n");
            for (Citation c : a.citations()) {
                b.append('[').append(c.n()).append("] ").append(describe(c.title(), c.outlet(), c.author(), c.published()))
                        .append('\n');
                b.append("    \u201C").append(c.quote().strip()).append("\u201D\n");
                if (!c.url().isBlank()) {
                    b.append("    ").append(c.url()).append('\n');
                } else {
                    b.append("    ").append(c.file()).append('\n');
                }
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
}
