package dev.positionsbot.corpus;

import java.text.Normalizer;
import java.util.Locale;

/** Makes file-name slugs from titles: lowercase ASCII words joined by hyphens, at most 60 characters. */
public final class Slugger {

    static final int MAX_LENGTH = 60;

    public String slug(String title) {
        String ascii = CyrillicTransliteration.toLatin(title.toLowerCase(Locale.ROOT));
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
