package dev.positionsbot.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The candidate answer units of a passage: each sentence, the sentence with the one before when it leans on it ("He
 * added ..."), and the sentence with the next when that one continues it. The one place that forms them: the answer
 * composer measures these units, and the index embeds the same units when it stores a passage, so the two can never
 * disagree about a unit's text.
 */
public final class SentenceUnits {

    /** Shorter sentences are captions, datelines and other fragments, never an answer. */
    public static final int MIN_CHARS = 25;

    /** Sentence openings that lean on the sentence before ("He added ...", "They include ..."). */
    private static final Set<String> ANAPHORA = Set.of("he", "she", "they", "it", "this", "these", "those", "his",
            "her", "their", "its", "such", "both");
    private static final Pattern CONTINUATION = Pattern.compile(
            "\\b(another|also|as well|in addition|likewise|similarly|the rest|the remaining)\\b", Pattern.CASE_INSENSITIVE);

    private final SentenceSplitter splitter = new SentenceSplitter();

    /**
     * A unit: offsets in the passage text, and how many sentences it spans (1 to 3).
     *
     * @param start offset of the first character in the passage text
     * @param end   offset one past the last character in the passage text
     */
    public record Unit(int start, int end, int sentences) {
        public String text(String passageText) {
            return passageText.substring(start, end);
        }
    }

    /**
     * The units of a passage text, sentence by sentence, each sentence's own unit before its pair with the next. A
     * unit can be listed twice (a sentence leaning on the one before, and that one continued by it): callers that
     * measure units keep the first.
     */
    public List<Unit> of(String passageText) {
        List<Sentence> sentences = splitter.split(passageText);
        List<Unit> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (s.text().length() < MIN_CHARS) {
                continue;
            }
            int start = s.start();
            int end = s.start() + s.text().length();
            int from = i > 0 && leansOnPrevious(s.text()) ? sentences.get(i - 1).start() : start;
            out.add(new Unit(from, end, from == start ? 1 : 2));
            if (i + 1 < sentences.size() && continues(sentences.get(i + 1).text())) {
                out.add(new Unit(from, sentences.get(i + 1).end(), from == start ? 2 : 3));
            }
        }
        return out;
    }

    /** The distinct unit texts of a passage text, in order. */
    public List<String> texts(String passageText) {
        return of(passageText).stream().map(u -> u.text(passageText)).distinct().toList();
    }

    private static boolean continues(String sentence) {
        return leansOnPrevious(sentence) || CONTINUATION.matcher(sentence).find();
    }

    static boolean leansOnPrevious(String sentence) {
        return ANAPHORA.contains(firstWord(sentence).toLowerCase(Locale.ROOT));
    }

    /**
     * {@code sentence.strip().split("[\\s,]+", 2)[0]} without compiling that pattern for every sentence of every
     * passage an answer measures: the stripped text up to its first \s (space, tab, line feed, vertical tab, form
     * feed, carriage return) or comma; empty when it starts with a comma, as split's leading empty string.
     */
    static String firstWord(String sentence) {
        String s = sentence.strip();
        int i = 0;
        while (i < s.length() && " \t\n\u000B\f\r,".indexOf(s.charAt(i)) < 0) {
            i++;
        }
        return s.substring(0, i);
    }
}
