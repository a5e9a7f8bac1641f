package dev.positionsbot.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rule-based English/Russian sentence splitter for news prose.
 *
 * <p>A line break always ends a sentence (news bodies keep one paragraph per line). Inside a line a
 * sentence ends at {@code . ! ?} (optionally followed by closing quotes or brackets) when whitespace and
 * a plausible sentence start follow, unless the period belongs to a known abbreviation ("Mr.", "U.S.",
 * "Jan.") or an initial ("J. Smith"). Offsets are kept so that sentences can be quoted verbatim.
 *
 * <p>A sentence longer than {@link #MAX_SENTENCE_CHARS} (a run-on sentence, a list, or text with no punctuation at
 * all) is cut into pieces at clause boundaries, else between words, else anywhere: a sentence is the unit that is
 * retrieved, scored and quoted, and one of hundreds of kilobytes would become a quote of that size.
 */
public final class SentenceSplitter {

    /** Longest sentence kept whole; a few lines of text, long enough for any ordinary sentence of news prose. */
    public static final int MAX_SENTENCE_CHARS = 400;
    /** A cut is not made before this many characters, so that a long sentence is not chopped into slivers. */
    private static final int MIN_PIECE_CHARS = MAX_SENTENCE_CHARS / 3;

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "col", "lt", "sgt", "capt", "gov", "sen",
            "rep", "pres", "rev", "hon", "amb", "no", "vs", "etc", "inc", "ltd", "co", "corp", "dept", "est",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "approx", "fig", "vol", "ed", "mt",
            "г", "гг", "т.е", "т.д", "др", "им", "ул", "млн", "млрд", "тыс");

    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int n = text.length();
        int lineStart = 0;
        while (lineStart <= n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            splitLine(text, lineStart, lineEnd, out);
            lineStart = lineEnd + 1;
        }
        return out;
    }

    private void splitLine(String text, int from, int to, List<Sentence> out) {
        int start = skipSpace(text, from, to);
        int i = start;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                int end = i + 1;
                while (end < to && isCloser(text.charAt(end))) {
                    end++;
                }
                // "?!" / "..." runs
                while (end < to && (text.charAt(end) == '.' || text.charAt(end) == '!' || text.charAt(end) == '?')) {
                    end++;
                    while (end < to && isCloser(text.charAt(end))) {
                        end++;
                    }
                }
                if (end >= to) {
                    break;
                }
                if (Character.isWhitespace(text.charAt(end)) && isBoundary(text, start, i, end, to)) {
                    add(text, start, end, out);
                    start = skipSpace(text, end, to);
                    i = start;
                    continue;
                }
                i = end;
                continue;
            }
            i++;
        }
        if (start < to) {
            add(text, start, to, out);
        }
    }

    private boolean isBoundary(String text, int sentenceStart, int punct, int afterPunct, int lineEnd) {
        int next = skipSpace(text, afterPunct, lineEnd);
        if (next >= lineEnd) {
            return true;
        }
        char nc = text.charAt(next);
        boolean plausibleStart = Character.isUpperCase(nc) || Character.isDigit(nc) || isOpener(nc);
        if (!plausibleStart) {
            return false;
        }
        // " ... " between words is an elision inside a quotation, not the end of a sentence
        boolean ellipsis = text.charAt(punct) == '…' || text.startsWith("...", punct);
        if (ellipsis && punct > sentenceStart && Character.isWhitespace(text.charAt(punct - 1))) {
            return false;
        }
        if (text.charAt(punct) != '.') {
            return true;
        }
        // the word before the period
        int w = punct;
        while (w > sentenceStart && !Character.isWhitespace(text.charAt(w - 1)) && !isOpener(text.charAt(w - 1))) {
            w--;
        }
        String word = text.substring(w, punct).toLowerCase(Locale.ROOT);
        if (word.isEmpty()) {
            return true;
        }
        // dotted acronyms such as "U.S." or "D.C." (letters separated by dots)
        if (word.matches("(\\p{L}\\.)+\\p{L}")) {
            return Character.isUpperCase(nc) && isLikelySentenceStartAfterAcronym(text, next, lineEnd);
        }
        if (ABBREVIATIONS.contains(word)) {
            return false;
        }
        // single-letter initial such as "J." — but not a sentence ending in a one-letter word like "a"
        if (word.length() == 1 && Character.isLetter(word.charAt(0)) && Character.isUpperCase(text.charAt(w))) {
            return false;
        }
        return true;
    }

    private boolean isLikelySentenceStartAfterAcronym(String text, int next, int lineEnd) {
        // "... in the U.S. The next day" splits; "the U.S. Senate" does not. Capitalised function words
        // are a cheap, general signal for a new sentence.
        int e = next;
        while (e < lineEnd && Character.isLetter(text.charAt(e))) {
            e++;
        }
        String w = text.substring(next, e);
        return Set.of("The", "A", "An", "It", "He", "She", "They", "We", "I", "This", "That", "But", "In", "On",
                "At", "As", "If", "When", "Meanwhile", "However").contains(w);
    }

    private static void add(String text, int start, int end, List<Sentence> out) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        while (e - start > MAX_SENTENCE_CHARS) {
            int cut = cutPoint(text, start, start + MAX_SENTENCE_CHARS);
            addTrimmed(text, start, cut, out);
            start = skipSpace(text, cut, e);
        }
        addTrimmed(text, start, e, out);
    }

    private static void addTrimmed(String text, int start, int end, List<Sentence> out) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > start) {
            out.add(new Sentence(start, e, text.substring(start, e)));
        }
    }

    /**
     * Where to end a piece of an over-long sentence that starts at {@code start}, at most at {@code limit}: after the
     * last clause mark (; : , or a dash) that whitespace follows, else at the last whitespace, else at the limit
     * itself (never between the two halves of a surrogate pair).
     */
    static int cutPoint(String text, int start, int limit) {
        int min = start + MIN_PIECE_CHARS;
        for (int i = limit - 1; i >= min; i--) {
            char c = text.charAt(i);
            boolean clause = c == ';' || c == ':' || c == ',' || c == '—' || c == '–' || c == ')';
            if (clause && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1)) && i + 1 <= limit) {
                return i + 1;
            }
        }
        for (int i = limit; i >= min; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }

    private static int skipSpace(String text, int i, int to) {
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']' || c == '»';
    }

    private static boolean isOpener(char c) {
        return c == '"' || c == '\'' || c == '“' || c == '‘' || c == '(' || c == '[' || c == '«' || c == '—' || c == '-';
    }
}
