package dev.positionsbot.answer.attribution;

import dev.positionsbot.corpus.BundledTable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The towns and regions of {@code lexicon/places.tsv}: which of the five states a place lies in. Latin names match
 * whole words as written; Cyrillic ones are stems matching the start of a word, as Russian inflects them.
 */
final class Places {

    private static final String RESOURCE = "lexicon/places.tsv";
    private static final Places BUNDLED = load();

    private final Map<String, String> stateOf;
    private final Map<String, String> stemStateOf;

    private Places(Map<String, String> stateOf, Map<String, String> stemStateOf) {
        this.stateOf = Map.copyOf(stateOf);
        this.stemStateOf = Map.copyOf(stemStateOf);
    }

    static Places bundled() {
        return BUNDLED;
    }

    /** The distinct states of the places a text names, in order of first mention; a valley's name is no state's. */
    List<String> statesIn(String text) {
        List<String> out = new ArrayList<>();
        String[] words = text.split("[^\\p{L}\\-]+");
        for (int i = 0; i < words.length; i++) {
            String next = i + 1 < words.length ? words[i + 1] : "";
            if (next.equals("Valley") || next.startsWith("долин") || next.startsWith("Долин")) {
                continue;  // "the Ferghana Valley", "Ферганской долине": shared by several of the five
            }
            String state = stateOf.get(words[i]);
            if (state == null && !words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0))) {
                state = stemState(words[i]);
            }
            if (state != null && !out.contains(state)) {
                out.add(state);
            }
        }
        return out;
    }

    private String stemState(String word) {
        for (int len = word.length(); len >= 4; len--) {
            String state = stemStateOf.get(word.substring(0, len));
            if (state != null) {
                return state;
            }
        }
        return null;
    }

    private static Places load() {
        Map<String, String> out = new HashMap<>();
        Map<String, String> stems = new HashMap<>();
        for (BundledTable.Row row : BundledTable.read(RESOURCE, 2, 2)) {
            String name = row.cols()[0].strip();
            (name.matches(".*\\p{IsCyrillic}.*") ? stems : out).put(name, row.cols()[1].strip());
        }
        return new Places(out, stems);
    }
}
