package dev.positionsbot;

import dev.positionsbot.answer.attribution.StateTimeline;
import dev.positionsbot.answer.attribution.TimelineJson;
import dev.positionsbot.chat.TimelinePrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code timeline STATE [--topic WORDS] [--json]}: a state's officials' statements across the articles. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"List the statements of a state's officials across the articles, oldest first, with speaker,"
                + " date, quote and source. Analysts, the outlets' own reporting and other governments are left out."})
public class TimelineCommand implements Callable<Integer> {

    @ParentCommand
    App app;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "STATE", description = "The state, e.g. Kazakhstan (several words are joined).")
    List<String> state;

    @Option(names = "--topic", paramLabel = "WORDS", description = "Only statements mentioning one of these words.")
    String topic = "";

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Override
    public Integer call() {
        try (AppRuntime runtime = AppRuntime.open(app, Map.of())) {
            StateTimeline.Result r = runtime.answerer().timeline(String.join(" ", state), topic);
            spec.commandLine().getOut().print(json ? TimelineJson.toJson(r).toPrettyString() + "\n"
                    : new TimelinePrinter().format(r));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
