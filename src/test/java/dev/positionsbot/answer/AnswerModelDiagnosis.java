package dev.positionsbot.answer;

import dev.positionsbot.answer.eval.EvalOutcome;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Where the answers on the TRAINING split are lost: retrieval (no candidate holds a gold excerpt), the hard checks
 * (only failing candidates hold one), ranking (a gold candidate passes but is not first), the threshold, or the
 * quote (gold chosen but a fact is elsewhere). Never run on the test split.
 */
public final class AnswerModelDiagnosis {

    public static void main(String[] args) throws Exception {
        System.setProperty("offline", "true");
        DataSplit split = new DataSplit();
        try (LabelledCorpus corpus = new LabelledCorpus(Files.createTempDirectory("answer-model-diag"))) {
            List<LabelledQuestion> train = LabelledQuestion.all().stream().filter(split::isTrain)
                    .filter(corpus::covers).toList();
            ExtractivePipeline p = corpus.pipeline(AnswerModel.bundled());
            var evaluator = new dev.positionsbot.answer.eval.Evaluator(p.answerer(corpus.index), corpus.articles);
            int[] counts = new int[8];
            InstructionDetector instructions = new InstructionDetector();
            AdviceRequestDetector adviceRequests = new AdviceRequestDetector();
            for (LabelledQuestion q : train) {
                AnswerModelTrainer.Prepared prepared = AnswerModelTrainer.Prepared.of(p, q);
                Evidence e = prepared.evidence();
                AnalyzedQuestion aq = prepared.analyzed();
                List<ScoredSentence> cands = prepared.candidates();
                // as GroundedAnswerer does: an instruction to the bot or a request for advice is refused before the composer
                // sees it
                GroundedAnswer a = (instructions.instruction(q.eval().question()).isPresent() || adviceRequests.request(q.eval().question()).isPresent())
                        ? new GroundedAnswer(q.eval().question(), q.eval().question(), GroundedAnswer.Status.REFUSED, "",
                                List.of(), "instruction", "extractive", List.of(), 0)
                        : p.composer().compose(aq, e, cands);
                EvalOutcome o = evaluator.evaluate(q.eval(), a);
                String verdict;
                if (!q.eval().answerable()) {
                    verdict = a.answered() ? "FALSE-ANSWER" : "ok-refused";
                } else if (o.passed()) {
                    verdict = "ok";
                } else {
                    boolean any = cands.stream().anyMatch(s -> AnswerModelTrainer.containsGold(s.text(), q.gold()));
                    boolean passing = cands.stream().anyMatch(s -> p.composer().passesChecks(aq, s)
                            && AnswerModelTrainer.containsGold(s.text(), q.gold()));
                    List<ScoredSentence> eligible = cands.stream().filter(s -> p.composer().passesChecks(aq, s)).toList();
                    boolean first = !eligible.isEmpty() && AnswerModelTrainer.containsGold(eligible.get(0).text(), q.gold());
                    verdict = !any ? "RETRIEVAL" : !passing ? "CHECKS" : !first ? "RANKING"
                            : !a.answered() ? "THRESHOLD" : "FACTS";
                }
                System.out.printf(Locale.ROOT, "%-13s %-9s %-12s %s%n", verdict, q.eval().id(),
                        aq.answerType(), q.eval().question());
                if (args.length > 0 && !verdict.startsWith("ok")) {
                    System.out.println("   answer: " + a.answer().replace('\n', ' ').substring(0, Math.min(300, a.answer().length())));
                    if (verdict.equals("RANKING")) {
                        List<ScoredSentence> el = cands.stream().filter(s -> p.composer().passesChecks(aq, s)).toList();
                        for (int i = 0; i < el.size(); i++) {
                            ScoredSentence s = el.get(i);
                            boolean g = AnswerModelTrainer.containsGold(s.text(), q.gold());
                            if (i < 2 || g) {
                                System.out.printf(Locale.ROOT, "   %s#%d p=%.3f sim=%.2f cov=%.2f ctx=%.2f rank=%d fits=%s subj=%s: %s%n",
                                        g ? "GOLD" : "top", i + 1, s.probability(), s.semantic(), s.coverage(),
                                        s.context(), s.rank(), s.typeFits(), s.subject(),
                                        s.text().substring(0, Math.min(110, s.text().length())));
                            }
                            if (g) {
                                break;
                            }
                        }
                    }
                    if (verdict.equals("CHECKS")) {
                        cands.stream().filter(s -> AnswerModelTrainer.containsGold(s.text(), q.gold())).findFirst()
                                .ifPresent(s -> System.out.println("   gold fails: " + p.composer().failedCheck(aq, s)
                                        + " missing=" + s.missing().stream()
                                        .map(KeyTerm::label).toList() + " typeFits=" + s.typeFits() + " matched="
                                        + s.matched().stream().map(KeyTerm::label).toList()));
                    }
                }
            }
        }
    }
}
