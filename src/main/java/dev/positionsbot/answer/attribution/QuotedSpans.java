package dev.positionsbot.answer.attribution;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks out the text between quotation marks, so that words inside a quote (a "said" or a year the speaker
 * mentions) are not read as the article's own attribution or date. Offsets are kept: the result has the same length.
 */
final class QuotedSpans {

    private QuotedSpans() {
    }

    static String mask(String text) {
        char[] out = text.toCharArray();
        boolean inCurly = false;
        boolean inStraight = false;
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (c == '\u201C' || c == '\u00AB' || c == '\u201E') {
                inCurly = true;
                continue;
            }
            if (c == '\u201D' || c == '\u00BB') {
                inCurly = false;
                continue;
            }
            if (c == '"') {
                inStraight = !inStraight;
                continue;
            }
            if (inCurly || inStraight) {
                out[i] = ' ';
            }
        }
        // the author's words that interrupt a Russian quote inside its guillemets ("«Мы не против, — заявил в среду
        // депутат X. — Мы против …»", also when the sentence ends with them) are not the quote: they credit it and
        // date it
        Matcher author = RU_AUTHOR_INSIDE.matcher(text);
        while (author.find()) {
            for (int i = author.start(1); i < author.end(1); i++) {
                out[i] = text.charAt(i);
            }
        }
        return new String(out);
    }

    private static final Pattern RU_AUTHOR_INSIDE = Pattern.compile("(?u)«[^«»]*?[,.!?…]\\s*"
            + "(—\\s*(?:" + RussianSpeechVerbs.RU_VERBS + ")(?!\\p{L})[^«»—]{1,200}?(?:[.,]?\\s*—(?=\\s)|[.]?\\s*$))");

    /** Whether the text opens with a quotation mark (after spaces): a sentence that is itself a quote. */
    static boolean opensWithQuote(String text) {
        String s = text.stripLeading();
        return !s.isEmpty() && (s.charAt(0) == '\u201C' || s.charAt(0) == '"' || s.charAt(0) == '\u00AB');
    }

    static boolean hasQuote(String text) {
        return text.indexOf('\u201C') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\u00AB') >= 0;
    }
}
