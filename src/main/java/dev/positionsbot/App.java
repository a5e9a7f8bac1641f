package dev.positionsbot;

import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Command-line wiring. Global options are inherited by every subcommand; subcommands reach them through
 * {@code @ParentCommand App app}.
 */
@Command(name = "positions-bot", mixinStandardHelpOptions = true, versionProvider = App.ManifestVersion.class,
        scope = ScopeType.INHERIT,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ok", "1:runtime error (bad knowledge or index, unreachable server, failed check)",
                "2:usage error (unknown command or option, bad option value)"},
        description = "Answers questions about the positions of the Central Asian states, only from an article corpus, with sources.")
public class App implements Runnable {

    /** The subcommands, in the order the usage help lists them (added by {@link #commandLine}). */
    static final List<Class<?>> COMMANDS = List.of(
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
            ConfigCommand.class);

    /** Global options that take a value (the next argument), for {@link #namedCommand}. */
    private static final Set<String> GLOBAL_OPTIONS_WITH_VALUE = Set.of("--knowledge", "--index", "--config");

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

    @Spec
    CommandSpec spec;

    /** Exit code of a run that worked. */
    public static final int OK = 0;
    /** Exit code of a runtime error: bad knowledge or index, unreachable server, a failed check. */
    public static final int RUNTIME_ERROR = 1;
    /** Exit code of a usage error (picocli's default): unknown command or option, bad option value. */
    public static final int USAGE_ERROR = 2;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: name one of the commands below");
    }

    public static void main(String[] args) {
        StartTrace.mark("main");
        disableLibraryNetworkCalls();
        startLogging();
        routeJavaUtilLogging();
        int code = run(args);
        StartTrace.mark("exit");
        System.exit(code);
    }

    /** Set by main while logback configures itself on another thread; run() waits for it before a command runs. */
    private static volatile Thread loggingStart;

    /**
     * Logback reads its XML configuration (with the JSON layout's Jackson, a quarter to a third of a second of class
     * loading and parsing at a cold start, docs/benchmarks-notes.md) on the other core while picocli builds its
     * command model on this one. Meanwhile SLF4J hands out stand-in loggers and replays what they log.
     */
    private static void startLogging() {
        Thread t = new Thread(() -> {
            LoggerFactory.getILoggerFactory();
            StartTrace.mark("logging-configured");
        }, "start-logging");
        t.setDaemon(true);
        t.start();
        loggingStart = t;
    }

    /** Logging configured before any command runs (a command may switch the log format, which needs logback). */
    private static void awaitLogging() {
        Thread t = loggingStart;
        if (t != null) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Libraries that log through java.util.logging (ONNX Runtime, OkHttp) then share the bot's stderr format. */
    static void routeJavaUtilLogging() {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
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

    /**
     * Runs the command line and returns the exit code ({@link #OK}, {@link #RUNTIME_ERROR}, {@link #USAGE_ERROR});
     * used by main and by tests. Product output goes to picocli's writer, which wraps the current System.out.
     */
    public static int run(String... args) {
        CommandLine cmd = commandLine(namedCommand(args).map(List::<Class<?>>of).orElse(COMMANDS));
        StartTrace.mark("commands-built");
        awaitLogging();
        StartTrace.mark("logging-awaited");
        // one writer pair for the root and every subcommand, flushed when the command is done
        PrintWriter out = writerOn(System.out);
        PrintWriter err = writerOn(System.err);
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof PositionsBotException) {
                commandLine.getErr().println("error: " + ex.getMessage());
                return RUNTIME_ERROR;
            }
            throw ex;
        });
        try {
            return cmd.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The root command with every subcommand: what the usage help and the tests walk. */
    public static CommandLine commandLine() {
        return commandLine(COMMANDS);
    }

    /**
     * The root with the given subcommands. picocli builds every subcommand's model (reflection over its options,
     * an instance, its mixins) when it is added, on the path to the first answer: in a cold JVM without the AppCDS
     * archive, all twelve took 0.48-0.65 s more than the root alone, {@code ask} alone 0.02-0.03 s (notes "Answering
     * RSS and cold start, night of 2026-11-30").
     */
    static CommandLine commandLine(List<Class<?>> commands) {
        CommandLine cmd = new CommandLine(new App());
        for (Class<?> c : commands) {
            cmd.addSubcommand(c);
        }
        return cmd;
    }

    /**
     * The subcommand the arguments name, when a run needs that one alone: the first argument that is neither a
     * global option nor its value names it. Empty, so that the whole command line is built, when the arguments ask
     * the root for help or a version, name no known command or {@code help} (which lists the others), or use forms
     * this scan does not read (short options, {@code @files}, {@code --}): picocli then parses and reports them
     * exactly as before.
     */
    static Optional<Class<?>> namedCommand(String... args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (GLOBAL_OPTIONS_WITH_VALUE.contains(a)) {
                i++;
            } else if (a.startsWith("--") && !a.equals("--") && !a.equals("--help") && !a.equals("--version")) {
                continue; // --lenient, --knowledge=DIR and the like
            } else if (a.startsWith("-") || a.startsWith("@") || a.equals("help")) {
                return Optional.empty();
            } else {
                return COMMANDS.stream().filter(c -> c != CommandLine.HelpCommand.class
                        && a.equals(c.getAnnotation(Command.class).name())).findFirst();
            }
        }
        return Optional.empty();
    }

    /**
     * picocli's writer over a print stream that keeps the stream's own encoding (the console's, or UTF-8 where a
     * test captures the output); a plain OutputStreamWriter would pick the platform default instead.
     */
    private static PrintWriter writerOn(PrintStream stream) {
        return new PrintWriter(new Writer() {
            @Override
            public void write(char[] chars, int offset, int length) {
                stream.print(new String(chars, offset, length));
            }

            @Override
            public void flush() {
                stream.flush();
            }

            @Override
            public void close() {
                stream.flush();
            }
        }, true);
    }

    /** {@code --version}: the Implementation-Version the build writes into the jar's manifest. */
    static final class ManifestVersion implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = App.class.getPackage().getImplementationVersion();
            return new String[]{"positions-bot " + (version == null ? "(unpackaged build: no jar manifest)" : version)};
        }
    }
}
