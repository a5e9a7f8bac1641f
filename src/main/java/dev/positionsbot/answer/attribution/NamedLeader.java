package dev.positionsbot.answer.attribution;

import static dev.positionsbot.answer.attribution.PhraseShapes.PREPOSITIONS;

import dev.positionsbot.answer.Lexicon;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A leader of a state (a person of names.tsv) named in a text, with the capitalised words describing him. */
final class NamedLeader {

    private final GovernmentNames governments;

    NamedLeader(GovernmentNames governments) {
        this.governments = governments;
    }

    /** The last leader of a state (a person of names.tsv) that a text names, with the words describing him. */
    Optional<String> lastIn(String text) {
        String[] words = text.split("\\s+");
        for (int i = words.length - 1; i >= 0; i--) {
            String w = words[i].replaceAll("(\u2019s|'s|[,.;:])$", "");
            Optional<Lexicon.Name> n = w.isEmpty() ? Optional.empty() : governments.leader(w);
            if (n.isPresent()) {
                int from = i;
                while (from > 0 && !words[from - 1].isEmpty() && Character.isUpperCase(words[from - 1].charAt(0))
                        && !words[from - 1].matches(".*[,.;:]$")
                        && !PREPOSITIONS.contains(words[from - 1].toLowerCase(Locale.ROOT))) {
                    from--;
                }
                return Optional.of(String.join(" ", List.of(words).subList(from, i)) + (from < i ? " " : "") + w);
            }
        }
        return Optional.empty();
    }
}
