package dev.positionsbot.answer;

import dev.positionsbot.index.SearchHit;

import java.util.List;

/**
 * A sentence of a retrieved passage with how well it supports the question.
 *
 * @param hit        the passage it comes from
 * @param start      offset in the article body
 * @param end        end offset in the article body
 * @param text       the sentence, verbatim from the body
 * @param terms      the sentence analysed
 * @param coverage   share of key-term weight found in the sentence
 * @param context    share found only in its passage or article title
 * @param semantic   embedding similarity to the question
 * @param typeFits   whether it has what the question asks for (a number, a date, a name)
 * @param matched    the key terms found in the sentence
 * @param missing    essential key terms found neither in the sentence nor its context
 * @param bonus      small preferences: a quotation when words are asked for, "currently" when the present is
 * @param objectShown for "How did X react to Y?", whether Y appears
 * @param paraphrased the key terms found (here or nearby) only as a dictionary paraphrase
 */
public record ScoredSentence(SearchHit hit, int start, int end, String text, SentenceTerms terms, double coverage,
                             double context, double semantic, boolean typeFits, List<KeyTerm> matched,
                             List<KeyTerm> missing, double bonus, boolean objectShown, List<KeyTerm> paraphrased) {

    public double support(SupportPolicy p) {
        double lexical = coverage + p.contextCredit() * context;
        double sem = Math.max(0, Math.min(1, (semantic - 0.15) / 0.55));
        return (1 - p.semanticWeight()) * lexical + p.semanticWeight() * sem + bonus;
    }

    public double reach(SupportPolicy p) {
        return coverage + p.contextCredit() * context;
    }

    /**
     * Coverage of the words the corpus could contain at all: when a sentence says the same as the question in
     * other words ("owned by" for "shareholders"), question words that appear nowhere in the corpus cannot be
     * matched by any sentence and are left out, provided the sentence is a close paraphrase.
     */
    public double paraphraseReach(SupportPolicy p, double totalWeight) {
        if (semantic < p.paraphraseSimilarity()) {
            return reach(p);
        }
        double absent = missing.stream().filter(t -> !t.inCorpus()).distinct().mapToDouble(KeyTerm::weight).sum();
        double left = 1.0 - absent / totalWeight;
        return left <= 0 ? reach(p) : reach(p) / left;
    }

    public String articleId() {
        return hit.article().id();
    }
}
