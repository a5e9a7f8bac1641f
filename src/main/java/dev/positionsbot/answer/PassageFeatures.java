package dev.positionsbot.answer;

import dev.positionsbot.index.SearchHit;
import dev.positionsbot.index.TermAnalyzer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The features by which {@link PassageReranker} orders the passages a search returned: how each ranker placed
 * the passage, how well its best unit matches the question's meaning, and how much of the question's weighted key
 * terms (names above all) the passage and its article's title hold. Several are also given relative to the best
 * passage of the same search, so that one weight serves questions whose scores sit at different levels.
 */
final class PassageFeatures {

    static final List<String> NAMES = List.of(
            "bm25_rank",            // 10 / (9 + BM25 rank), 0 when BM25 did not return it
            "vector_rank",          // the same for the vector ranking
            "bm25_share",           // BM25 score over the search's best BM25 score
            "vector_similarity",    // cosine of passage and question; a passage the vector side missed gets the
                                    // search's best minus 0.15, a stand-in below anything it did return
            "best_unit_similarity", // the best cosine of the passage's units (sentences) and the question
            "best_unit_gap",        // that, minus the best of any passage of the search
            "coverage",             // share of the question's key-term weight the passage holds
            "coverage_gap",         // that, minus the best of any passage of the search
            "paraphrase_coverage",  // share held only as a dictionary paraphrase
            "names_found",          // share of the question's names the passage holds (1 when it names none)
            "title_coverage",       // share of the key-term weight in the article's title
            "asked_kind",           // +1 when a number or date is asked and the passage has one, -1 when it has none
            "fused_rank");          // 10 / (10 + position in the fused search results)

    /** How far below the search's best vector similarity a passage the vector side did not return is placed. */
    private static final double UNRETURNED_VECTOR_PENALTY = 0.15;

    /**
     * Passages (and titles) whose analysed terms are kept for the next questions: a search's 30 passages were
     * analysed word by word for every question, and questions about one subject come back to the same passages and
     * titles. Two questions' pools; the values are immutable and depend on the text alone. 256 of each cost a running
     * bot about 25 MiB of peak heap and 20 MiB of RSS against 64 (answering alone at 10,004 passages, paired runs),
     * and no measurable answering time (notes "Answering path, same answers").
     */
    private static final int TEXTS_KEPT = 64;

    private final TermAnalyzer analyzer;
    private final Map<String, List<String>> cache = SentenceTerms.newCache();
    private final BoundedCache<String, SentenceTerms> passages = new BoundedCache<>(TEXTS_KEPT);
    private final BoundedCache<String, SentenceTerms> titles = new BoundedCache<>(TEXTS_KEPT);

    PassageFeatures(TermAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * One feature row per hit, in hit order. {@code queryVector} is the question's vector from the index's own
     * embedder, or null when the search has none; a passage without stored unit vectors then uses its passage
     * similarity for its best unit.
     */
    List<double[]> of(AnalyzedQuestion q, List<SearchHit> hits, float[] queryVector) {
        int n = hits.size();
        double totalWeight = 0;
        for (KeyTerm t : q.terms()) {
            totalWeight += t.weight();
        }
        double topBm25 = 0;
        double topVector = Double.NEGATIVE_INFINITY;
        for (SearchHit h : hits) {
            if (h.bm25() != null) {
                topBm25 = Math.max(topBm25, h.bm25().score());
            }
            if (h.vector() != null) {
                topVector = Math.max(topVector, h.vector().score());
            }
        }
        double unreturned = topVector == Double.NEGATIVE_INFINITY ? 0 : topVector - UNRETURNED_VECTOR_PENALTY;
        double[][] raw = new double[n][];
        double bestUnitAll = Double.NEGATIVE_INFINITY;
        double bestCoverageAll = 0;
        for (int i = 0; i < n; i++) {
            SearchHit h = hits.get(i);
            double vector = h.vector() != null ? h.vector().score() : unreturned;
            double bestUnit = bestUnitSimilarity(h, queryVector, vector);
            SentenceTerms passage = passages.get(h.passage().text(), t -> SentenceTerms.of(t, analyzer, cache));
            SentenceTerms title = titles.get(h.article().title(), t -> SentenceTerms.of(t, analyzer, cache));
            double held = 0;
            double paraphrased = 0;
            double inTitle = 0;
            int names = 0;
            int namesHeld = 0;
            for (KeyTerm t : q.terms()) {
                boolean exact = passage.contains(t);
                if (exact) {
                    held += t.weight();
                } else if (passage.hasParaphrase(t)) {
                    paraphrased += t.weight();
                }
                if (title.contains(t)) {
                    inTitle += t.weight();
                }
                if (t.kind() == KeyTerm.Kind.ENTITY) {
                    names++;
                    namesHeld += exact ? 1 : 0;
                }
            }
            double coverage = share(held, totalWeight);
            raw[i] = new double[] {
                    h.bm25() == null ? 0 : 10.0 / (9 + h.bm25().rank()),
                    h.vector() == null ? 0 : 10.0 / (9 + h.vector().rank()),
                    topBm25 > 0 && h.bm25() != null ? h.bm25().score() / topBm25 : 0,
                    vector,
                    bestUnit,
                    0,
                    coverage,
                    0,
                    share(paraphrased, totalWeight),
                    names == 0 ? 1 : (double) namesHeld / names,
                    share(inTitle, totalWeight),
                    askedKind(q.answerType(), passage),
                    10.0 / (10 + i)};
            bestUnitAll = Math.max(bestUnitAll, bestUnit);
            bestCoverageAll = Math.max(bestCoverageAll, coverage);
        }
        List<double[]> out = new ArrayList<>(n);
        for (double[] r : raw) {
            r[5] = r[4] - bestUnitAll;
            r[7] = r[6] - bestCoverageAll;
            out.add(r);
        }
        return out;
    }

    private static double bestUnitSimilarity(SearchHit h, float[] queryVector, double passageSimilarity) {
        if (queryVector == null) {
            return passageSimilarity;
        }
        // read from the stored bytes: the units of the 20 passages the reranker drops are never decoded into a map
        double best = h.sentenceVectors().best(v -> SemanticSimilarity.cosine(queryVector, v));
        return best == Double.NEGATIVE_INFINITY ? passageSimilarity : best;
    }

    private static double askedKind(AnalyzedQuestion.AnswerType type, SentenceTerms passage) {
        return switch (type) {
            case NUMBER -> passage.hasNumber() ? 1 : -1;
            case DATE -> passage.hasDate() ? 1 : -1;
            default -> 0;
        };
    }

    private static double share(double part, double total) {
        return total > 0 ? part / total : 0;
    }
}
