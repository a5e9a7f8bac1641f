package dev.positionsbot.index;

import java.util.List;

/**
 * The index's own normalisation of text into terms (lower-cased, folded, stemmed), exposed so that the answer
 * package can compare a question's terms with a sentence's terms exactly as the index compares them, without
 * importing Lucene.
 */
public interface TermAnalyzer {

    /** Terms of {@code text} in order, stop words removed, each stemmed and folded (names' spelling variants meet). */
    List<String> terms(String text);

    /** Terms of {@code text} stemmed but not folded: ordinary words keep their exact stems. */
    List<String> exactTerms(String text);

    /**
     * Whether a word is of a closed class of its language (pronouns, particles, conjunctions, auxiliaries) that names
     * no topic: a question rendered from another language drops it rather than spelling it out in Latin letters.
     */
    default boolean isFunctionWord(String word) {
        return false;
    }
}
