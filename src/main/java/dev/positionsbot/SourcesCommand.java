package dev.positionsbot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.positionsbot.answer.SourceInfo;
import dev.positionsbot.chat.AnswerPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code sources}: the articles of the knowledge base. */
@Command(name = "sources", mixinStandardHelpOptions = true,
        description = "List the articles answers come from: title, outlet, date, language, passage count.")
public class SourcesCommand implements Callable<Integer> {

    @ParentCommand
    App app;

    @Spec
    CommandSpec spec;

    /** Product output goes through picocli's writer (stdout unless a caller set another). */
    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Override
    public Integer call() {
        try (AppRuntime runtime = AppRuntime.open(app, Map.of())) {
            List<SourceInfo> sources = runtime.answerer().sources();
            if (json) {
                try {
                    out().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                            .writeValueAsString(Map.of("articles", sources)));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                out().print(new AnswerPrinter().formatSources(sources));
            }
            return 0;
        }
    }
}
