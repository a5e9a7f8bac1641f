package dev.positionsbot.answer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Shows why the extractive composer answered or refused: what the question asks for, its key terms with their kind
 * and weight, and the top candidate units with the answer model's probability and each feature's contribution, so
 * that a wrong answer can be traced without reading code. For {@code ask --explain}.
 */
public final class AnswerExplainer {

    private final QuestionAnalyzer analyzer;
    private final EvidenceRetriever retriever;
    private final ExtractiveComposer composer;

    public AnswerExplainer(QuestionAnalyzer analyzer, EvidenceRetriever retriever, ExtractiveComposer composer) {
        this.analyzer = analyzer;
        this.retriever = retriever;
        this.composer = composer;
    }

    public String explain(String question, int candidates) {
        AnalyzedQuestion q = analyzer.analyze(question);
        StringBuilder b = new StringBuilder();
        b.append("asks for: ").append(q.answerType().name().toLowerCase(Locale.ROOT))
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
        b.append(String.format(Locale.ROOT, "answers when the best candidate that passes the checks scores >= %.2f%n",
                composer.threshold()));
        // the candidates' own probabilities rank them; the decision to answer is a second score, shown here so that
        // an answer from a low-ranked candidate, or a refusal despite a high one, can be traced
        OptionalDouble decision = composer.answerability(q, scored);
        b.append(decision.isPresent()
                ? String.format(Locale.ROOT, "answerability of the best candidate that passes the checks: %.3f (%s)%n",
                        decision.getAsDouble(), decision.getAsDouble() >= composer.threshold() ? "answers" : "refuses")
                : "no candidate passes the checks: refuses\n");
        List<Map<String, Double>> contributions = composer.contributions(question, scored);
        int n = 0;
        for (ScoredSentence s : scored) {
            if (n++ >= candidates) {
                break;
            }
            b.append(String.format(Locale.ROOT, "%d. p=%.3f %s (passage rank %d, similarity %.2f, coverage %.2f, context %.2f)%s%s%n",
                    n, s.probability(), composer.passesChecks(q, s) ? "passes checks" : "fails checks", s.rank() + 1,
                    s.semantic(), s.coverage(), s.context(),
                    s.missing().isEmpty() ? "" : "; lacks: " + String.join(", ",
                            s.missing().stream().map(KeyTerm::label).distinct().toList()),
                    s.matched().isEmpty() ? "" : "; has: " + String.join(", ", s.matched().stream().map(t -> shown(t, s))
                            .distinct().toList())));
            b.append("   features:");
            for (Map.Entry<String, Double> e : contributions.get(n - 1).entrySet()) {
                if (Math.abs(e.getValue()) >= 0.005) {
                    b.append(String.format(Locale.ROOT, " %s%+.2f", e.getKey(), e.getValue()));
                }
            }
            b.append('\n');
            b.append(String.format("   %s%n   from \u201C%s\u201D%n", s.text(), s.hit().article().title()));
        }
        if (scored.isEmpty()) {
            b.append("no candidate sentences: no passage was retrieved\n");
        }
        return b.toString();
    }

    /** A matched term, with the unit's own word when it matched as a paraphrase ("crude=oil"). */
    private static String shown(KeyTerm t, ScoredSentence s) {
        List<Integer> at = s.paraphrased().contains(t) ? s.terms().findParaphrase(t) : s.terms().find(t);
        if (at.isEmpty()) {
            return t.label() + "(nearby)";
        }
        String word = s.terms().wordAt(at.get(0));
        return word.equalsIgnoreCase(t.label()) ? t.label() : t.label() + "=" + word;
    }
}
