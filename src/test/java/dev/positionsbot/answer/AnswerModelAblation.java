package dev.positionsbot.answer;

import dev.positionsbot.answer.eval.EvalReport;

import java.nio.file.Files;
import java.util.List;
import java.util.Locale;

/**
 * The ablation table of docs/benchmarks-notes.md: answer accuracy and refusal recall with each feature knocked out
 * (its weight set to zero, the rest of the model as trained; not retrained) and with each hard check removed, on the
 * held-out TEST split and, beside it, on the training split. Reporting only: nothing here feeds back into the model.
 *
 * <p>Run: {@code java -cp "target/classes:target/test-classes:$(cat target/test-cp.txt)"
 * dev.positionsbot.answer.AnswerModelAblation}
 */
public final class AnswerModelAblation {

    public static void main(String[] args) throws Exception {
        System.setProperty("offline", "true");
        DataSplit split = new DataSplit();
        AnswerModel base = AnswerModel.bundled();
        try (LabelledCorpus corpus = new LabelledCorpus(Files.createTempDirectory("answer-model-ablation"))) {
            ExtractivePipeline pipeline = corpus.pipeline(base);
            var evaluator = new dev.positionsbot.answer.eval.Evaluator(pipeline.answerer(corpus.index), corpus.articles);
            SemanticSimilarity similarity = new SemanticSimilarity(corpus.embedder.model(), 50_000);
            List<AnswerModelTrainer.Prepared> test = prepare(pipeline, corpus, split, true);
            List<AnswerModelTrainer.Prepared> train = prepare(pipeline, corpus, split, false);
            System.out.println("| removed | held-out answer accuracy | held-out refusal recall | training answer accuracy | training refusal recall |");
            System.out.println("|---|---|---|---|---|");
            row("nothing (the model as shipped)", base, null, pipeline, similarity, evaluator, test, train);
            for (int i = 0; i < CandidateFeatures.NAMES.size(); i++) {
                double[] w = base.weights().clone();
                w[i] = 0;
                AnswerModel m = new AnswerModel(w, base.bias(), base.answerability(), base.answerabilityBias(),
                        base.threshold(), base.secondary(), base.units());
                row("ranker feature " + CandidateFeatures.NAMES.get(i), m, null, pipeline, similarity, evaluator,
                        test, train);
            }
            for (int i = 0; i < AnswerabilityFeatures.NAMES.size(); i++) {
                double[] a = base.answerability().clone();
                a[i] = 0;
                AnswerModel m = new AnswerModel(base.weights(), base.bias(), a, base.answerabilityBias(),
                        base.threshold(), base.secondary(), base.units());
                row("answerability feature " + AnswerabilityFeatures.NAMES.get(i), m, null, pipeline, similarity,
                        evaluator, test, train);
            }
            for (ExtractiveComposer.HardCheck c : ExtractiveComposer.HardCheck.values()) {
                row("hard check " + c.name().toLowerCase(Locale.ROOT), base, c, pipeline, similarity, evaluator, test,
                        train);
            }
        }
    }

    private static List<AnswerModelTrainer.Prepared> prepare(ExtractivePipeline p, LabelledCorpus corpus,
                                                             DataSplit split, boolean test) {
        return LabelledQuestion.all().stream().filter(q -> split.isTest(q) == test && corpus.covers(q))
                .map(q -> AnswerModelTrainer.Prepared.of(p, q)).toList();
    }

    private static void row(String label, AnswerModel m, ExtractiveComposer.HardCheck without, ExtractivePipeline p,
                            SemanticSimilarity similarity, dev.positionsbot.answer.eval.Evaluator evaluator,
                            List<AnswerModelTrainer.Prepared> test, List<AnswerModelTrainer.Prepared> train) {
        EvalReport t = AnswerModelTrainer.run(p, similarity, m, without, test, evaluator);
        EvalReport r = AnswerModelTrainer.run(p, similarity, m, without, train, evaluator);
        System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f |%n", label, t.answerAccuracy(),
                t.refusalRecall(), r.answerAccuracy(), r.refusalRecall());
    }
}
