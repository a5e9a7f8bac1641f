package dev.positionsbot.answer.attribution;

import dev.positionsbot.PositionsBotException;
import dev.positionsbot.answer.Lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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
        InputStream in = OtherGovernments.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new PositionsBotException("bundled resource " + RESOURCE + " is missing from the jar");
        }
        Map<String, Lexicon.Name> out = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 2) {
                    throw new PositionsBotException(RESOURCE + " line " + no + ": expected 2 tab-separated columns");
                }
                List<String> variants = List.of(cols[1].split("\\|"));
                Lexicon.Name name = new Lexicon.Name(cols[0].strip(), variants, List.of(), "", false);
                for (String v : variants) {
                    String t = v.strip();
                    boolean capitals = t.length() <= 4 && t.equals(t.toUpperCase(Locale.ROOT));
                    out.put(capitals ? t : t.toLowerCase(Locale.ROOT), name);
                }
            }
        } catch (IOException e) {
            throw new PositionsBotException("cannot read bundled resource " + RESOURCE + ": " + e.getMessage(), e);
        }
        return new OtherGovernments(out);
    }
}
