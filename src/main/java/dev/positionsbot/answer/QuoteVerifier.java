package dev.positionsbot.answer;

import java.text.Normalizer;

/**
 * Checks that a quote shown to a user appears verbatim in an article body, after normalising only what a reader
 * would not call a change: Unicode form, curly vs straight quotes and apostrophes, dashes, and runs of whitespace.
 */
public final class QuoteVerifier {

    public boolean isVerbatim(String quote, String articleBody) {
        String q = normalize(quote);
        if (q.isEmpty()) {
            return false;
        }
        return normalize(articleBody).contains(q);
    }

    public static String normalize(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(n.length());
        boolean space = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`', '\u00B4' -> c = '\'';
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> c = '"';
                case '\u2013', '\u2014', '\u2012', '\u2015', '\u2212' -> c = '-';
                default -> {
                }
            }
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = true;
                continue;
            }
            if (space && b.length() > 0) {
                b.append(' ');
            }
            space = false;
            b.append(c);
        }
        return b.toString();
    }
}
