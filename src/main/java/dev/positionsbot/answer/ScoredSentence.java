package dev.positionsbot.answer;

import dev.positionsbot.index.SearchHit;

import java.util.List;

/**
 * A candidate answer unit — a sentence of a retrieved passage, or a sentence with the one it leans on or that carries
 * it on — with what was measured about it against the question, and the answer model's probability that it answers.
 *
 * @param hit          the passage it comes from
 * @param rank         the passage's retrieval rank, 0 = best
 * @param start        offset in the article body
 * @param end          end offset in the article body
 * @param text         the unit, verbatim from the body
 * @param terms        the unit analysed
 * @param coverage     share of key-term weight found in the unit (a dictionary paraphrase earning partial credit)
 * @param context      share found only in its paragraph, the article's title, outlet or date
 * @param semantic     embedding similarity to the question
 * @param typeFits     whether it has a span of the kind the question asks for (a figure, a date, a name)
 * @param matched      the key terms found in the unit (or, for circumstances, nearby)
 * @param missing      essential key terms found neither in the unit nor its context
 * @param paraphrased  the key terms found only as a dictionary paraphrase
 * @param subject      where the question's subject was found
 * @param namesOther   whether the unit names a state, leader or city that is none of the question's nor on their side
 * @param quotation    whether the unit quotes or reports speech
 * @param position     where the unit starts in its article, 0 = first character, 1 = last
 * @param sentences    how many sentences the unit spans
 * @param probability  the answer model's probability that the unit answers the question; NaN until scored
 */
public record ScoredSentence(SearchHit hit, int rank, int start, int end, String text, SentenceTerms terms,
                             double coverage, double context, double semantic, boolean typeFits,
                             List<KeyTerm> matched, List<KeyTerm> missing, List<KeyTerm> paraphrased,
                             Presence subject, boolean namesOther, boolean quotation, double position, int sentences,
                             double probability) {

    /** Where a question's subject was found for a unit. */
    public enum Presence { IN_SENTENCE, NEARBY, ABSENT, NOT_ASKED }

    public ScoredSentence {
        matched = List.copyOf(matched);
        missing = List.copyOf(missing);
        paraphrased = List.copyOf(paraphrased);
    }

    public ScoredSentence withSemantic(double similarity) {
        return new ScoredSentence(hit, rank, start, end, text, terms, coverage, context, similarity, typeFits, matched,
                missing, paraphrased, subject, namesOther, quotation, position, sentences, probability);
    }

    public ScoredSentence withProbability(double p) {
        return new ScoredSentence(hit, rank, start, end, text, terms, coverage, context, semantic, typeFits, matched,
                missing, paraphrased, subject, namesOther, quotation, position, sentences, p);
    }

    public String articleId() {
        return hit.article().id();
    }

    /** The same text, or overlapping spans of one article (a sentence and the pair it opens). */
    public boolean overlaps(ScoredSentence other) {
        boolean overlap = articleId().equals(other.articleId()) && start < other.end && other.start < end;
        return overlap || QuoteVerifier.normalize(text).equalsIgnoreCase(QuoteVerifier.normalize(other.text));
    }
}
