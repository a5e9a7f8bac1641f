package dev.positionsbot.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks of a valid configuration against the machine it will run on, for {@code config check}: values can be
 * well-formed and still point at a directory that is not there. Kept out of {@link ConfigLoader} because commands
 * such as {@code index} create some of these directories themselves.
 */
public final class ConfigPreflight {

    /** Errors (the bot cannot run) and notes (it can, with a limitation), each a sentence naming the key. */
    public record Findings(List<String> errors, List<String> notes) {
        public Findings {
            errors = List.copyOf(errors);
            notes = List.copyOf(notes);
        }
    }

    private ConfigPreflight() {
    }

    public static Findings check(BotConfig config) {
        List<String> errors = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (!Files.isDirectory(config.knowledge())) {
            errors.add("knowledge: directory " + config.knowledge() + " does not exist");
        }
        if (Files.exists(config.index()) && !Files.isDirectory(config.index())) {
            errors.add("index: " + config.index() + " exists but is not a directory");
        } else if (!Files.exists(config.index())) {
            notes.add("index: " + config.index() + " does not exist yet; it is built on first use");
        }
        Path prompts = config.promptsDir();
        if (prompts != null && !Files.isDirectory(prompts)) {
            errors.add("prompts.dir: directory " + prompts + " does not exist");
        }
        if (config.telegram().token() == null) {
            notes.add("telegram.token: not set; the telegram command needs it (env "
                    + ConfigKey.TELEGRAM_TOKEN.envVar() + ")");
        }
        List<Long> allowed = config.telegram().allowedIds();
        for (Long admin : config.telegram().adminIds()) {
            if (!allowed.isEmpty() && !allowed.contains(admin)) {
                notes.add("telegram.admin_ids: " + admin + " is not in telegram.allowed_ids, so the bot will not "
                        + "talk to them and they cannot use /add");
            }
        }
        if (config.http().enabled() && !isLoopback(config.http().bind())) {
            notes.add("http.bind: " + config.http().bind() + " is reachable from other hosts; /ask has no authentication");
        }
        return new Findings(errors, notes);
    }

    private static boolean isLoopback(String bind) {
        return bind.equals("localhost") || bind.startsWith("127.") || bind.equals("::1");
    }
}
