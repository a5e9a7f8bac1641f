package dev.positionsbot.corpus;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Russian-to-English glossary of news vocabulary keyed by stem ({@code lexicon/ru-en.tsv}). It lives beside the
 * corpus because the index glosses Russian passages with it (so that an English question finds a Russian article,
 * and a Russian question an English one) and the answer package translates Russian questions with the same table.
 */
public final class RussianGlossary {

    private static final Pattern CYRILLIC_WORD = Pattern.compile("[\\p{IsCyrillic}]+(?:-[\\p{IsCyrillic}]+)*");

    private final Map<String, String> byStem;
    private final int longestStem;

    RussianGlossary(Map<String, String> byStem) {
        this.byStem = Map.copyOf(byStem);
        this.longestStem = byStem.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    public static RussianGlossary bundled() {
        return Holder.BUNDLED;
    }

    private static final class Holder {
        static final RussianGlossary BUNDLED = load();
    }

    private static RussianGlossary load() {
        Map<String, String> stems = new HashMap<>();
        for (BundledTable.Row row : BundledTable.read("lexicon/ru-en.tsv", 2, 2)) {
            stems.put(row.cols()[0].trim().toLowerCase(Locale.ROOT).replace('ё', 'е'), row.cols()[1].trim());
        }
        return new RussianGlossary(stems);
    }

    /**
     * English rendering of a Russian word, by its longest glossary stem. A short stem must cover most of the word,
     * so that a two-letter stem does not claim every long word that happens to start with it.
     */
    public Optional<String> translate(String russianWord) {
        String w = russianWord.toLowerCase(Locale.ROOT).replace('ё', 'е');
        for (int len = Math.min(w.length(), longestStem); len >= 2; len--) {
            String english = byStem.get(w.substring(0, len));
            if (english != null && (len >= 4 || w.length() <= len + 3)) {
                return Optional.of(english);
            }
        }
        return Optional.empty();
    }

    /** The English words of a Russian word's rendering (lower case), none when the glossary has no entry. */
    public List<String> englishWords(String russianWord) {
        return translate(russianWord)
                .map(e -> List.of(e.toLowerCase(Locale.ROOT).split("\\s+")))
                .orElse(List.of());
    }

    /**
     * The text rendered word by word for a model that reads English only: each Russian word the glossary knows
     * becomes its English rendering, a short unknown word (a preposition, a particle) is dropped, and any other
     * unknown word (a name, mostly) is spelled in Latin letters. Crude as a translation, but it puts a Russian
     * passage and an English question in one vocabulary. Text without Cyrillic comes back unchanged.
     */
    public String inEnglishWords(String text) {
        if (!CyrillicTransliteration.hasCyrillic(text)) {
            return text;
        }
        Matcher m = CYRILLIC_WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        while (m.find()) {
            String word = m.group();
            String english = translate(word).orElseGet(() -> word.length() <= 3 && Character.isLowerCase(word.charAt(0))
                    ? "" : CyrillicTransliteration.toLatin(word));
            m.appendReplacement(out, Matcher.quoteReplacement(english));
        }
        m.appendTail(out);
        return out.toString().replaceAll(" {2,}", " ").trim();
    }
}
