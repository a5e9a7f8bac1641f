package dev.positionsbot.answer.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and removes {@code [n]} markers ({@code [1]}, {@code [1][3]}, {@code [1, 3]}) in model output. */
final class CitationMarkers {

    static final Pattern MARKER = Pattern.compile("\\[\\s*(\\d{1,4}(?:\\s*[,;]\\s*\\d{1,4})*)\\s*]");
    /** One or more markers right after sentence-final punctuation: "... Ukraine. [1][2] Next". */
    private static final Pattern AFTER_PUNCT = Pattern.compile(
            "([.!?…])((?:\\s*\\[\\s*\\d{1,4}(?:\\s*[,;]\\s*\\d{1,4})*\\s*])+)");

    private CitationMarkers() {
    }

    /** Marker numbers in order of appearance, duplicates kept out. */
    static List<Integer> numbers(String text) {
        List<Integer> out = new ArrayList<>();
        Matcher m = MARKER.matcher(text);
        while (m.find()) {
            for (String part : m.group(1).split("[,;]")) {
                int n = Integer.parseInt(part.trim());
                if (!out.contains(n)) {
                    out.add(n);
                }
            }
        }
        return out;
    }

    static boolean any(String text) {
        return MARKER.matcher(text).find();
    }

    /** The text without markers, whitespace collapsed and no space left before punctuation. */
    static String strip(String text) {
        String s = MARKER.matcher(text).replaceAll(" ");
        s = s.replaceAll("\\s+", " ").strip();
        return s.replaceAll(" ([.,;:!?…])", "$1");
    }

    /**
     * Moves markers that follow a sentence's final punctuation in front of it ("X. [1] Y" becomes "X [1]. Y"), so
     * that a sentence splitter keeps each marker with the sentence it belongs to.
     */
    static String moveBeforePunctuation(String text) {
        return AFTER_PUNCT.matcher(text).replaceAll(mr -> Matcher.quoteReplacement(" " + mr.group(2).strip() + mr.group(1)));
    }

    /** "claim [1][2]." — markers before the final punctuation, or at the end when the sentence has none. */
    static String attach(String claim, List<Integer> numbers) {
        StringBuilder markers = new StringBuilder();
        for (int n : numbers) {
            markers.append('[').append(n).append(']');
        }
        if (!claim.isEmpty() && ".!?…".indexOf(claim.charAt(claim.length() - 1)) >= 0) {
            int end = claim.length() - 1;
            while (end > 0 && ".!?…".indexOf(claim.charAt(end - 1)) >= 0) {
                end--;
            }
            return claim.substring(0, end) + " " + markers + claim.substring(end);
        }
        return claim + " " + markers;
    }
}
