package dev.positionsbot.answer;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.positionsbot.index.PassageEmbedder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures, out of fold on the TRAINING split only, whether a relevance score LEARNED on top of the frozen MiniLM
 * vectors is a stronger signal than their plain cosine, as the answer model's similarity. Two probes, each a
 * logistic regression (liblinear, L2, as {@link AnswerModelTrainer#learn}) predicting "this candidate holds the gold
 * sentence", labelled exactly as the trainer labels a ranker sample (the question is answerable and the unit contains
 * one of its gold excerpts, {@link AnswerModelTrainer#containsGold}), on the candidates the ranker ranks (those that
 * pass the composer's hard checks); every candidate is then scored, and the probe's probability is its learned
 * similarity:
 * <ol>
 *   <li><b>Diagonal / interaction probe</b>: the features [q ⊙ u, |q − u|] (384 + 384) of the question's vector q and
 *   the unit's u, both unit length, each taken exactly as the composer takes them ({@link SemanticSimilarity} via
 *   {@link CandidateGenerator}): q is the retriever's query vector of the analysed question's English form
 *   ({@link PassageEmbedder#embedQuery}, MiniLM has no query prefix, {@link PassageEmbedder#inModelWords} inside), u
 *   the unit's vector stored in its hit at index time (int8, dequantized) or, when the hit has none, the model's
 *   vector of {@code inModelWords(unit)}. Their cosine is checked against each candidate's {@code semantic()}.</li>
 *   <li><b>Joint encoding probe</b>: MiniLM's pooled vector (384) of the pair text
 *   {@code inModelWords(english) + " [SEP] " + inModelWords(unit)}, by the same model instance the corpus loads.
 *   Run only when embedding all pairs would take at most {@link #PAIR_BUDGET_S} s, extrapolated from the first
 *   {@link #PAIR_SAMPLE} pairs, and only after the diagonal variants have been measured.</li>
 * </ol>
 * The features are standardised with the mean and standard deviation of the probe's own training samples.
 *
 * <p>Stacking is out of fold with the answer model's own folds ({@link AnswerModelTrainer#foldsByArticle}): for
 * each fold f the probe is trained on the candidates of questions in the other folds and scores the candidates of
 * fold f. The probe's C is chosen by nested cross-validation inside those training folds only: for each C of
 * {@link #PROBE_CS}, each of the other four folds in turn is scored by a probe fitted on the remaining three, and the
 * C with the lowest pooled log loss over them wins; the printed objective plays no part in it. The out-of-fold
 * scores then replace the similarity (share 1.0) or are averaged with it (share 0.5) through
 * {@link SecondEncoderExperiment#withSemantic}, and the variants are cross-validated by
 * {@link OutOfFoldVariants#compare} at the C given as the first argument (1 if none), as the earlier experiments were.
 * Also printed: each variant's out-of-fold hit@1 of the gold (of the questions with a passing candidate holding
 * gold, the share whose top-scored passing candidate holds gold) beside the plain cosine's.
 *
 * <p><b>Decision rule, written down before the first run</b>: a variant counts only if its chosen objective beats
 * the shipped row's (same run) by at least 0.010 with no more than +0.02 false refusals. Nothing ships from this
 * class either way. The test split is never read: only {@link OutOfFoldVariants#preparedTraining}'s questions are.
 *
 * <p>Run: {@code java -Xmx3g -cp "target/classes:target/test-classes:$(cat target/test-cp.txt)"
 * dev.positionsbot.answer.LearnedSimilarityExperiment [C]}.
 */
public final class LearnedSimilarityExperiment {

    /** The probe's regularisation candidates, on standardised features; chosen by nested CV (class comment). */
    static final double[] PROBE_CS = {0.001, 0.01, 0.1, 1.0};
    /** Pairs embedded first to measure the joint encoding's rate. */
    static final int PAIR_SAMPLE = 200;
    /** The joint probe runs only when embedding every pair is extrapolated to take at most this long. */
    static final double PAIR_BUDGET_S = 600;

    private LearnedSimilarityExperiment() {
    }

    public static void main(String[] args) throws IOException {
        double c = OutOfFoldVariants.offlineWithC(args);
        Path work = Files.createTempDirectory("learned-similarity");
        try (LabelledCorpus corpus = new LabelledCorpus(work)) {
            AnswerModel shipped = AnswerModel.bundled();
            ExtractivePipeline pipeline = corpus.pipeline(shipped);
            long tPrep = System.nanoTime();
            List<AnswerModelTrainer.Prepared> prepared = OutOfFoldVariants.preparedTraining(corpus, pipeline);
            double prepS = seconds(tPrep);
            Map<String, Integer> foldByArticle = AnswerModelTrainer.foldsByArticle(prepared);
            int n = prepared.size();
            int[] fold = new int[n];
            boolean[][] use = new boolean[n][];
            boolean[][] gold = new boolean[n][];
            double[][] cosine = new double[n][];
            long samples = 0;
            long positives = 0;
            for (int k = 0; k < n; k++) {
                AnswerModelTrainer.Prepared p = prepared.get(k);
                fold[k] = foldByArticle.get(p.question().article());
                int m = p.candidates().size();
                use[k] = new boolean[m];
                gold[k] = new boolean[m];
                cosine[k] = new double[m];
                for (int i = 0; i < m; i++) {
                    ScoredSentence s = p.candidates().get(i);
                    use[k][i] = pipeline.composer().passesChecks(p.analyzed(), s);
                    gold[k][i] = p.question().eval().answerable()
                            && AnswerModelTrainer.containsGold(s.text(), p.question().gold());
                    cosine[k][i] = s.semantic();
                    if (use[k][i]) {
                        samples++;
                        positives += gold[k][i] ? 1 : 0;
                    }
                }
            }
            System.err.printf(Locale.ROOT, "%d candidates pass the hard checks (%d positive)%n", samples, positives);

            // step 1: the vectors the composer's similarity uses, and the diagonal features
            EmbeddingModel model = corpus.embedder.model();
            long t1 = System.nanoTime();
            float[][][] diagonal = new float[n][][];
            double worst = 0;
            int embeddedUnits = 0;
            Map<String, float[]> embedded = new java.util.HashMap<>();
            for (int k = 0; k < n; k++) {
                AnswerModelTrainer.Prepared p = prepared.get(k);
                float[] q = unit(corpus.embedder.embedQuery(p.analyzed().english()));
                diagonal[k] = new float[p.candidates().size()][];
                for (int i = 0; i < p.candidates().size(); i++) {
                    ScoredSentence s = p.candidates().get(i);
                    float[] stored = s.hit() == null ? null
                            : s.hit().sentenceVectors().vector(s.text(), model).orElse(null);
                    if (stored == null) {
                        stored = embedded.computeIfAbsent(s.text(),
                                t -> model.embed(PassageEmbedder.inModelWords(t)).content().vector());
                        embeddedUnits++;
                    }
                    float[] u = unit(stored);
                    worst = Math.max(worst, Math.abs(SemanticSimilarity.cosine(q, u) - s.semantic()));
                    diagonal[k][i] = interactions(q, u);
                }
            }
            double vectorsS = seconds(t1);
            System.err.printf(Locale.ROOT, "diagonal features of every candidate in %.0f s (%d units without a stored"
                    + " vector, embedded); largest |cosine - semantic()| %.5f%n", vectorsS, embeddedUnits, worst);

            long t2 = System.nanoTime();
            double[][] diagScores = outOfFold(diagonal, use, gold, fold, "diagonal");
            double diagProbeS = seconds(t2);
            System.err.printf(Locale.ROOT, "diagonal probe, nested CV and out-of-fold scores, in %.0f s%n",
                    diagProbeS);

            Map<AnswerModelTrainer.Prepared, double[]> diagOf = byQuestion(prepared, diagScores);
            System.out.printf(Locale.ROOT, "hit@1 of the gold among each question's passing candidates, out of fold"
                    + " (%d questions with a passing gold candidate):%n", withGold(use, gold));
            System.out.printf(Locale.ROOT, "  plain MiniLM cosine (shipped similarity): %.3f%n",
                    hitAt1(cosine, use, gold));
            System.out.printf(Locale.ROOT, "  learned diagonal: %.3f%n", hitAt1(diagScores, use, gold));
            System.out.printf(Locale.ROOT, "  mean of cosine and learned diagonal: %.3f%n",
                    hitAt1(mean(cosine, diagScores), use, gold));
            System.out.flush();

            long t3 = System.nanoTime();
            Map<String, List<AnswerModelTrainer.Prepared>> variants = new LinkedHashMap<>();
            variants.put("pooled minilm cosine (shipped)", prepared);
            variants.put("learned diagonal instead", SecondEncoderExperiment.withSemantic(prepared, diagOf::get, 1.0));
            variants.put("learned diagonal averaged", SecondEncoderExperiment.withSemantic(prepared, diagOf::get,
                    0.5));
            OutOfFoldVariants.compare(corpus, pipeline, shipped, variants, c);
            double compare1S = seconds(t3);
            System.err.printf(Locale.ROOT, "out-of-fold comparison of 3 variants in %.0f s%n", compare1S);
            variants.clear();
            diagonal = null;

            // step 2: the joint encoding of question and unit, if the budget allows
            long t4 = System.nanoTime();
            List<int[]> order = new ArrayList<>();
            List<String> pairs = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                AnswerModelTrainer.Prepared p = prepared.get(k);
                String q = PassageEmbedder.inModelWords(p.analyzed().english());
                for (int i = 0; i < p.candidates().size(); i++) {
                    order.add(new int[] {k, i});
                    pairs.add(q + " [SEP] " + PassageEmbedder.inModelWords(p.candidates().get(i).text()));
                }
            }
            float[][][] joint = new float[n][][];
            for (int k = 0; k < n; k++) {
                joint[k] = new float[prepared.get(k).candidates().size()][];
            }
            int sample = Math.min(PAIR_SAMPLE, pairs.size());
            embedPairs(model, pairs, order, joint, 0, sample);
            double rate = sample / seconds(t4);
            double projected = pairs.size() / rate;
            System.err.printf(Locale.ROOT, "joint encoding: %d pairs at %.1f pairs/s, all %d projected at %.0f s%n",
                    sample, rate, pairs.size(), projected);
            System.out.printf(Locale.ROOT, "joint encoding rate: %.1f pairs/s on %d pairs; all %d pairs projected at"
                    + " %.0f s (budget %.0f s)%n", rate, sample, pairs.size(), projected, PAIR_BUDGET_S);
            if (projected > PAIR_BUDGET_S) {
                System.out.println("joint encoding probe skipped: over the budget");
                System.out.printf(Locale.ROOT, "times: prepare %.0f s, diagonal features %.0f s, diagonal probe %.0f s,"
                        + " comparison %.0f s%n", prepS, vectorsS, diagProbeS, compare1S);
                return;
            }
            embedPairs(model, pairs, order, joint, sample, pairs.size());
            double pairsS = seconds(t4);
            System.err.printf(Locale.ROOT, "joint encoding of all %d pairs in %.0f s%n", pairs.size(), pairsS);
            long t5 = System.nanoTime();
            double[][] jointScores = outOfFold(joint, use, gold, fold, "joint");
            double jointProbeS = seconds(t5);
            System.err.printf(Locale.ROOT, "joint probe, nested CV and out-of-fold scores, in %.0f s%n", jointProbeS);
            Map<AnswerModelTrainer.Prepared, double[]> jointOf = byQuestion(prepared, jointScores);
            System.out.printf(Locale.ROOT, "  learned joint encoding: %.3f%n", hitAt1(jointScores, use, gold));
            System.out.printf(Locale.ROOT, "  mean of cosine and learned joint encoding: %.3f%n",
                    hitAt1(mean(cosine, jointScores), use, gold));
            System.out.flush();
            long t6 = System.nanoTime();
            variants.put("learned joint encoding instead", SecondEncoderExperiment.withSemantic(prepared,
                    jointOf::get, 1.0));
            variants.put("learned joint encoding averaged", SecondEncoderExperiment.withSemantic(prepared,
                    jointOf::get, 0.5));
            OutOfFoldVariants.compare(corpus, pipeline, shipped, variants, c);
            double compare2S = seconds(t6);
            System.out.printf(Locale.ROOT, "times: prepare %.0f s, diagonal features %.0f s, diagonal probe %.0f s,"
                    + " comparison (3 variants) %.0f s, joint encoding %.0f s, joint probe %.0f s, comparison"
                    + " (2 variants) %.0f s%n", prepS, vectorsS, diagProbeS, compare1S, pairsS, jointProbeS,
                    compare2S);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** [q ⊙ u, |q − u|]. */
    static float[] interactions(float[] q, float[] u) {
        float[] x = new float[2 * q.length];
        for (int j = 0; j < q.length; j++) {
            x[j] = q[j] * u[j];
            x[q.length + j] = Math.abs(q[j] - u[j]);
        }
        return x;
    }

    static float[] unit(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += x * x;
        }
        float[] out = v.clone();
        if (sum > 0) {
            float norm = (float) Math.sqrt(sum);
            for (int i = 0; i < out.length; i++) {
                out[i] /= norm;
            }
        }
        return out;
    }

    private static void embedPairs(EmbeddingModel model, List<String> pairs, List<int[]> order, float[][][] into,
                                   int from, int to) {
        final int chunk = 256;
        for (int a = from; a < to; a += chunk) {
            int b = Math.min(to, a + chunk);
            List<Embedding> vs = model.embedAll(pairs.subList(a, b).stream().map(TextSegment::from).toList())
                    .content();
            for (int i = a; i < b; i++) {
                int[] at = order.get(i);
                into[at[0]][at[1]] = vs.get(i - a).vector();
            }
            if ((a / chunk) % 40 == 0) {
                System.err.printf(Locale.ROOT, "  pairs embedded: %d of %d%n", b, pairs.size());
            }
        }
    }

    private static Map<AnswerModelTrainer.Prepared, double[]> byQuestion(List<AnswerModelTrainer.Prepared> prepared,
                                                                      double[][] scores) {
        Map<AnswerModelTrainer.Prepared, double[]> out = new IdentityHashMap<>();
        for (int k = 0; k < prepared.size(); k++) {
            out.put(prepared.get(k), scores[k]);
        }
        return out;
    }

    private static double[][] mean(double[][] a, double[][] b) {
        double[][] out = new double[a.length][];
        for (int k = 0; k < a.length; k++) {
            out[k] = new double[a[k].length];
            for (int i = 0; i < a[k].length; i++) {
                out[k][i] = 0.5 * a[k][i] + 0.5 * b[k][i];
            }
        }
        return out;
    }

    private static int withGold(boolean[][] use, boolean[][] gold) {
        int count = 0;
        for (int k = 0; k < use.length; k++) {
            for (int i = 0; i < use[k].length; i++) {
                if (use[k][i] && gold[k][i]) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    /** Of the questions with a passing candidate holding gold, the share whose top-scored passing one holds gold. */
    static double hitAt1(double[][] scores, boolean[][] use, boolean[][] gold) {
        int questions = 0;
        int hits = 0;
        for (int k = 0; k < scores.length; k++) {
            int best = -1;
            boolean any = false;
            for (int i = 0; i < scores[k].length; i++) {
                if (!use[k][i]) {
                    continue;
                }
                any |= gold[k][i];
                if (best < 0 || scores[k][i] > scores[k][best]) {
                    best = i;
                }
            }
            if (any) {
                questions++;
                hits += gold[k][best] ? 1 : 0;
            }
        }
        return questions == 0 ? 0 : (double) hits / questions;
    }

    /**
     * Each candidate's probability by a probe that never saw its question's fold: for fold f, C chosen by nested CV
     * on the other folds (lowest pooled log loss), then fitted on all of them.
     */
    static double[][] outOfFold(float[][][] x, boolean[][] use, boolean[][] gold, int[] fold, String name) {
        double[][] out = new double[x.length][];
        for (int f = 0; f < AnswerModelTrainer.FOLDS; f++) {
            long t0 = System.nanoTime();
            int outer = f;
            double bestC = PROBE_CS[0];
            double bestLoss = Double.POSITIVE_INFINITY;
            StringBuilder losses = new StringBuilder();
            for (double c : PROBE_CS) {
                double loss = 0;
                long count = 0;
                for (int g = 0; g < AnswerModelTrainer.FOLDS; g++) {
                    if (g == outer) {
                        continue;
                    }
                    int inner = g;
                    Probe probe = Probe.fit(x, use, gold, k -> fold[k] != outer && fold[k] != inner, c);
                    for (int k = 0; k < x.length; k++) {
                        if (fold[k] != inner) {
                            continue;
                        }
                        for (int i = 0; i < x[k].length; i++) {
                            if (use[k][i]) {
                                double p = Math.min(1 - 1e-12, Math.max(1e-12, probe.probability(x[k][i])));
                                loss -= gold[k][i] ? Math.log(p) : Math.log(1 - p);
                                count++;
                            }
                        }
                    }
                }
                loss /= Math.max(1, count);
                losses.append(String.format(Locale.ROOT, " C=%s: %.4f", c, loss));
                if (loss < bestLoss) {
                    bestLoss = loss;
                    bestC = c;
                }
            }
            Probe probe = Probe.fit(x, use, gold, k -> fold[k] != outer, bestC);
            for (int k = 0; k < x.length; k++) {
                if (fold[k] != outer) {
                    continue;
                }
                out[k] = new double[x[k].length];
                for (int i = 0; i < x[k].length; i++) {
                    out[k][i] = probe.probability(x[k][i]);
                }
            }
            System.err.printf(Locale.ROOT, "%s probe, fold %d: inner log loss%s; C = %s (%.0f s)%n", name, f, losses,
                    bestC, seconds(t0));
            System.out.printf(Locale.ROOT, "%s probe, fold %d: C = %s by nested CV (inner log loss%s)%n", name, f,
                    bestC, losses);
        }
        return out;
    }

    /** A fitted probe: standardisation, weights and intercept. */
    record Probe(double[] mean, double[] scale, double[] weights, double bias) {

        double probability(float[] v) {
            double z = bias;
            for (int j = 0; j < v.length; j++) {
                z += weights[j] * (v[j] - mean[j]) / scale[j];
            }
            return 1 / (1 + Math.exp(-z));
        }

        /** L2 logistic regression on the passing candidates of the questions {@code in} accepts, standardised. */
        static Probe fit(float[][][] x, boolean[][] use, boolean[][] gold, java.util.function.IntPredicate in,
                         double c) {
            int dim = -1;
            int l = 0;
            for (int k = 0; k < x.length; k++) {
                if (!in.test(k)) {
                    continue;
                }
                for (int i = 0; i < x[k].length; i++) {
                    if (use[k][i]) {
                        dim = x[k][i].length;
                        l++;
                    }
                }
            }
            double[] mean = new double[dim];
            double[] sq = new double[dim];
            for (int k = 0; k < x.length; k++) {
                if (!in.test(k)) {
                    continue;
                }
                for (int i = 0; i < x[k].length; i++) {
                    if (use[k][i]) {
                        float[] v = x[k][i];
                        for (int j = 0; j < dim; j++) {
                            mean[j] += v[j];
                            sq[j] += (double) v[j] * v[j];
                        }
                    }
                }
            }
            double[] scale = new double[dim];
            for (int j = 0; j < dim; j++) {
                mean[j] /= l;
                double var = sq[j] / l - mean[j] * mean[j];
                scale[j] = var > 1e-20 ? Math.sqrt(var) : 1;
            }
            // as AnswerModelTrainer.learn: the intercept is the last feature, constant 1
            Problem p = new Problem();
            p.l = l;
            p.n = dim + 1;
            p.bias = 1;
            p.x = new Feature[l][];
            p.y = new double[l];
            int r = 0;
            for (int k = 0; k < x.length; k++) {
                if (!in.test(k)) {
                    continue;
                }
                for (int i = 0; i < x[k].length; i++) {
                    if (!use[k][i]) {
                        continue;
                    }
                    float[] v = x[k][i];
                    Feature[] row = new Feature[dim + 1];
                    for (int j = 0; j < dim; j++) {
                        row[j] = new FeatureNode(j + 1, (v[j] - mean[j]) / scale[j]);
                    }
                    row[dim] = new FeatureNode(dim + 1, 1.0);
                    p.x[r] = row;
                    p.y[r] = gold[k][i] ? 1 : 0;
                    r++;
                }
            }
            Linear.disableDebugOutput();
            Linear.resetRandom();
            Model m = Linear.train(p, new Parameter(SolverType.L2R_LR, c, 0.001));
            double[] w = m.getFeatureWeights();
            double sign = m.getLabels()[0] == 1 ? 1 : -1;
            double[] weights = new double[dim];
            for (int j = 0; j < dim; j++) {
                weights[j] = sign * w[j];
            }
            return new Probe(mean, scale, weights, sign * w[dim]);
        }
    }
}
