package dev.positionsbot.corpus;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Russian-to-English glossary of news vocabulary keyed by stem ({@code lexicon/ru-en.tsv}), and the Cyrillic stems
 * of the names in {@code lexicon/names.tsv} with the English name they stand for ("России" is Russia). It lives beside the
 * corpus because the index glosses Russian passages with it (so that an English question finds a Russian article,
 * and a Russian question an English one) and the answer package translates Russian questions with the same table.
 */
public final class RussianGlossary {

    private static final Pattern CYRILLIC_WORD = Pattern.compile("[\\p{IsCyrillic}]+(?:-[\\p{IsCyrillic}]+)*");

    private final Map<String, String> byStem;
    private final int longestStem;
    private final Map<String, String> namesByStem;
    private final int longestNameStem;

    RussianGlossary(Map<String, String> byStem) {
        this(byStem, Map.of());
    }

    RussianGlossary(Map<String, String> byStem, Map<String, String> namesByStem) {
        this.byStem = Map.copyOf(byStem);
        this.longestStem = byStem.keySet().stream().mapToInt(String::length).max().orElse(0);
        this.namesByStem = Map.copyOf(namesByStem);
        this.longestNameStem = namesByStem.keySet().stream().mapToInt(String::length).max().orElse(0);
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
        Map<String, String> names = new HashMap<>();
        for (BundledTable.Row row : BundledTable.read("lexicon/names.tsv", 2, 4)) {
            for (String variant : row.cols()[1].split("\\|")) {
                String v = variant.trim().toLowerCase(Locale.ROOT).replace('ё', 'е');
                if (CyrillicTransliteration.hasCyrillic(v)) {
                    names.putIfAbsent(v, row.cols()[0].trim());
                }
            }
        }
        return new RussianGlossary(stems, names);
    }

    /**
     * English rendering of a Russian word, by its longest glossary stem. A short stem must cover most of the word,
     * so that a two-letter stem does not claim every long word that happens to start with it.
     */
    public Optional<String> translate(String russianWord) {
        return longestStem(byStem, longestStem, russianWord, 3).map(v -> v.replace('|', ' '));
    }

    /**
     * The English renderings of a Russian word, each a word or a phrase that renders it alone ("assistance", "aid";
     * "prime minister"), the usual one first; none when the glossary does not know the word. The table separates
     * alternatives with "|", so that a phrase is never taken for alternatives or alternatives for a phrase.
     */
    public List<String> renderings(String russianWord) {
        return longestStem(byStem, longestStem, russianWord, 3)
                .map(v -> java.util.Arrays.stream(v.split("\\|")).map(String::strip).filter(r -> !r.isEmpty()).toList())
                .orElse(List.of());
    }

    /**
     * The English name a Cyrillic word spells, in any case form, by its longest name stem; a short stem must cover
     * most of the word (so that a three-letter stem does not claim every word it starts).
     */
    public Optional<String> name(String cyrillicWord) {
        return longestStem(namesByStem, longestNameStem, cyrillicWord, 2);
    }

    /** The value of the word's longest stem in the table; a stem under four letters leaves at most {@code slack} more. */
    private static Optional<String> longestStem(Map<String, String> table, int longest, String word, int slack) {
        String w = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
        for (int len = Math.min(w.length(), longest); len >= 2; len--) {
            String value = table.get(w.substring(0, len));
            if (value != null && (len >= 4 || w.length() <= len + slack)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /**
     * The English words of a Russian word's rendering and of the name it spells (lower case), none when neither the
     * glossary nor the names know it.
     */
    public List<String> englishWords(String russianWord) {
        List<String> out = new java.util.ArrayList<>();
        translate(russianWord).ifPresent(e -> out.addAll(List.of(e.toLowerCase(Locale.ROOT).split("\\s+"))));
        name(russianWord).ifPresent(n -> out.addAll(List.of(n.toLowerCase(Locale.ROOT).split("\\s+"))));
        return out;
    }

    /**
     * The text rendered word by word for a model that reads English only: each Russian word the glossary knows
     * becomes its English rendering, a name its English name, a short unknown word (a preposition, a particle) is dropped, and any other
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
            String english = name(word).or(() -> translate(word)).orElseGet(() -> word.length() <= 3
                    && Character.isLowerCase(word.charAt(0)) ? "" : CyrillicTransliteration.toLatin(word));
            m.appendReplacement(out, Matcher.quoteReplacement(english));
        }
        m.appendTail(out);
        return out.toString().replaceAll(" {2,}", " ").trim();
    }
}
