package dev.positionsbot;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.nio.file.Path;

/**
 * Command-line wiring. Global options are inherited by every subcommand; subcommands reach them through
 * {@code @ParentCommand App app}.
 */
@Command(name = "positions-bot", mixinStandardHelpOptions = true, version = "positions-bot 0.1.0",
        description = "Answers questions about the positions of the Central Asian states, only from an article corpus, with sources.",
        subcommands = {
                CommandLine.HelpCommand.class,
                ChatCommand.class,
                AskCommand.class,
                SourcesCommand.class,
                TimelineCommand.class,
                SearchCommand.class,
                EvalCommand.class,
                IngestCommand.class,
                IndexCommand.class,
                TelegramCommand.class,
                ServeCommand.class,
                ConfigCommand.class
        })
public class App implements Runnable {

    @Option(names = "--knowledge", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Knowledge directory (default: knowledge/, env POSITIONS_BOT_KNOWLEDGE).")
    Path knowledge;

    @Option(names = "--index", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Index directory (default: .index/ beside the knowledge directory, env POSITIONS_BOT_INDEX).")
    Path index;

    @Option(names = "--config", scope = ScopeType.INHERIT, paramLabel = "FILE",
            description = "Configuration file (default: positions-bot.yml if present, env POSITIONS_BOT_CONFIG).")
    Path config;

    @Option(names = "--lenient", scope = ScopeType.INHERIT,
            description = "Skip knowledge files with broken front matter (with a warning) instead of failing.")
    boolean lenient;

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        disableLibraryNetworkCalls();
        System.exit(run(args));
    }

    /**
     * DJL, which runs the bundled ONNX embedding models, otherwise probes cloud metadata and telemetry hosts on
     * first use. The bot must run fully offline, so opt out before any model is created.
     */
    public static void disableLibraryNetworkCalls() {
        System.setProperty("offline", "true");
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("OPT_OUT_TRACKING", "true");
    }

    /** Runs the command line and returns the exit code; used by main and by tests. */
    public static int run(String... args) {
        CommandLine cmd = new CommandLine(new App());
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof PositionsBotException) {
                commandLine.getErr().println("error: " + ex.getMessage());
                return 2;
            }
            throw ex;
        });
        return cmd.execute(args);
    }
}
