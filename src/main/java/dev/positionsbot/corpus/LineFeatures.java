package dev.positionsbot.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Shape features of a single line of raw article text, used to tell prose from page furniture. */
final class LineFeatures {

    private static final Set<String> MINOR_WORDS = Set.of(
            "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "nor", "with", "from", "by",
            "as", "is", "are", "vs", "via", "into", "over", "after", "up", "off", "out", "its", "it's", "than",
            "и", "в", "во", "на", "с", "со", "по", "к", "о", "об", "от", "до", "за", "из", "для", "не");

    private LineFeatures() {
    }

    static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        for (String t : line.trim().split("\\s+")) {
            if (t.codePoints().anyMatch(Character::isLetterOrDigit)) {
                out.add(t);
            }
        }
        return out;
    }

    static int wordCount(String line) {
        return words(line).size();
    }

    /** Strips closing quotes and brackets so that {@code said "no."} ends in a period. */
    static String withoutClosers(String line) {
        String s = line.strip();
        int e = s.length();
        while (e > 0 && "\"'”’»)]".indexOf(s.charAt(e - 1)) >= 0) {
            e--;
        }
        return s.substring(0, e);
    }

    static boolean endsWithEllipsis(String line) {
        String s = withoutClosers(line);
        return s.endsWith("...") || s.endsWith("…");
    }

    /** Ends like a finished sentence: . ! ? (not an ellipsis, which marks a truncated teaser). */
    static boolean endsSentence(String line) {
        String s = withoutClosers(line);
        if (s.isEmpty() || endsWithEllipsis(s)) {
            return false;
        }
        char c = s.charAt(s.length() - 1);
        return c == '.' || c == '!' || c == '?';
    }

    static boolean isTitleCase(String line) {
        int counted = 0;
        int capital = 0;
        List<String> ws = words(line);
        for (int i = 0; i < ws.size(); i++) {
            String w = ws.get(i);
            int first = firstLetter(w);
            if (first < 0) {
                continue;
            }
            if (i > 0 && MINOR_WORDS.contains(w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}']", ""))) {
                continue;
            }
            counted++;
            if (Character.isUpperCase(w.codePointAt(first))) {
                capital++;
            }
        }
        return counted >= 1 && capital >= Math.ceil(counted * 0.8);
    }

    private static int firstLetter(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetter(w.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Short and not ending like a sentence (questions in title case count too). */
    static boolean isHeadlineLike(String line) {
        int wc = wordCount(line);
        if (wc == 0 || wc > 30) {
            return false;
        }
        String s = withoutClosers(line);
        if (endsWithEllipsis(line)) {
            return false;
        }
        if (!endsSentence(line) || s.endsWith(":")) {
            return !s.endsWith(",") && !s.endsWith(";");
        }
        return s.endsWith("?") && isTitleCase(line) && wc <= 20;
    }

    /** Reads like running text: a finished sentence of some length, or a long line. */
    static boolean isProse(String line) {
        int wc = wordCount(line);
        if (endsWithEllipsis(line)) {
            return false;
        }
        return (endsSentence(line) && wc >= 8) || wc >= 20;
    }

    static String normalized(String line) {
        return line.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    static double cyrillicShare(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        if (letters == 0) {
            return 0;
        }
        long cyr = text.codePoints()
                .filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC).count();
        return (double) cyr / letters;
    }
}
