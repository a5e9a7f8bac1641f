package dev.positionsbot.corpus;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/** Makes file-name slugs from titles: lowercase ASCII words joined by hyphens, at most 60 characters. */
public final class Slugger {

    static final int MAX_LENGTH = 60;

    private static final Map<Character, String> CYRILLIC = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('е', "e"), Map.entry('ё', "e"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('й', "y"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"),
            Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"),
            Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""),
            Map.entry('э', "e"), Map.entry('ю', "yu"), Map.entry('я', "ya"), Map.entry('қ', "q"), Map.entry('ғ', "gh"),
            Map.entry('ң', "ng"), Map.entry('ә', "a"), Map.entry('ө', "o"), Map.entry('ұ', "u"), Map.entry('ү', "u"),
            Map.entry('һ', "h"), Map.entry('і', "i"));

    public String slug(String title) {
        StringBuilder ascii = new StringBuilder();
        for (char c : title.toLowerCase(Locale.ROOT).toCharArray()) {
            String t = CYRILLIC.get(c);
            ascii.append(t != null ? t : String.valueOf(c));
        }
        String s = Normalizer.normalize(ascii, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replaceAll("['’‘`]", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (s.length() > MAX_LENGTH) {
            int cut = s.lastIndexOf('-', MAX_LENGTH);
            s = s.substring(0, cut > 20 ? cut : MAX_LENGTH).replaceAll("-+$", "");
        }
        return s.isEmpty() ? "article" : s;
    }
}
