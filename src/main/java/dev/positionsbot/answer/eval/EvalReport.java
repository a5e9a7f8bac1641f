package dev.positionsbot.answer.eval;

import java.util.Arrays;
import java.util.List;

/** Totals over a question set, in the terms the project's targets are stated in. */
public record EvalReport(List<EvalOutcome> outcomes) {

    public EvalReport {
        outcomes = List.copyOf(outcomes);
    }

    private List<EvalOutcome> answerable() {
        return outcomes.stream().filter(o -> o.question().answerable()).toList();
    }

    private List<EvalOutcome> unanswerable() {
        return outcomes.stream().filter(o -> !o.question().answerable()).toList();
    }

    /** Share of answerable questions answered with every expected fact and an expected source cited. */
    public double answerAccuracy() {
        List<EvalOutcome> a = answerable();
        return a.isEmpty() ? 1.0 : a.stream().filter(o -> o.answer().answered() && o.factsComplete() && o.sourceCited())
                .count() / (double) a.size();
    }

    /** Share of unanswerable questions refused. */
    public double refusalRecall() {
        List<EvalOutcome> u = unanswerable();
        return u.isEmpty() ? 1.0 : u.stream().filter(o -> !o.answer().answered()).count() / (double) u.size();
    }

    /** Share of answerable questions refused. */
    public double falseRefusalRate() {
        List<EvalOutcome> a = answerable();
        return a.isEmpty() ? 0.0 : a.stream().filter(o -> !o.answer().answered()).count() / (double) a.size();
    }

    /** Expected facts found over all expected facts of answerable questions. */
    public double keyFactRecall() {
        int expected = answerable().stream().mapToInt(o -> o.question().expectedFacts().size()).sum();
        int found = answerable().stream().mapToInt(EvalOutcome::factsFound).sum();
        return expected == 0 ? 1.0 : found / (double) expected;
    }

    /** Share of answerable questions whose citations include an expected source. */
    public double sourceRecall() {
        List<EvalOutcome> a = answerable();
        return a.isEmpty() ? 1.0 : a.stream().filter(EvalOutcome::sourceCited).count() / (double) a.size();
    }

    /** Verified quotes over all quotes shown. */
    public double quoteVerificationRate() {
        int quotes = outcomes.stream().mapToInt(o -> o.answer().citations().size()).sum();
        int ok = outcomes.stream().mapToInt(EvalOutcome::quotesVerified).sum();
        return quotes == 0 ? 1.0 : ok / (double) quotes;
    }

    public int forbiddenStringsFound() {
        return outcomes.stream().mapToInt(o -> o.forbiddenFound().size()).sum();
    }

    public long passed() {
        return outcomes.stream().filter(EvalOutcome::passed).count();
    }

    public long[] latencies() {
        return outcomes.stream().mapToLong(o -> o.answer().latencyMs()).sorted().toArray();
    }

    public long latencyPercentile(double p) {
        long[] l = latencies();
        if (l.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * l.length) - 1;
        return l[Math.max(0, Math.min(l.length - 1, i))];
    }

    @Override
    public String toString() {
        return "EvalReport" + Arrays.toString(new double[]{refusalRecall(), falseRefusalRate(), keyFactRecall(),
                sourceRecall(), quoteVerificationRate()});
    }
}
