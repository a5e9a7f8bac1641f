package dev.positionsbot.index;

/**
 * A phonetic-ish key for Latin words, so that the many romanisations of Central Asian and Russian names
 * (Tokayev/Tokaev/Toqaev, Rakhmon/Rahmon, Zaporizhzhia/Zaporozhye, Kyrgyzstan/Kirgizstan,
 * Qazaqstan/Kazakhstan) reduce to one key.
 *
 * <p>The rules are general transliteration facts, not a list of names: the digraphs used by the competing
 * schemes (zh/dzh/dj, kh, sh/shch, ch) collapse to one letter each; q, kh and h all stand for the same
 * back fricative/stop family and become k; w becomes v; every run of vowels (y included) after the first
 * becomes a single "a", because vowel spelling is where the schemes (and Ukrainian vs. Russian forms)
 * disagree most; the first run keeps its first vowel (y read as i), which keeps most ordinary English words
 * apart ("oil"/"all", "affect"/"effect"); doubled letters collapse. The key is deliberately lossy, so it lives in its own field next to the exact field
 * and is queried with a lower weight.
 */
public final class NameFolding {

    private NameFolding() {
    }

    /** The key of a lower-case, ASCII-folded token; tokens with anything but a-z (numbers, codes) are returned unchanged. */
    public static String key(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c < 'a' || c > 'z') {
                return token;
            }
        }
        String s = token
                .replace("shch", "s")
                .replace("dzh", "j")
                .replace("zh", "j")
                .replace("dj", "j")
                .replace("kh", "k")
                .replace("sh", "s")
                .replace("tch", "c")
                .replace("ch", "c")
                .replace("th", "t")
                .replace("ph", "f");
        StringBuilder out = new StringBuilder(s.length());
        boolean inVowels = false;
        boolean firstVowelRun = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isVowel(c)) {
                if (!inVowels) {
                    append(out, firstVowelRun ? (c == 'y' ? 'i' : c) : 'a');
                }
                inVowels = true;
                continue;
            }
            if (inVowels) {
                firstVowelRun = false;
            }
            inVowels = false;
            switch (c) {
                case 'q', 'h' -> append(out, 'k');
                case 'w' -> append(out, 'v');
                default -> append(out, c);
            }
        }
        return out.toString();
    }

    private static void append(StringBuilder out, char c) {
        if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
            out.append(c);
        }
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }
}
