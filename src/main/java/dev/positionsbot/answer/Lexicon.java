package dev.positionsbot.answer;

import dev.positionsbot.PositionsBotException;
import dev.positionsbot.corpus.BundledTable;
import dev.positionsbot.corpus.CyrillicTransliteration;
import dev.positionsbot.corpus.RussianGlossary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Names of the region's states, leaders, capitals and main international actors in their usual spellings and
 * scripts ({@code lexicon/names.tsv}), and the Russian-to-English glossary ({@link RussianGlossary}). Data, not code:
 * extend the files, not this class.
 */
public final class Lexicon {

    /**
     * One named entity: its canonical English name, Latin spellings (whole words) and Cyrillic stems, and for a
     * leader or city the state it belongs to ("Kazakhstan" for Tokayev), else ""; whether it names a person.
     */
    public record Name(String canonical, List<String> latin, List<String> cyrillicStems, String of, boolean person) {

        /** Whether this name stands for the same state or person as the other (Tokayev and Kazakhstan do). */
        public boolean sameSide(Name other) {
            return canonical.equals(other.canonical) || !of.isEmpty() && of.equals(other.canonical)
                    || !other.of.isEmpty() && (other.of.equals(canonical) || other.of.equals(of));
        }
    }

    private final List<Name> names;
    private final Map<String, Name> byLatinLower = new HashMap<>();
    private final Map<String, Name> byCanonical = new HashMap<>();
    private final RussianGlossary glossary;

    private Lexicon(List<Name> names, RussianGlossary glossary) {
        this.names = List.copyOf(names);
        for (Name n : names) {
            for (String l : n.latin()) {
                byLatinLower.put(l.toLowerCase(Locale.ROOT), n);
            }
            byCanonical.put(n.canonical(), n);
        }
        this.glossary = glossary;
    }

    public static Lexicon bundled() {
        return Holder.BUNDLED;
    }

    private static final class Holder {
        static final Lexicon BUNDLED = load();
    }

    private static Lexicon load() {
        List<Name> names = new ArrayList<>();
        for (String[] row : rows("lexicon/names.tsv")) {
            List<String> latin = new ArrayList<>();
            List<String> cyr = new ArrayList<>();
            for (String v : row[1].split("\\|")) {
                String t = v.trim();
                if (t.isEmpty()) {
                    continue;
                }
                if (CyrillicTransliteration.hasCyrillic(t)) {
                    cyr.add(t.toLowerCase(Locale.ROOT));
                } else {
                    latin.add(t);
                }
            }
            names.add(new Name(row[0].trim(), latin, cyr, row.length > 2 ? row[2].trim() : "",
                    row.length > 3 && row[3].trim().equals("person")));
        }
        return new Lexicon(names, RussianGlossary.bundled());
    }

    private static List<String[]> rows(String resource) {
        return BundledTable.read(resource, 2, 4).stream().map(BundledTable.Row::cols).toList();
    }


    public List<Name> names() {
        return names;
    }

    /** The entity a Latin word or phrase (any case) names, if known. */
    public Optional<Name> latin(String wordOrPhrase) {
        return Optional.ofNullable(byLatinLower.get(wordOrPhrase.toLowerCase(Locale.ROOT)));
    }

    /**
     * The entity a Cyrillic word names, by longest stem; short stems must cover most of the word. The glossary holds
     * the same table's Cyrillic stems for the index, so one lookup serves both.
     */
    public Optional<Name> cyrillic(String word) {
        return glossary.name(word).map(byCanonical::get);
    }

    /** English rendering of a Russian word, by its longest glossary stem ({@link RussianGlossary}). */
    public Optional<String> translate(String russianWord) {
        return glossary.translate(russianWord);
    }

    /** The alternative English renderings of a Russian word, the usual one first ({@link RussianGlossary}). */
    public List<String> renderings(String russianWord) {
        return glossary.renderings(russianWord);
    }
}
