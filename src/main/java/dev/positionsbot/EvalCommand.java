package dev.positionsbot;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.positionsbot.answer.GroundedAnswerJson;
import dev.positionsbot.answer.eval.EvalOutcome;
import dev.positionsbot.answer.eval.EvalQuestion;
import dev.positionsbot.answer.eval.EvalReport;
import dev.positionsbot.answer.eval.Evaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code eval FILE.jsonl}: runs a question set and reports how the answers measure up. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Run a question set (JSON lines as in ../shared/eval/) and report, per question and in total:",
                "decision (answered/refused) correct, expected facts found, expected sources cited, quotes verified",
                "verbatim, forbidden strings absent, latency."})
public class EvalCommand implements Callable<Integer> {

    @ParentCommand
    App app;

    @Spec
    CommandSpec spec;

    /** Product output goes through picocli's writer (stdout unless a caller set another). */
    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    @Parameters(index = "0", paramLabel = "FILE", description = "Question set, one JSON object per line.")
    Path file;

    @Option(names = "--json", description = "Print one JSON line per question and a JSON summary.")
    boolean json;

    @Override
    public Integer call() {
        List<EvalQuestion> questions = EvalQuestion.read(file);
        try (AppRuntime runtime = AppRuntime.open(app, Map.of())) {
            EvalReport report = new Evaluator(runtime.answerer(), runtime.corpus().articles())
                    .run(questions, this::print);
            if (json) {
                out().println(summary(report));
            } else {
                out().println(text(report));
            }
            return 0;
        }
    }

    private void print(EvalOutcome o) {
        if (json) {
            ObjectNode n = JsonNodeFactory.instance.objectNode();
            n.put("id", o.question().id());
            n.put("answerable", o.question().answerable());
            n.put("passed", o.passed());
            n.put("correct_decision", o.correctDecision());
            n.put("facts_found", o.factsFound());
            n.put("facts_expected", o.question().expectedFacts().size());
            n.put("source_cited", o.sourceCited());
            n.put("quotes_verified", o.quotesVerified());
            n.putPOJO("forbidden_found", o.forbiddenFound());
            n.set("answer", GroundedAnswerJson.toJson(o.answer()));
            out().println(n);
        } else {
            out().printf(Locale.ROOT, "%-4s %-5s %-8s facts %d/%d  source %-3s quotes %d/%d  %4d ms  %s%n",
                    o.passed() ? "ok" : "FAIL", o.question().id(), o.answer().status().json(), o.factsFound(),
                    o.question().expectedFacts().size(), o.sourceCited() ? "yes" : "no", o.quotesVerified(),
                    o.answer().citations().size(), o.answer().latencyMs(), o.question().question());
        }
    }

    static String text(EvalReport r) {
        return String.format(Locale.ROOT, """
                %d questions, %d passed
                refusal recall (unanswerable refused)   %.2f
                false refusals (answerable refused)     %.2f
                key-fact recall                          %.2f
                expected source cited                    %.2f
                quotes verified verbatim                 %.2f
                forbidden strings found                  %d
                latency p50 %d ms, p95 %d ms""", r.outcomes().size(), r.passed(), r.refusalRecall(),
                r.falseRefusalRate(), r.keyFactRecall(), r.sourceRecall(), r.quoteVerificationRate(),
                r.forbiddenStringsFound(), r.latencyPercentile(50), r.latencyPercentile(95));
    }

    static ObjectNode summary(EvalReport r) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("questions", r.outcomes().size());
        n.put("passed", r.passed());
        n.put("refusal_recall", r.refusalRecall());
        n.put("false_refusal_rate", r.falseRefusalRate());
        n.put("key_fact_recall", r.keyFactRecall());
        n.put("source_recall", r.sourceRecall());
        n.put("quote_verification_rate", r.quoteVerificationRate());
        n.put("forbidden_found", r.forbiddenStringsFound());
        n.put("latency_p50_ms", r.latencyPercentile(50));
        n.put("latency_p95_ms", r.latencyPercentile(95));
        return n;
    }
}
