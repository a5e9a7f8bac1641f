package dev.positionsbot.corpus;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Cyrillic to Latin after the common English-language news practice (BGN/PCGN-like, without diacritics),
 * extended with the letters of Kazakh, Kyrgyz, Tajik, Uzbek and Ukrainian Cyrillic. The output is only
 * used for matching and file names, so where schemes differ it does not matter much: the index's name folding
 * evens them out. The one transliteration of the project: slugs, the index's analysis and question understanding
 * all use it.
 */
public final class CyrillicTransliteration {

    private static final Map<Character, String> LETTERS = new HashMap<>();
    private static final Pattern CYRILLIC_SCRIPT = Pattern.compile("\\p{IsCyrillic}");

    static {
        String[] pairs = {
                "а", "a", "б", "b", "в", "v", "г", "g", "д", "d", "е", "e", "ё", "yo", "ж", "zh", "з", "z",
                "и", "i", "й", "y", "к", "k", "л", "l", "м", "m", "н", "n", "о", "o", "п", "p", "р", "r",
                "с", "s", "т", "t", "у", "u", "ф", "f", "х", "kh", "ц", "ts", "ч", "ch", "ш", "sh", "щ", "shch",
                "ъ", "", "ы", "y", "ь", "", "э", "e", "ю", "yu", "я", "ya",
                // Ukrainian
                "є", "ye", "ї", "yi", "і", "i", "ґ", "g",
                // Kazakh, Kyrgyz, Tajik, Uzbek
                "ә", "a", "ғ", "gh", "қ", "q", "ң", "ng", "ө", "o", "ұ", "u", "ү", "u", "һ", "h",
                "ӣ", "i", "ӯ", "u", "ҳ", "h", "ҷ", "j", "ў", "o", "ҳ", "h"
        };
        for (int i = 0; i < pairs.length; i += 2) {
            LETTERS.put(pairs[i].charAt(0), pairs[i + 1]);
        }
    }

    private CyrillicTransliteration() {
    }

    /**
     * True if the text has a character of the Cyrillic script ({@code \\p{IsCyrillic}}: the extended blocks too, and
     * without the combining marks of the basic block that belong to no script), the test the attribution's Russian
     * patterns need before they are tried: a case-insensitive Russian pattern can match a letter of any Cyrillic block.
     */
    public static boolean hasCyrillicScript(CharSequence text) {
        return CYRILLIC_SCRIPT.matcher(text).find();
    }

    /** True if the text has at least one Cyrillic letter. */
    public static boolean hasCyrillic(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.UnicodeBlock.of(text.charAt(i)) == Character.UnicodeBlock.CYRILLIC
                    || Character.UnicodeBlock.of(text.charAt(i)) == Character.UnicodeBlock.CYRILLIC_SUPPLEMENTARY) {
                return true;
            }
        }
        return false;
    }

    /**
     * Transliterates Cyrillic letters, keeping capitals ("Иванов" -> "Ivanov"); everything else is copied.
     */
    public static String toLatin(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char lower = Character.toLowerCase(c);
            String latin = LETTERS.get(lower);
            if (latin == null) {
                out.append(c);
            } else if (c != lower && !latin.isEmpty()) {
                out.append(Character.toUpperCase(latin.charAt(0))).append(latin, 1, latin.length());
            } else {
                out.append(latin);
            }
        }
        return out.toString();
    }
}
