package dev.positionsbot.answer.attribution;

import static dev.positionsbot.answer.attribution.PhraseShapes.PREPOSITIONS;
import static dev.positionsbot.answer.attribution.PhraseShapes.nameLike;
import static dev.positionsbot.answer.attribution.PhraseShapes.stripArticle;

import dev.positionsbot.answer.Lexicon;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one a relative "who" stands for ("… was welcomed by the envoy, Kamal Noor, who called it …"): the noun phrase
 * the text before it ends with, a person rather than the place after his preposition.
 */
final class WhoAntecedent {

    private final GovernmentNames governments;
    private final SpeakerRoles roles = SpeakerRoles.bundled();

    WhoAntecedent(GovernmentNames governments) {
        this.governments = governments;
    }

    /** The noun phrase a text ends with, with its apposition: "the envoy, Kamal Noor" from "… by the envoy, Kamal Noor". */
    String of(String text) {
        String[] chunks = text.split(",");
        String last = stripToPhrase(chunks[chunks.length - 1]);
        String whole = chunks[chunks.length - 1].strip();
        if (!describes(last) && isPlace(last) && whole.length() > last.length()) {
            // "a diplomat in the capital X, who …": "who" is a person, not the town or state after his preposition;
            // the phrase that holds the person is the antecedent
            String head = stripToPhrase(whole.substring(0, whole.length() - last.length()).strip()
                    .replaceFirst("\\s+\\p{Ll}+$", ""));
            if (describes(head)) {
                return whole.substring(whole.indexOf(head));
            }
        }
        if (chunks.length >= 2 && nameLike(last)) {
            String prev = stripToPhrase(chunks[chunks.length - 2]);
            if (describes(prev)) {
                return last + ", " + stripArticle(prev);
            }
        }
        return last;
    }

    /** A chunk from its last preposition on: "the envoy" from "was welcomed by the envoy". */
    private static String stripToPhrase(String chunk) {
        String[] words = chunk.strip().split("\\s+");
        int from = 0;
        for (int i = 0; i < words.length; i++) {
            String w = words[i].toLowerCase(Locale.ROOT);
            if (PREPOSITIONS.contains(w) || Set.of("was", "were", "is", "are", "been").contains(w)) {
                from = i + 1;
            }
        }
        return String.join(" ", List.of(words).subList(Math.min(from, words.length), words.length)).strip();
    }

    /** A capitalised name of a government, a capital or a town of the region ("Tashkent"): a where, never a who. */
    private boolean isPlace(String phrase) {
        List<Lexicon.Name> named = governments.statesIn(phrase);
        return PhraseShapes.nameLike(phrase) && (!named.isEmpty() && named.stream().noneMatch(Lexicon.Name::person)
                || !Places.bundled().statesIn(phrase).isEmpty());
    }

    private boolean describes(String chunk) {
        return roles.roleOf(chunk).isPresent();
    }
}
