package dev.positionsbot.answer;

import java.util.List;

/**
 * The answer model's view of a candidate: a handful of general features, each in [0, 1]. Nothing here names a
 * question, an article or a phrase; the weights that combine them are learned from labelled questions
 * ({@code AnswerModelTrainer} in the tests) and shipped in {@code answer-model/weights.tsv}.
 */
public final class CandidateFeatures {

    /** Feature names, in vector order; the weights file uses the same names. */
    public static final List<String> NAMES = List.of(
            "similarity",        // embedding similarity of question and unit
            "coverage",          // share of the question's key-term weight in the unit
            "context",           // share found only in the paragraph or the article's title, outlet, date
            "similarity_x_coverage",
            "topic_own_words",   // a topic word of the question in the unit in its own words (or none asked)
            "subject_in_unit",   // the question's subject named in the unit (or no subject asked)
            "subject_nearby",    // the subject only in the paragraph or title
            "entities_found",    // share of the question's names found in the unit or nearby
            "asked_span",        // the unit has a span of the kind asked for (figure, date, name), or none is asked
            "asked_span_missing",// a kind of span is asked for and the unit has none
            "retrieval_rank",    // 1 / (1 + rank of the passage)
            "speech",            // the unit quotes or reports speech
            "length",            // unit length, saturating at 400 characters
            "similarity_gap",    // how far below the most similar candidate it is
            "coverage_gap",      // how far below the best-covering candidate it is
            "similarity_rank",   // 1 / (1 + its rank by similarity among the question's candidates)
            "coverage_rank",     // 1 / (1 + its rank by coverage among the question's candidates)
            "asked_measure",     // share of the words naming what a figure counts that the unit has (1 if none)
            "entities_in_unit",  // share of the question's names in the unit itself (1 if none)
            "asked_span_x_coverage",   // the asked kind of span where the question's terms are
            "asked_span_x_similarity", // the asked kind of span in a unit close in meaning
            "rank_x_coverage");        // an early passage's unit that covers the question

    private CandidateFeatures() {
    }

    /** The features of every candidate of one question: some are relative to the question's best candidates. */
    public static List<double[]> all(AnalyzedQuestion q, List<ScoredSentence> candidates) {
        double[] sims = candidates.stream().mapToDouble(ScoredSentence::semantic).sorted().toArray();
        double[] covs = candidates.stream().mapToDouble(ScoredSentence::coverage).sorted().toArray();
        double maxSim = sims.length == 0 ? 0 : sims[sims.length - 1];
        double maxCov = covs.length == 0 ? 0 : covs[covs.length - 1];
        List<KeyTerm> measure = AskedMeasure.of(q);
        return candidates.stream().map(s -> of(q, measure, s, maxSim, maxCov, rankIn(sims, s.semantic()),
                rankIn(covs, s.coverage()))).toList();
    }

    /** How many values of the ascending array are strictly greater than v: 0 for the best. */
    private static int rankIn(double[] ascending, double v) {
        int above = 0;
        for (int i = ascending.length - 1; i >= 0 && ascending[i] > v + 1e-12; i--) {
            above++;
        }
        return above;
    }

    /** Share of the terms found in the unit's own words or a paraphrase, not only around it; 1 when there are none. */
    static double inUnit(List<KeyTerm> terms, ScoredSentence s) {
        if (terms.isEmpty()) {
            return 1;
        }
        return terms.stream().filter(t -> s.terms() != null && s.terms().contains(t)).count() / (double) terms.size();
    }

    static double[] of(AnalyzedQuestion q, List<KeyTerm> measure, ScoredSentence s, double maxSim, double maxCov,
                       int simRank, int covRank) {
        List<KeyTerm> topic = q.terms().stream().filter(t -> t.kind() == KeyTerm.Kind.CONTENT
                && t.role() == KeyTerm.Role.CORE && t.inCorpus()).toList();
        boolean topicOwn = topic.isEmpty() || topic.stream().anyMatch(t -> s.matched().contains(t)
                && !s.paraphrased().contains(t));
        List<KeyTerm> entities = q.names();
        double entityShare = entities.isEmpty() ? 1.0
                : entities.stream().filter(t -> !s.missing().contains(t)).count() / (double) entities.size();
        boolean subjectIn = s.subject() == ScoredSentence.Presence.IN_SENTENCE
                || s.subject() == ScoredSentence.Presence.NOT_ASKED;
        boolean spanAsked = q.answerType().wantsSpan() || q.answerType() == AnalyzedQuestion.AnswerType.IDENTITY;
        double sim = Math.max(0, s.semantic());
        return new double[] {
                sim,
                s.coverage(),
                s.context(),
                sim * s.coverage(),
                topicOwn ? 1 : 0,
                subjectIn ? 1 : 0,
                s.subject() == ScoredSentence.Presence.NEARBY ? 1 : 0,
                entityShare,
                s.typeFits() ? 1 : 0,
                spanAsked && !s.typeFits() ? 1 : 0,
                1.0 / (1 + s.rank()),
                s.quotation() ? 1 : 0,
                Math.min(1.0, s.text().length() / 400.0),
                Math.max(0, maxSim - s.semantic()),
                Math.max(0, maxCov - s.coverage()),
                1.0 / (1 + simRank),
                1.0 / (1 + covRank),
                AskedMeasure.found(measure, s),
                inUnit(entities, s),
                s.typeFits() ? s.coverage() : 0,
                s.typeFits() ? sim : 0,
                s.coverage() / (1 + s.rank()),
        };
    }
}
