package dev.positionsbot.answer;

/**
 * Text folded as java.util.regex folds it for a pattern compiled with CASE_INSENSITIVE and UNICODE_CASE: each
 * character to the lower case of its upper case. A literal of such a pattern matches only where the folded text
 * holds the folded literal, so a plain {@code contains} on the folded text can rule a pattern out before the regex
 * engine tries it at every position (the callers keep the pattern for the cases it does not rule out).
 */
public final class CaseFolded {

    /** Stands for a character whose folding leaves the Basic Multilingual Plane: no literal here folds to it. */
    private static final char OUTSIDE = '\uFFFF';

    private CaseFolded() {
    }

    public static String of(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            int f = Character.toLowerCase(Character.toUpperCase((int) text.charAt(i)));
            out[i] = f <= Character.MAX_VALUE ? (char) f : OUTSIDE;
        }
        return new String(out);
    }
}
