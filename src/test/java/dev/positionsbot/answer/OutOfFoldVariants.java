package dev.positionsbot.answer;

import dev.positionsbot.answer.eval.EvalReport;
import dev.positionsbot.answer.eval.Evaluator;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Variants of the answer model's inputs compared out of fold on the TRAINING split, as {@link AnswerModelTrainer}
 * cross-validates (folds by article), at one C and at the shipped model's units and secondary share, the threshold
 * swept and chosen by {@link AnswerModelTrainer#choose}. Prints one Markdown row per variant. A measuring tool for
 * experiments; the test split is never given to it.
 */
final class OutOfFoldVariants {

    private OutOfFoldVariants() {
    }

    /** An experiment's start: the models stay offline; its C is the first argument, 1 if none. */
    static double offlineWithC(String[] args) {
        System.setProperty("offline", "true");
        System.setProperty("ai.djl.offline", "true");
        return args.length > 0 ? Double.parseDouble(args[0]) : 1.0;
    }

    /**
     * The TRAINING split's questions that {@code corpus} can answer, each retrieved, analysed and its candidates'
     * features computed once by {@code pipeline} (the shipped composer), as every experiment starts.
     */
    static List<AnswerModelTrainer.Prepared> preparedTraining(LabelledCorpus corpus, ExtractivePipeline pipeline) {
        DataSplit split = new DataSplit();
        long t0 = System.nanoTime();
        List<AnswerModelTrainer.Prepared> prepared = new ArrayList<>();
        for (LabelledQuestion q : LabelledQuestion.all()) {
            if (split.isTrain(q) && corpus.covers(q)) {
                prepared.add(AnswerModelTrainer.Prepared.of(pipeline, q));
            }
        }
        System.err.printf(Locale.ROOT, "prepared %d training questions in %.0f s%n", prepared.size(),
                (System.nanoTime() - t0) / 1e9);
        return prepared;
    }

    static void compare(LabelledCorpus corpus, ExtractivePipeline pipeline, AnswerModel shipped,
                        Map<String, List<AnswerModelTrainer.Prepared>> variants, double c) {
        List<AnswerModelTrainer.Prepared> any = variants.values().iterator().next();
        Map<String, Integer> foldOf = AnswerModelTrainer.foldsByArticle(any);
        SemanticSimilarity similarity = new SemanticSimilarity(corpus.embedder.model(), 50_000);
        Evaluator evaluator = new Evaluator(pipeline.answerer(corpus.index), corpus.articles);
        System.out.printf(Locale.ROOT, "C = %.1f, units %d, secondary %.2f (the shipped model's), %d training"
                + " questions, %d folds by article%n", c, shipped.units(), shipped.secondary(), any.size(),
                AnswerModelTrainer.FOLDS);
        System.out.println("| variant | out-of-fold best | chosen: objective | threshold | answer accuracy"
                + " | refusal recall | false refusals |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (var v : variants.entrySet()) {
            List<AnswerModelTrainer.Prepared> prepared = v.getValue();
            List<AnswerModel> foldModels = new ArrayList<>();
            for (int f = 0; f < AnswerModelTrainer.FOLDS; f++) {
                int fold = f;
                foldModels.add(AnswerModelTrainer.fit(pipeline, prepared.stream()
                        .filter(p -> foldOf.get(p.question().article()) != fold).toList(), c));
            }
            List<AnswerModelTrainer.Setting> settings = new ArrayList<>();
            Map<AnswerModelTrainer.Setting, EvalReport> reports = new IdentityHashMap<>();
            for (double t = 0.05; t <= 0.951; t += 0.05) {
                List<AnswerModel> ms = new ArrayList<>();
                for (AnswerModel m : foldModels) {
                    ms.add(m.withThresholds(t, shipped.secondary()).withUnits(shipped.units()));
                }
                EvalReport r = AnswerModelTrainer.run(pipeline, similarity,
                        p -> ms.get(foldOf.get(p.question().article())), null, prepared, evaluator);
                var s = new AnswerModelTrainer.Setting(c, t, shipped.secondary(), shipped.units(),
                        (r.answerAccuracy() + r.refusalRecall()) / 2, r.falseRefusalRate());
                settings.add(s);
                reports.put(s, r);
            }
            var chosen = AnswerModelTrainer.choose(settings);
            EvalReport r = reports.get(chosen);
            System.out.printf(Locale.ROOT, "| %s | %.3f | %.3f | %.2f | %.3f | %.3f | %.3f |%n", v.getKey(),
                    settings.stream().mapToDouble(AnswerModelTrainer.Setting::objective).max().orElse(0),
                    chosen.objective(), chosen.threshold(), r.answerAccuracy(), r.refusalRecall(),
                    r.falseRefusalRate());
            System.out.flush();
        }
    }
}
