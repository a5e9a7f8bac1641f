package dev.positionsbot.answer;

import java.text.Normalizer;

/**
 * The first thing done to a question, in every front end: Unicode NFKC (full-width letters, ligatures and the many
 * space characters become their plain forms), invisible format characters (zero-width space and joiners, BOM, soft
 * hyphen, bidi marks) removed, control characters turned into spaces, runs of whitespace collapsed. What is left is
 * what the search sees; a question of invisible characters only becomes empty and is refused as such instead of
 * reaching the embedding model, which throws on input with no tokens.
 */
public final class QuestionNormalizer {

    /** The refusal reason for a question with nothing left after normalising, shared by every front end. */
    public static final String NOTHING_TO_SEARCH = "the question is empty: there is nothing to search for";

    private QuestionNormalizer() {
    }

    public static String normalize(String question) {
        if (question == null) {
            return "";
        }
        String nfkc = Normalizer.normalize(question, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        boolean space = false;
        for (int i = 0; i < nfkc.length(); ) {
            int cp = nfkc.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.FORMAT || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                    || type == Character.SURROGATE) {
                continue;
            }
            if (type == Character.CONTROL || Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }
}
