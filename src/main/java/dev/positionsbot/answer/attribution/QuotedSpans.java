package dev.positionsbot.answer.attribution;

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
        return new String(out);
    }

    /** Whether the text opens with a quotation mark (after spaces): a sentence that is itself a quote. */
    static boolean opensWithQuote(String text) {
        String s = text.stripLeading();
        return !s.isEmpty() && (s.charAt(0) == '\u201C' || s.charAt(0) == '"' || s.charAt(0) == '\u00AB');
    }

    static boolean hasQuote(String text) {
        return text.indexOf('\u201C') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\u00AB') >= 0;
    }
}
