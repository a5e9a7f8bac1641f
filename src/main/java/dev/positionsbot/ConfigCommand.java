package dev.positionsbot;

import dev.positionsbot.config.BotConfig;
import dev.positionsbot.config.ConfigException;
import dev.positionsbot.config.SecretText;
import dev.positionsbot.config.ConfigLoader;
import dev.positionsbot.config.ConfigPreflight;
import dev.positionsbot.config.ConfigReport;
import dev.positionsbot.config.LoadedConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code config check}: shows the effective configuration and where each value came from. */
@Command(name = "config", description = "Inspect the configuration (defaults < positions-bot.yml < environment < flags).",
        subcommands = {ConfigCommand.Check.class, CommandLine.HelpCommand.class})
public class ConfigCommand implements Runnable {

    @ParentCommand
    App app;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * The configuration of a run of {@code app}: its {@code --config}, {@code --knowledge}, {@code --index} and
     * {@code --lenient} plus a command's own flags ({@code extraFlags}, by dotted key, e.g. "http.port").
     */
    public static BotConfig load(App app, Map<String, String> extraFlags) {
        return resolve(app, extraFlags).orThrow();
    }

    static LoadedConfig resolve(App app, Map<String, String> extraFlags) {
        Map<String, String> env = System.getenv();
        return ConfigLoader.resolve(ConfigLoader.locate(app.config, env), env, flagOverrides(app, extraFlags));
    }

    /** The global options of {@code app} as dotted-key overrides; options not given are absent. */
    public static Map<String, String> flagOverrides(App app, Map<String, String> extraFlags) {
        Map<String, String> flags = new HashMap<>();
        if (app.knowledge != null) {
            flags.put("knowledge", app.knowledge.toString());
        }
        if (app.index != null) {
            flags.put("index", app.index.toString());
        }
        if (app.lenient) {
            // picocli cannot tell "--lenient" absent from false; absent must not override the file or env
            flags.put("lenient", "true");
        }
        flags.putAll(extraFlags);
        return flags;
    }

    @Command(name = "check", description = "Print the effective configuration (secrets masked) with the source of "
            + "each value, validate it, and exit 1 on errors.")
    static class Check implements Callable<Integer> {

        @ParentCommand
        ConfigCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            LoadedConfig loaded;
            try {
                loaded = resolve(parent.app, Map.of());
            } catch (ConfigException e) {
                // the file itself is missing or not YAML: nothing to tabulate
                e.problems().forEach(p -> out.println("error: " + SecretText.withoutUrlPasswords(p)));
                out.flush();
                return 1;
            }
            ConfigPreflight.Findings findings = loaded.ok()
                    ? ConfigPreflight.check(loaded)
                    : new ConfigPreflight.Findings(java.util.List.of(), java.util.List.of());
            out.print(ConfigReport.render(loaded, findings));
            out.flush();
            return loaded.ok() && findings.errors().isEmpty() ? 0 : 1;
        }
    }
}
