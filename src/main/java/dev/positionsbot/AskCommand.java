package dev.positionsbot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.positionsbot.answer.Answerer;
import dev.positionsbot.answer.Conversation;
import dev.positionsbot.answer.GroundedAnswer;
import dev.positionsbot.answer.GroundedAnswerJson;
import dev.positionsbot.chat.AnswerPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code ask "question"}: one grounded answer (or refusal). Without a question it reads one question per line from
 * stdin and writes one JSON line per question, for scripts.
 */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = {"Answer one question from the articles, with numbered sources, or refuse and say why.",
                "With no QUESTION, read one question per line from stdin and print one JSON line each."})
public class AskCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParentCommand
    App app;

    @Spec
    CommandSpec spec;

    /** Product output goes through picocli's writer (stdout unless a caller set another). */
    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    @Parameters(arity = "0..*", paramLabel = "QUESTION", description = "The question (several words are joined).")
    List<String> words;

    @Option(names = "--json", description = "Print the answer as one JSON object.")
    boolean json;

    @Option(names = "--explain", description = "After the answer, show the key terms and the best candidate "
            + "sentences with their scores: why the bot answered or refused.")
    boolean explain;

    @Override
    public Integer call() {
        try (AppRuntime runtime = AppRuntime.open(app, Map.of())) {
            Answerer answerer = runtime.answerer();
            if (words == null || words.isEmpty()) {
                batch(answerer);
                return 0;
            }
            String question = String.join(" ", words);
            GroundedAnswer a = answerer.answer(question, new Conversation());
            StartTrace.mark("first-answer");
            out().println(json ? GroundedAnswerJson.toJson(a).toString() : new AnswerPrinter().format(a));
            StartTrace.mark("printed");
            if (explain) {
                out().println("--- explain ---");
                out().print(runtime.explain(question, 6));
            }
            return 0;
        }
    }

    /**
     * Exactly one JSON line per input line, in input order, each with its 1-based {@code line} number, so that output
     * can be matched to input by position or by number; a blank line gets the ordinary "nothing to search for"
     * refusal instead of being skipped. Questions are independent (no follow-up context across lines).
     */
    private void batch(Answerer answerer) {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try {
            String line;
            long n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                ObjectNode json = GroundedAnswerJson.toJson(answerer.answer(line, new Conversation()));
                json.put("line", n);
                out().println(JSON.writeValueAsString(json));
                out().flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading questions from stdin failed: " + e.getMessage(), e);
        }
    }
}
