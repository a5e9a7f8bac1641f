package dev.positionsbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which name spellings can possibly match a text, found in one pass with a trie of the spellings' case-folded
 * characters. A spelling's whole-word pattern (case-insensitive, or exact for short ones) only matches where the
 * text's characters, folded the way {@code Pattern.UNICODE_CASE} folds them ({@code toLowerCase(toUpperCase(c))},
 * an idempotent fold), equal the spelling's folded characters; so a spelling absent here cannot match, and
 * {@code QuestionAnalyzer.scanNames} may skip its pattern without changing any result. Blanking a found name (" ")
 * could only create a new occurrence of a spelling that has a space next to a character that is not a letter or digit
 * (the blanked name was bounded by such characters); such spellings are always tried. Hand-written because a
 * trie of ~160 short keys is a few lines and no library on the classpath offers a case-folding multi-pattern
 * matcher.
 */
final class NameSpellingPrefilter {
    private static final class Node {
        final Map<Integer, Node> next = new java.util.HashMap<>();
        final List<Integer> ends = new ArrayList<>(1);
    }

    private final int count;
    private final Node root = new Node();
    private final boolean[] always;

    NameSpellingPrefilter(List<String> spellings) {
        this.count = spellings.size();
        this.always = new boolean[count];
        for (int k = 0; k < count; k++) {
            String v = spellings.get(k);
            always[k] = v.isEmpty() || mayCrossBlank(v) || v.codePoints().anyMatch(Character::isSupplementaryCodePoint);
            Node node = root;
            for (int i = 0; i < v.length(); i++) {
                node = node.next.computeIfAbsent(fold(v.charAt(i)), c -> new Node());
            }
            node.ends.add(k);
        }
    }

    static int fold(int c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    private static boolean mayCrossBlank(String v) {
        for (int i = 0; i < v.length(); i++) {
            if (fold(v.charAt(i)) == ' ' && (i == 0 || i == v.length() - 1
                    || !isAsciiLetterOrDigit(v.charAt(i - 1)) || !isAsciiLetterOrDigit(v.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /** For each spelling, in the order given, whether it may occur in the text. */
    boolean[] present(String text) {
        boolean[] out = always.clone();
        int n = text.length();
        int[] folded = new int[n];
        for (int i = 0; i < n; i++) {
            folded[i] = fold(text.charAt(i));
        }
        for (int start = 0; start < n; start++) {
            Node node = root;
            for (int i = start; i < n; i++) {
                node = node.next.get(folded[i]);
                if (node == null) {
                    break;
                }
                for (int k : node.ends) {
                    out[k] = true;
                }
            }
        }
        return out;
    }
}
