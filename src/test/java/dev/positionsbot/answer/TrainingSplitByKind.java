package dev.positionsbot.answer;

import dev.positionsbot.answer.eval.EvalOutcome;
import dev.positionsbot.answer.eval.Evaluator;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The TRAINING split's outcomes by the kind its writers gave each question (passed, refused, wrong source, facts
 * missing), and one tab-separated line per question to the file named first (id, kind, answerable, passed, status,
 * source cited, facts found, question, expected facts, forbidden strings found, citations, answer): where the answers
 * are lost, in-sample, to compare a change that refits nothing before and after. A measuring tool; the test split is
 * never asked. {@code java -cp <test classpath> dev.positionsbot.answer.TrainingSplitByKind OUT.tsv} (about 70 s).
 */
public final class TrainingSplitByKind {
    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("probe");
        LabelledCorpus corpus = new LabelledCorpus(work);
        Answerer answerer = corpus.pipeline(AnswerModel.bundled()).answerer(corpus.index);
        Evaluator evaluator = new Evaluator(answerer, corpus.articles);
        DataSplit split = new DataSplit();
        Map<String, int[]> byKind = new TreeMap<>();
        try (PrintWriter out = new PrintWriter(args[0], "UTF-8")) {
            for (LabelledQuestion q : LabelledQuestion.all()) {
                if (split.isTest(q) || !corpus.covers(q)) continue;
                GroundedAnswer a = answerer.answer(q.eval().question(), new Conversation());
                EvalOutcome o = evaluator.evaluate(q.eval(), a);
                int[] c = byKind.computeIfAbsent(q.eval().kind() + (q.eval().answerable() ? "+" : "-"), k -> new int[5]);
                c[0]++;
                if (o.passed()) c[1]++;
                boolean refused = a.status() != GroundedAnswer.Status.ANSWERED;
                if (refused) c[2]++;
                if (!refused && q.eval().answerable() && !o.sourceCited()) c[3]++;
                if (!refused && q.eval().answerable() && o.sourceCited() && !o.factsComplete()) c[4]++;
                out.println(q.eval().id() + "\t" + q.eval().kind() + "\t" + q.eval().answerable() + "\t" + o.passed()
                        + "\t" + (refused ? "REFUSED" : "ANSWERED") + "\t" + o.sourceCited() + "\t" + o.factsFound() + "/"
                        + q.eval().expectedFacts().size() + "\t" + q.eval().question() + "\t" + q.eval().expectedFacts()
                        + "\t" + o.forbiddenFound().size() + "\t" + a.citations().size() + "\t" + a.answer().replace('\n', ' '));
            }
        }
        System.out.println("kind\tn\tpassed\trefused\twrongSource\tfactsMissing");
        byKind.forEach((k, c) -> System.out.printf("%s\t%d\t%d\t%d\t%d\t%d%n", k, c[0], c[1], c[2], c[3], c[4]));
        corpus.close();
        System.exit(0);
    }
}
