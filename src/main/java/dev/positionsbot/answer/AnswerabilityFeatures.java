package dev.positionsbot.answer;

import java.util.List;

/**
 * The second stage of the answer model: whether the question is answered at all, judged from the question and its
 * best candidate. The first stage ranks units within a question; this one compares questions, so it looks at what
 * ranking cannot: how much of the question the corpus does not contain at all, and how strong the best unit is.
 */
public final class AnswerabilityFeatures {

    public static final List<String> NAMES = List.of(
            "best_probability",     // the ranker's probability for the best unit that passes the checks
            "best_similarity",      // its embedding similarity to the question
            "best_coverage",        // its share of the question's key-term weight
            "best_context",         // the share found only around it
            "best_missing",         // share of key-term weight found neither in it nor around it
            "absent_from_corpus",   // share of the question's content-word weight that no article contains
            "asked_span_found",     // it has the kind of span asked for (or none is asked)
            "subject_in_unit",      // the question's subject is in it (or none is asked)
            "top_similarity",       // the highest similarity of any candidate, passing the checks or not
            "passing_share",        // share of candidates that pass the checks
            "best_measure",         // share of the words naming what a figure counts that it has (1 if none)
            "best_entities_in_unit");// share of the question's names in it, not only around it (1 if none)

    private AnswerabilityFeatures() {
    }

    static double[] of(AnalyzedQuestion q, ScoredSentence best, List<ScoredSentence> candidates, long passing) {
        double total = q.totalWeight();
        double missing = best.missing().stream().distinct().mapToDouble(KeyTerm::weight).sum();
        // words of substance no article contains, counting words only spelled out from another language
        List<KeyTerm> words = q.terms().stream().filter(t -> t.kind() == KeyTerm.Kind.CONTENT
                || t.kind() == KeyTerm.Kind.FRAME && !t.inCorpus()).toList();
        double absent = words.stream().filter(t -> !t.inCorpus()).count();
        double content = words.size();
        return new double[] {
                best.probability(),
                Math.max(0, best.semantic()),
                best.coverage(),
                best.context(),
                total == 0 ? 0 : missing / total,
                content == 0 ? 0 : absent / content,
                best.typeFits() ? 1 : 0,
                best.subject() == ScoredSentence.Presence.IN_SENTENCE
                        || best.subject() == ScoredSentence.Presence.NOT_ASKED ? 1 : 0,
                Math.max(0, candidates.stream().mapToDouble(ScoredSentence::semantic).max().orElse(0)),
                candidates.isEmpty() ? 0 : passing / (double) candidates.size(),
                AskedMeasure.found(AskedMeasure.of(q), best),
                CandidateFeatures.inUnit(q.names(), best),
        };
    }
}
