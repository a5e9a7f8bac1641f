package dev.positionsbot.answer;

import java.util.List;
import java.util.Locale;

/**
 * Shows why the extractive composer answered or refused: the question's key terms with their kind and weight, and
 * the best candidate sentences with their coverage, context, similarity and what they lack. For {@code ask --explain}.
 */
public final class AnswerExplainer {

    private final QuestionAnalyzer analyzer;
    private final EvidenceRetriever retriever;
    private final ExtractiveComposer composer;
    private final SupportPolicy policy;

    public AnswerExplainer(QuestionAnalyzer analyzer, EvidenceRetriever retriever, ExtractiveComposer composer,
                           SupportPolicy policy) {
        this.analyzer = analyzer;
        this.retriever = retriever;
        this.composer = composer;
        this.policy = policy;
    }

    public String explain(String question, int candidates) {
        AnalyzedQuestion q = analyzer.analyze(question);
        StringBuilder b = new StringBuilder();
        b.append("question type: ").append(q.answerType().name().toLowerCase(Locale.ROOT))
                .append(q.language().equals("ru") ? " (asked in Russian: " + q.english() + ")" : "").append('\n');
        b.append("search query: ").append(q.searchQuery()).append('\n');
        b.append("key terms:");
        for (KeyTerm t : q.terms()) {
            b.append(String.format(Locale.ROOT, " %s[%s %.2f%s%s]", t.label(), t.kind().name().toLowerCase(Locale.ROOT),
                    t.weight(), q.required(t) ? " required" : "", t.inCorpus() ? "" : " not-in-corpus"));
        }
        b.append('\n');
        Evidence evidence = retriever.retrieve(question);
        List<ScoredSentence> scored = composer.explain(evidence);
        b.append(String.format(Locale.ROOT, "thresholds: support >= %.2f, coverage with context >= %.2f%n",
                policy.minSupport(), policy.minCoverage()));
        int n = 0;
        for (ScoredSentence s : scored) {
            if (n++ >= candidates) {
                break;
            }
            b.append(String.format(Locale.ROOT,
                    "%d. support %.2f (coverage %.2f, context %.2f, similarity %.2f)%s%s%s%s%n   %s%n   from \u201C%s\u201D%n",
                    n, s.support(policy), s.coverage(), s.context(), s.semantic(),
                    composer.supports(q, s) ? " passes" : " fails",
                    s.typeFits() ? "" : "; lacks the " + q.answerType().name().toLowerCase(Locale.ROOT) + " asked for",
                    s.missing().isEmpty() ? "" : "; lacks: " + String.join(", ",
                            s.missing().stream().map(KeyTerm::label).distinct().toList()),
                    s.matched().isEmpty() ? "" : "; has: " + String.join(", ", s.matched().stream().map(t -> shown(t, s))
                            .distinct().toList()),
                    s.text(), s.hit().article().title()));
        }
        if (scored.isEmpty()) {
            b.append("no candidate sentences: no passage was retrieved\n");
        }
        return b.toString();
    }

    /** A matched term, with the sentence's own word when it matched as a paraphrase ("crude=oil"). */
    private static String shown(KeyTerm t, ScoredSentence s) {
        List<Integer> at = s.paraphrased().contains(t) ? s.terms().findParaphrase(t) : s.terms().find(t);
        if (at.isEmpty()) {
            return t.label() + "(nearby)";
        }
        String word = s.terms().wordAt(at.get(0));
        return word.equalsIgnoreCase(t.label()) ? t.label() : t.label() + "=" + word;
    }
}
