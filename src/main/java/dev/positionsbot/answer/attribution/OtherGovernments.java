package dev.positionsbot.answer.attribution;

import dev.positionsbot.corpus.BundledTable;
import dev.positionsbot.answer.Lexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The governments of {@code lexicon/governments.tsv}: states names.tsv does not list, as lexicon names. */
final class OtherGovernments {

    private static final String RESOURCE = "lexicon/governments.tsv";
    private static final OtherGovernments BUNDLED = load();

    private final Map<String, Lexicon.Name> byVariant;

    private OtherGovernments(Map<String, Lexicon.Name> byVariant) {
        this.byVariant = Map.copyOf(byVariant);
    }

    static OtherGovernments bundled() {
        return BUNDLED;
    }

    /** Variants in capitals ("US", "UK") match only as written, so that "us" and "uk" stay ordinary words. */
    Optional<Lexicon.Name> named(String wordOrPhrase) {
        Lexicon.Name exact = byVariant.get(wordOrPhrase);
        if (exact != null) {
            return Optional.of(exact);
        }
        Lexicon.Name folded = byVariant.get(wordOrPhrase.toLowerCase(Locale.ROOT));
        return Optional.ofNullable(folded);
    }

    private static OtherGovernments load() {
        Map<String, Lexicon.Name> out = new HashMap<>();
        for (BundledTable.Row row : BundledTable.read(RESOURCE, 2, 2)) {
            String[] cols = row.cols();
            List<String> variants = List.of(cols[1].split("\\|"));
            Lexicon.Name name = new Lexicon.Name(cols[0].strip(), variants, List.of(), "", false);
            for (String v : variants) {
                String t = v.strip();
                boolean capitals = t.length() <= 4 && t.equals(t.toUpperCase(Locale.ROOT));
                out.put(capitals ? t : t.toLowerCase(Locale.ROOT), name);
            }
        }
        return new OtherGovernments(out);
    }
}
