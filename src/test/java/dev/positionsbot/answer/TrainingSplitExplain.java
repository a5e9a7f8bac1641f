package dev.positionsbot.answer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * {@code ask --explain} over the whole labelled corpus for the TRAINING questions whose ids are given (a test-split id
 * is named as such and not shown): {@code java -cp <test classpath> dev.positionsbot.answer.TrainingSplitExplain ID...}.
 */
public final class TrainingSplitExplain {
    public static void main(String[] args) throws Exception {
        LabelledCorpus corpus = new LabelledCorpus(Files.createTempDirectory("probe"));
        ExtractivePipeline p = corpus.pipeline(AnswerModel.bundled());
        AnswerExplainer ex = p.explainer();
        DataSplit split = new DataSplit();
        Set<String> ids = Set.of(args);
        for (LabelledQuestion q : LabelledQuestion.all()) {
            if (!ids.contains(q.eval().id())) continue;
            if (split.isTest(q)) { System.out.println(q.eval().id() + ": test split, not shown"); continue; }
            System.out.println("=== " + q.eval().id() + " gold: " + q.gold());
            System.out.println(ex.explain(q.eval().question(), 6));
        }
        corpus.close();
        System.exit(0);
    }
}
