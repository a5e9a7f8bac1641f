package dev.positionsbot.index;

/** How common an analysed term is among indexed passages, so that rarer question terms can weigh more. */
public interface TermStatistics {

    int passageCount();

    /** Number of passages containing the analysed term (as produced by {@link TermAnalyzer#terms}). */
    int passageFrequency(String analyzedTerm);

    /** Smoothed inverse passage frequency in [0, ~ln(N)]; terms absent from the corpus get the largest value. */
    default double idf(String analyzedTerm) {
        int n = Math.max(passageCount(), 1);
        int df = passageFrequency(analyzedTerm);
        return Math.log(1.0 + (n - df + 0.5) / (df + 0.5));
    }
}
