package dev.positionsbot.answer;

import java.util.Set;

/**
 * What a dictionary knows about English words that the index's stemming does not: irregular base forms ("began" is
 * "begin"), multi-word terms ("head of state"), and which words imply another ("president" is a head of state,
 * "sea" a body of water, "petroleum" is crude). Used only to decide whether a sentence supports a question, never
 * to search, so a wrong sense can at worst let a sentence count a question word it does not really contain.
 */
public interface WordRelations {

    /** No dictionary: every word stands for itself only. */
    WordRelations NONE = new WordRelations() {
        @Override
        public Set<String> baseForms(String word) {
            return Set.of();
        }

        @Override
        public boolean isTerm(String phrase) {
            return false;
        }

        @Override
        public Set<String> implying(String wordOrPhrase) {
            return Set.of();
        }

        @Override
        public boolean isInstanceOf(String name, String kind) {
            return false;
        }
    };

    /** Dictionary base forms of a word ("began" → "begin", "buyers" → "buyer"); empty when unknown. */
    Set<String> baseForms(String word);

    /** Whether several words form one dictionary term ("body of water", "head of state", "crude oil"). */
    boolean isTerm(String phrase);

    /**
     * Lower-case words and phrases whose mention implies this one: synonyms of its common senses and the kinds of
     * thing they name ("sea", "lake" for "body of water"). Excludes the word itself and proper names.
     */
    Set<String> implying(String wordOrPhrase);

    /** Whether a proper name is, by the dictionary, an instance of a kind ("Balkhash" a lake, "Mongolia" a country). */
    boolean isInstanceOf(String name, String kind);

    /**
     * The coarse kind of thing a common noun names by the dictionary — "person", "place", "organisation", "date",
     * "event" or "number" ("envoy" a person, "bloc" an organisation) — or empty when it is none of them.
     */
    default java.util.Optional<String> category(String noun) {
        return java.util.Optional.empty();
    }
}
