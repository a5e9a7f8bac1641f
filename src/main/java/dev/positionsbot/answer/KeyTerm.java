package dev.positionsbot.answer;

import java.util.List;

/**
 * A term of a question that supporting evidence should contain.
 *
 * @param label        the words as asked (for messages: "the articles do not mention ...")
 * @param kind         entity, content word, number, or question-framing word
 * @param alternatives ways the term may appear, each a sequence of analysed terms (e.g. ["european","union"], ["eu"])
 * @param weight       importance (rarer in the corpus weighs more; framing words weigh little)
 * @param boundTo      for "X's Y" / "Y of X": the entity X that Y must stand near to count; empty if unbound
 * @param inCorpus     false when no passage of the corpus contains the term at all
 * @param role         core, circumstance or source attribution
 * @param paraphrases  words a dictionary says imply the term ("president" for "head of state"), each a sequence of
 *                     analysed terms; evidence using them supports the term, with less credit than its own words
 * @param known        for an entity, whether the lexicon knows it (a state, leader, city or organisation) rather than
 *                     it being only a capitalised word of the question
 */
public record KeyTerm(String label, Kind kind, List<List<String>> alternatives, double weight,
                      List<List<String>> boundTo, boolean inCorpus, Role role, List<List<String>> paraphrases,
                      boolean known) {

    public enum Kind { ENTITY, CONTENT, NUMBER, FRAME }

    /**
     * What part the term plays in the question: its core; the circumstances ("after the court ruling", "during the
     * summit"), which news gives in neighbouring sentences as often as in the answering one; or the source the
     * question attributes the answer to ("according to the Steppe Ledger analysis"), which is not its subject; or the
     * thing a describe-type verb characterises ("How does X describe Kazakhstan's diplomacy?"), which the
     * characterisation need not repeat.
     */
    public enum Role { CORE, CIRCUMSTANCE, SOURCE, DESCRIBED }

    public KeyTerm {
        alternatives = List.copyOf(alternatives);
        boundTo = List.copyOf(boundTo);
        paraphrases = List.copyOf(paraphrases);
    }

    public KeyTerm(String label, Kind kind, List<List<String>> alternatives, double weight, List<List<String>> boundTo) {
        this(label, kind, alternatives, weight, boundTo, true, Role.CORE, List.of(), false);
    }

    public KeyTerm withParaphrases(List<List<String>> p) {
        return new KeyTerm(label, kind, alternatives, weight, boundTo, inCorpus, role, p, known);
    }

    public KeyTerm absentFromCorpus() {
        return new KeyTerm(label, kind, alternatives, weight, boundTo, false, role, paraphrases, known);
    }

    public KeyTerm withRole(Role r) {
        return new KeyTerm(label, kind, alternatives, weight, boundTo, inCorpus, r, paraphrases, known);
    }

    public KeyTerm withWeight(double w) {
        return new KeyTerm(label, kind, alternatives, w, boundTo, inCorpus, role, paraphrases, known);
    }

    public KeyTerm withBoundTo(List<List<String>> entity) {
        return new KeyTerm(label, kind, alternatives, weight, entity, inCorpus, role, paraphrases, known);
    }

    public KeyTerm asKnown() {
        return new KeyTerm(label, kind, alternatives, weight, boundTo, inCorpus, role, paraphrases, true);
    }

    public boolean essential() {
        return kind != Kind.FRAME;
    }

    /** "Tajikistan's president": the office is what is asked about, so evidence must have it next to its owner. */
    public boolean bound() {
        return !boundTo.isEmpty();
    }
}
