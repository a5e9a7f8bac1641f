package dev.positionsbot.index;

import java.util.HashMap;
import java.util.Map;

/**
 * Cyrillic to Latin after the common English-language news practice (BGN/PCGN-like, without diacritics),
 * extended with the letters of Kazakh, Kyrgyz, Tajik, Uzbek and Ukrainian Cyrillic. The output is only
 * used for matching, so where schemes differ it does not matter much: {@link NameFolding} evens them out.
 */
public final class CyrillicTransliteration {

    private static final Map<Character, String> LETTERS = new HashMap<>();

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

    /** Transliterates lower-case Cyrillic letters; everything else is copied. */
    public static String toLatin(CharSequence lowerCase) {
        StringBuilder out = new StringBuilder(lowerCase.length() + 4);
        for (int i = 0; i < lowerCase.length(); i++) {
            char c = lowerCase.charAt(i);
            String latin = LETTERS.get(c);
            out.append(latin != null ? latin : String.valueOf(c));
        }
        return out.toString();
    }
}
