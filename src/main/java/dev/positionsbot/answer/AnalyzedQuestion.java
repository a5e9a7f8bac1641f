package dev.positionsbot.answer;

import java.util.List;

/**
 * A question made ready for retrieval and support checks.
 *
 * @param text        the stand-alone question as asked
 * @param language    "ru" when asked in Russian (the answer frame is then Russian), else "en"
 * @param english     the question in English words (translated/transliterated when asked in Russian)
 * @param searchQuery the text sent to the index: the English question plus canonical spellings of names
 * @param terms       key terms evidence should contain
 * @param answerType  what kind of answer the question asks for
 * @param negated     whether the question itself is negative ("Why didn't ...")
 * @param reactionObjects for "How did X react to Y?" or "What did X say about Y?", the terms of Y, of which evidence
 *                    needs one
 * @param objectMayBeNearby true for "about Y" (what was said may be told next to where Y is named), false for
 *                    "react to Y" (a reaction is to Y, named in the same sentence)
 * @param asksForWords whether it asks what someone said, called or described (quotations answer best)
 * @param asksForPresent whether it asks about the present ("today", "currently")
 */
public record AnalyzedQuestion(String text, String language, String english, String searchQuery,
                               List<KeyTerm> terms, AnswerType answerType, boolean negated,
                               List<KeyTerm> reactionObjects, boolean objectMayBeNearby, boolean asksForWords,
                               boolean asksForPresent) {

    /**
     * What is asked for. AUTHOR: who wrote an article, which only its byline (front matter) can tell. IDENTITY:
     * "Who is X?" for a named person, answered by how the articles introduce X. STANCE: a position or reaction.
     * LIST and COMPARISON want several sentences; YES_NO, REASON and GENERAL want a statement on the topic.
     */
    public enum AnswerType {
        NUMBER, DATE, PERSON, PLACE, ORGANISATION, EVENT, IDENTITY, YES_NO, REASON, STANCE, LIST, COMPARISON,
        AUTHOR, GENERAL;

        /** Kinds whose answer is a span of a particular type that a sentence either has or lacks. */
        public boolean wantsSpan() {
            return switch (this) {
                case NUMBER, DATE, PERSON, PLACE, ORGANISATION, EVENT -> true;
                default -> false;
            };
        }

        /** Kinds whose answer is usually told in more than one sentence. */
        public boolean wantsSeveral() {
            return this == LIST || this == COMPARISON || this == STANCE;
        }
    }

    public AnalyzedQuestion {
        terms = List.copyOf(terms);
        reactionObjects = List.copyOf(reactionObjects);
    }

    /** The same question asking for no particular kind of answer (for compound questions taken whole). */
    public AnalyzedQuestion general() {
        return new AnalyzedQuestion(text, language, english, searchQuery, terms, AnswerType.GENERAL, negated,
                reactionObjects, objectMayBeNearby, asksForWords, asksForPresent);
    }

    /**
     * The question's subject: its first entity the lexicon knows, outside a source attribution, if any. A capitalised
     * word the lexicon does not know may be an adjective or a title word, so it is weighed, not required.
     */
    public java.util.Optional<KeyTerm> subject() {
        return subjectOf(terms);
    }

    static java.util.Optional<KeyTerm> subjectOf(List<KeyTerm> terms) {
        return terms.stream().filter(t -> t.kind() == KeyTerm.Kind.ENTITY && t.known()
                && t.role() != KeyTerm.Role.SOURCE).findFirst();
    }

    /** The names the question asks about: its entities, except a source it credits ("according to Agency X"). */
    /** The labels of every name the question holds, a credited source's included: names that are no answer to it. */
    public List<String> entityLabels() {
        return terms.stream().filter(t -> t.kind() == KeyTerm.Kind.ENTITY).map(KeyTerm::label).toList();
    }

    public List<KeyTerm> names() {
        return terms.stream().filter(t -> t.kind() == KeyTerm.Kind.ENTITY && t.role() != KeyTerm.Role.SOURCE).toList();
    }

    /** What evidence cannot lack: the subject, any number or year asked about, and offices bound to a state. */
    public boolean required(KeyTerm t) {
        if (t.role() == KeyTerm.Role.SOURCE) {
            return false;
        }
        return t.kind() == KeyTerm.Kind.NUMBER || t.bound() || subject().map(t::equals).orElse(false);
    }

    public double totalWeight() {
        return terms.stream().mapToDouble(KeyTerm::weight).sum();
    }

    public List<String> labels() {
        return terms.stream().filter(KeyTerm::essential).map(KeyTerm::label).toList();
    }
}
