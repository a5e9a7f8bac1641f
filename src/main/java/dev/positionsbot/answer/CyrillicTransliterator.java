package dev.positionsbot.answer;

import java.util.Map;

/**
 * Russian Cyrillic to Latin in the style English-language news uses for names ("Смадияров" -> "Smadiyarov"), so
 * that names missing from the lexicon can still be searched; the index folds the remaining spelling differences.
 */
public final class CyrillicTransliterator {

    private static final Map<Character, String> MAP = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('е', "e"), Map.entry('ё', "yo"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('й', "y"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"),
            Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"),
            Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""),
            Map.entry('э', "e"), Map.entry('ю', "yu"), Map.entry('я', "ya"), Map.entry('қ', "q"), Map.entry('ғ', "gh"),
            Map.entry('ң', "ng"), Map.entry('ү', "u"), Map.entry('ұ', "u"), Map.entry('ө', "o"), Map.entry('һ', "h"),
            Map.entry('ә', "a"), Map.entry('і', "i"));

    public String transliterate(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char lower = Character.toLowerCase(c);
            String t = MAP.get(lower);
            if (t == null) {
                b.append(c);
            } else if (Character.isUpperCase(c) && !t.isEmpty()) {
                b.append(Character.toUpperCase(t.charAt(0))).append(t, 1, t.length());
            } else {
                b.append(t);
            }
        }
        return b.toString();
    }
}
