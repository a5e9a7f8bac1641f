package dev.positionsbot.bench;

import java.util.List;

/**
 * One system's quality on one question set.
 *
 * @param recallAt1             share of answerable questions whose first retrieved passage is from an expected article
 * @param recallAt5             the same within the first five passages
 * @param keyFactRecall         expected facts visible in answers and quotes, over all expected facts (answerable only)
 * @param refusalRecall         share of unanswerable questions refused
 * @param falseRefusalRate      share of answerable questions refused
 * @param quoteVerificationRate quotes found verbatim in their article, over all quotes shown
 * @param sourceCited           share of answerable questions citing an expected article
 * @param missedAt5             ids of answerable questions with no expected article in the top five
 */
public record SystemQuality(String system, int questions, int answerable, double recallAt1, double recallAt5,
                            double keyFactRecall, double refusalRecall, double falseRefusalRate,
                            double quoteVerificationRate, double sourceCited, long passed, double answerP50Ms,
                            double answerP95Ms, List<String> missedAt5) {
}
