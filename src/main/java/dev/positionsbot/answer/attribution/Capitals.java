package dev.positionsbot.answer.attribution;

import dev.positionsbot.corpus.BundledTable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The capitals of {@code lexicon/capitals.tsv}, for telling a body named after a city ("the Helsinki Committee for
 * …", "the Astana Club") from the government the city's name otherwise stands for ("Helsinki said").
 */
final class Capitals {

    private static final String RESOURCE = "lexicon/capitals.tsv";
    private static final Capitals BUNDLED = load();
    /** Words that make a capital's body the city's own organ, a part of its state ("Bishkek City Court"). */
    private static final Set<String> CITY_ORGANS = Set.of("city", "municipal", "municipality", "mayor", "mayor's",
            "mayoralty", "akimat", "akim", "hokimiyat", "khokimiyat", "hokim", "khokim", "court", "prosecutor",
            "prosecutor's", "regional", "region", "oblast", "district", "police", "governor");

    private final List<String> capitals;

    private Capitals(List<String> capitals) {
        this.capitals = List.copyOf(capitals);
    }

    static Capitals bundled() {
        return BUNDLED;
    }

    /**
     * Whether a phrase names a body after a capital ("the Helsinki Committee for Central Asia", "the Minsk Group"):
     * the capital, as a word on its own (not "Minsk's"), followed by a capitalised word that is no organ of the city.
     *
     * @param governments tells whether the next word is itself a government ("the Moscow Kremlin" is the government)
     */
    boolean namesBodyAfterCapital(String phrase, GovernmentNames governments) {
        String p = PhraseShapes.stripArticle(phrase.strip());
        for (String capital : capitals) {
            if (!p.startsWith(capital + " ")) {
                continue;
            }
            String[] rest = p.substring(capital.length() + 1).strip().split("[\\s,;:]+");
            String next = rest.length == 0 ? "" : rest[0];
            return !next.isEmpty() && Character.isUpperCase(next.charAt(0))
                    && !CITY_ORGANS.contains(next.toLowerCase(Locale.ROOT).replace('\u2019', '\''))
                    && governments.statesIn(next).isEmpty();
        }
        return false;
    }

    private static Capitals load() {
        List<String> out = new ArrayList<>();
        for (BundledTable.Row row : BundledTable.read(RESOURCE, 2, 2)) {
            out.add(row.cols()[0].strip());
        }
        // the longest first, so that "New Delhi" is read before any shorter capital that opens it
        out.sort(Comparator.comparingInt(String::length).reversed());
        return new Capitals(out);
    }
}
