package dev.positionsbot.answer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a text names a state in any of its Latin spellings, as a whole word and in either case: the pattern
 * {@code \b(name|...)\b} with {@code CASE_INSENSITIVE}. The coverage counts run it over every article of the corpus,
 * and a case-insensitive alternation tried at every position of every body grows with the corpus; so each spelling
 * is first looked for with {@link String#indexOf} in a copy of the text with its ASCII capitals lowered (and its
 * other characters beyond ASCII blanked), and the pattern runs only from the first place where one is.
 *
 * <p>The answer stays the pattern's. When every spelling is ASCII, the pattern matches each of their characters only
 * with the same letter in either ASCII case (without {@code UNICODE_CASE} no other character matches an ASCII one), so
 * wherever it matches, the copy holds the lowered spelling at the same index (the copy changes characters one for
 * one, and only those of no spelling beside A-Z), and no match starts before the first such place. A spelling that
 * is not ASCII turns the look-up off for its state.
 */
final class StateMentions {

    /** One matcher: an instance serves one counting thread (CorpusCoverage makes its own under its lock). */
    private final Matcher matcher;
    /** The spellings with A-Z lowered, or null when one is not ASCII (the pattern alone decides then). */
    private final String[] lowerSpellings;

    StateMentions(List<String> spellings) {
        this.matcher = Pattern.compile("\\b(" + String.join("|", spellings.stream().map(Pattern::quote).toList())
                + ")\\b", Pattern.CASE_INSENSITIVE).matcher("");
        boolean ascii = spellings.stream().allMatch(s -> s.chars().allMatch(c -> c < 128));
        this.lowerSpellings = ascii ? spellings.stream().map(StateMentions::lookUpCopy).toArray(String[]::new) : null;
    }

    /** Whether {@code text} names the state; {@code copy} is {@link #lookUpCopy}{@code (text)}. */
    boolean in(String text, String copy) {
        if (lowerSpellings == null) {
            return matcher.reset(text).find();
        }
        int first = -1;
        for (String s : lowerSpellings) {
            int at = copy.indexOf(s);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        // find(first) sees the text before first for the word boundary, as find() does
        return first >= 0 && matcher.reset(text).find(first);
    }

    /** The pattern alone over the whole text, as the counts were made before the look-up (for tests). */
    boolean byPattern(String text) {
        return matcher.reset(text).find();
    }

    /**
     * {@code text} with A-Z lowered and every character beyond ASCII replaced by DEL (U+007F, in no spelling), one
     * character for one, so that each index stays where it was; a text of one byte per character, where
     * {@link String#indexOf} is fastest (with the articles' curly quotes and dashes it took three quarters of the
     * counting time).
     */
    static String lookUpCopy(String text) {
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] >= 'A' && c[i] <= 'Z') {
                c[i] += 'a' - 'A';
            } else if (c[i] >= 128) {
                c[i] = '\u007f';
            }
        }
        return new String(c);
    }
}
