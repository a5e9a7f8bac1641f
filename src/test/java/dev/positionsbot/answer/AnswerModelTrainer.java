package dev.positionsbot.answer;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import dev.positionsbot.answer.eval.EvalReport;
import dev.positionsbot.index.NewsTermAnalyzer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Learns the answer model from the TRAINING split of the team's labelled questions and writes
 * src/main/resources/answer-model/weights.tsv. The test split is never read here: its articles' questions are
 * skipped before anything is computed.
 *
 * <p>Step 1: every candidate unit of every training question that passes the hard checks is a sample; it is
 * positive when it contains one of the question's gold excerpts. A logistic regression (liblinear, L2) learns the
 * ranker's weights. Step 2: a second logistic regression learns whether a question is answerable from its best
 * unit. Step 3: the answerability threshold and the share for further units are chosen by running the composer over
 * the training questions and maximising the mean of answer accuracy and refusal recall, taking the middle of the best
 * plateau; the regularisation C is the one of 0.1, 1 and 10 that does best there.
 *
 * <p>Run: {@code mvn -q -o test-compile && java -cp "target/classes:target/test-classes:$(cat target/test-cp.txt)"
 * dev.positionsbot.answer.AnswerModelTrainer} (see README, "The answer model").
 */
public final class AnswerModelTrainer {

    public static void main(String[] args) throws IOException {
        System.setProperty("offline", "true");
        System.setProperty("ai.djl.offline", "true");
        Path work = Files.createTempDirectory("answer-model-train");
        DataSplit split = new DataSplit();
        try (LabelledCorpus corpus = new LabelledCorpus(work)) {
            List<LabelledQuestion> train = LabelledQuestion.all().stream().filter(split::isTrain)
                    .filter(corpus::covers).toList();
            if (!corpus.withExtra) {
                System.err.println("../shared/corpus-extra is absent: training without its articles' questions");
            }
            AnswerModel start = AnswerModel.bundled();
            ExtractivePipeline pipeline = corpus.pipeline(start);
            List<Prepared> prepared = new ArrayList<>();
            List<double[]> xs = new ArrayList<>();
            List<Integer> ys = new ArrayList<>();
            for (LabelledQuestion q : train) {
                Prepared p = Prepared.of(pipeline, q);
                for (int i = 0; i < p.candidates().size(); i++) {
                    ScoredSentence s = p.candidates().get(i);
                    if (pipeline.composer().passesChecks(p.analyzed(), s)) {
                        // the model only ever ranks units that pass the hard checks
                        xs.add(p.features().get(i));
                        ys.add(q.eval().answerable() && containsGold(s.text(), q.gold()) ? 1 : 0);
                    }
                }
                prepared.add(p);
            }
            long positives = ys.stream().filter(y -> y == 1).count();
            System.err.printf(Locale.ROOT, "%d training questions, %d samples, %d positive%n", train.size(), xs.size(),
                    positives);
            SemanticSimilarity similarity = new SemanticSimilarity(corpus.embedder.model(), 50_000);
            var evaluator = new dev.positionsbot.answer.eval.Evaluator(pipeline.answerer(corpus.index), corpus.articles);
            AnswerModel chosen = null;
            double bestScore = -1;
            double bestC = 0;
            int plateauSize = 0;
            for (double c : new double[] {0.1, 1.0, 10.0}) {
                double[] learned = learn(xs, ys, CandidateFeatures.NAMES.size(), c);
                double[] weights = java.util.Arrays.copyOf(learned, CandidateFeatures.NAMES.size());
                double bias = learned[CandidateFeatures.NAMES.size()];

                // stage 2: whether a question is answered at all, from its best passing unit under this ranker
                int na = AnswerabilityFeatures.NAMES.size();
                AnswerModel ranker = new AnswerModel(weights, bias, new double[na], 0, 0.5, 0.5);
                List<double[]> qx = new ArrayList<>();
                List<Integer> qy = new ArrayList<>();
                for (Prepared p : prepared) {
                    List<ScoredSentence> scored = p.scoredBy(ranker);
                    List<ScoredSentence> eligible = scored.stream()
                            .filter(s -> pipeline.composer().passesChecks(p.analyzed(), s)).toList();
                    if (!eligible.isEmpty()) {
                        qx.add(AnswerabilityFeatures.of(p.analyzed(), eligible.get(0), scored, eligible.size()));
                        qy.add(p.question().eval().answerable() ? 1 : 0);
                    }
                }
                double[] learnedA = learn(qx, qy, na, c);
                double[] answerability = java.util.Arrays.copyOf(learnedA, na);
                double answerabilityBias = learnedA[na];

                List<double[]> plateau = new ArrayList<>();
                double cBest = -1;
                for (double secondary : new double[] {0.0, 0.15, 0.3, 0.5, 0.7}) {
                    for (double t = 0.05; t <= 0.951; t += 0.025) {
                        AnswerModel m = new AnswerModel(weights, bias, answerability, answerabilityBias, t, secondary);
                        EvalReport r = run(pipeline, similarity, m, prepared, evaluator);
                        double score = (r.answerAccuracy() + r.refusalRecall()) / 2;
                        if (score > cBest + 1e-9) {
                            cBest = score;
                            plateau.clear();
                        }
                        if (Math.abs(score - cBest) <= 1e-9) {
                            plateau.add(new double[] {t, secondary});
                        }
                    }
                }
                System.err.printf(Locale.ROOT, "C=%.1f: training objective %.3f%n", c, cBest);
                if (cBest > bestScore + 1e-9) {
                    bestScore = cBest;
                    bestC = c;
                    plateauSize = plateau.size();
                    double[] middle = plateau.get(plateau.size() / 2);
                    chosen = new AnswerModel(weights, bias, answerability, answerabilityBias, middle[0], middle[1]);
                }
            }
            EvalReport r = run(pipeline, similarity, chosen, prepared, evaluator);
            String header = String.format(Locale.ROOT, """
                    # Learned by AnswerModelTrainer (src/test/java) on the TRAINING split of src/test/resources/answer-model:
                    # %d questions, %d candidate units (%d positive), liblinear L2-regularised logistic regression, C=%.1f;
                    # answerability: the same on the training questions' best passing units (answerable or not).
                    # Threshold and secondary share chosen on the same training questions (mean of answer accuracy and
                    # refusal recall: %.3f; answer accuracy %.3f, refusal recall %.3f; plateau of %d settings, its middle).
                    # The test split and the public question sets were not used.
                    """, train.size(), xs.size(), positives, bestC, bestScore, r.answerAccuracy(), r.refusalRecall(),
                    plateauSize);
            Path out = Path.of("src/main/resources/" + AnswerModel.RESOURCE);
            Files.writeString(out, chosen.format(header), StandardCharsets.UTF_8);
            System.err.println(chosen.format(header));
        }
    }

    static boolean containsGold(String text, List<String> gold) {
        String t = QuoteVerifier.normalize(text).toLowerCase(Locale.ROOT);
        return gold.stream().anyMatch(g -> t.contains(QuoteVerifier.normalize(g).toLowerCase(Locale.ROOT)));
    }

    /** Weights in feature order, then the intercept. */
    static double[] learn(List<double[]> xs, List<Integer> ys, int n, double c) {
        Problem p = new Problem();
        p.l = xs.size();
        p.n = n + 1;
        p.bias = 1;
        p.x = new Feature[xs.size()][];
        p.y = new double[xs.size()];
        for (int i = 0; i < xs.size(); i++) {
            Feature[] row = new Feature[n + 1];
            for (int j = 0; j < n; j++) {
                row[j] = new FeatureNode(j + 1, xs.get(i)[j]);
            }
            row[n] = new FeatureNode(n + 1, 1.0);
            p.x[i] = row;
            p.y[i] = ys.get(i);
        }
        Linear.disableDebugOutput();
        Linear.resetRandom();
        Model m = Linear.train(p, new Parameter(SolverType.L2R_LR, c, 0.001));
        double[] w = m.getFeatureWeights();
        // liblinear's two-class weights point towards its first label
        double sign = m.getLabels()[0] == 1 ? 1 : -1;
        double[] out = new double[n + 1];
        for (int j = 0; j <= n; j++) {
            out[j] = sign * w[j];
        }
        return out;
    }

    /** A training question with its evidence and candidates, computed once: only the scores change per model. */
    record Prepared(LabelledQuestion question, AnalyzedQuestion analyzed, Evidence evidence,
                    List<ScoredSentence> candidates, List<double[]> features) {

        /** Retrieval, question analysis and candidate features of one question, with the pipeline's composer. */
        static Prepared of(ExtractivePipeline pipeline, LabelledQuestion q) {
            Evidence e = pipeline.retriever().retrieve(q.eval().question());
            AnalyzedQuestion aq = pipeline.questions().analyze(q.eval().question());
            List<ScoredSentence> candidates = pipeline.composer().explain(aq, e);
            return new Prepared(q, aq, e, candidates, CandidateFeatures.all(aq, candidates));
        }

        List<ScoredSentence> scoredBy(AnswerModel m) {
            List<ScoredSentence> out = new ArrayList<>(candidates.size());
            for (int i = 0; i < candidates.size(); i++) {
                out.add(candidates.get(i).withProbability(m.probability(features.get(i))));
            }
            out.sort(java.util.Comparator.comparingDouble(ScoredSentence::probability).reversed());
            return out;
        }
    }

    static EvalReport run(ExtractivePipeline pipeline, SemanticSimilarity similarity, AnswerModel model,
                          List<Prepared> prepared, dev.positionsbot.answer.eval.Evaluator evaluator) {
        return run(pipeline, similarity, model, null, prepared, evaluator);
    }

    /** The answers of {@code model} to prepared questions, with one hard check switched off when {@code without} is set. */
    static EvalReport run(ExtractivePipeline pipeline, SemanticSimilarity similarity, AnswerModel model,
                          ExtractiveComposer.HardCheck without, List<Prepared> prepared,
                          dev.positionsbot.answer.eval.Evaluator evaluator) {
        ExtractiveComposer composer = new ExtractiveComposer(pipeline.questions(), new NewsTermAnalyzer(), similarity,
                new RefusalWriter(pipeline.coverage()), model, CandidateScorer.builtin(model), Lexicon.bundled());
        if (without != null) {
            composer.without(without);
        }
        List<dev.positionsbot.answer.eval.EvalOutcome> outcomes = new ArrayList<>();
        InstructionDetector instructions = new InstructionDetector();
        for (Prepared p : prepared) {
            String q = p.question().eval().question();
            // as GroundedAnswerer does: an instruction to the bot is refused before the composer sees it
            GroundedAnswer a = instructions.instruction(q).isPresent()
                    ? new GroundedAnswer(q, q, GroundedAnswer.Status.REFUSED, "", List.of(), "instruction", "extractive",
                            List.of(), 0)
                    : composer.compose(p.analyzed(), p.evidence(), p.scoredBy(model));
            outcomes.add(evaluator.evaluate(p.question().eval(), a));
        }
        return new EvalReport(outcomes);
    }
}
