package dev.positionsbot.answer.attribution;

import dev.positionsbot.corpus.BundledTable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The towns and regions of {@code lexicon/places.tsv}: which of the five states a place lies in. */
final class Places {

    private static final String RESOURCE = "lexicon/places.tsv";
    private static final Places BUNDLED = load();

    private final Map<String, String> stateOf;

    private Places(Map<String, String> stateOf) {
        this.stateOf = Map.copyOf(stateOf);
    }

    static Places bundled() {
        return BUNDLED;
    }

    /** The distinct states of the places a text names, in order of first mention. */
    List<String> statesIn(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.split("[^\\p{L}\\-]+")) {
            String state = stateOf.get(w);
            if (state != null && !out.contains(state)) {
                out.add(state);
            }
        }
        return out;
    }

    private static Places load() {
        Map<String, String> out = new HashMap<>();
        for (BundledTable.Row row : BundledTable.read(RESOURCE, 2, 2)) {
            out.put(row.cols()[0].strip(), row.cols()[1].strip());
        }
        return new Places(out);
    }
}
