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

    /**
     * Errors (the bot cannot run), warnings (it runs, but not as the settings suggest) and notes (it can, with a
     * limitation), each a sentence naming the key.
     */
    public record Findings(List<String> errors, List<String> warnings, List<String> notes) {
        public Findings {
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
            notes = List.copyOf(notes);
        }

        public Findings(List<String> errors, List<String> notes) {
            this(errors, List.of(), notes);
        }
    }

    private ConfigPreflight() {
    }

    /** {@link #check(BotConfig)} plus the checks that need to know where each value came from. */
    public static Findings check(LoadedConfig loaded) {
        Findings machine = check(loaded.config());
        return new Findings(machine.errors(), llmSettingsIgnored(loaded), machine.notes());
    }

    /**
     * A model or server set while the provider is none is ignored: the answers stay extractive, which is easy to
     * miss when, say, a config file says {@code provider: none} and the environment names an Ollama model.
     */
    static List<String> llmSettingsIgnored(LoadedConfig loaded) {
        if (loaded.config().llm().provider() != BotConfig.LlmProvider.NONE) {
            return List.of();
        }
        List<String> set = new ArrayList<>();
        Origin providerOrigin = null;
        for (LoadedConfig.Setting s : loaded.settings()) {
            if (s.key() == ConfigKey.LLM_PROVIDER) {
                providerOrigin = s.origin();
            } else if (s.origin().source() != Origin.Source.DEFAULT && (s.key() == ConfigKey.OPENAI_MODEL
                    || s.key() == ConfigKey.OPENAI_BASE_URL || s.key() == ConfigKey.OLLAMA_MODEL
                    || s.key() == ConfigKey.OLLAMA_BASE_URL)) {
                set.add(s.key().key() + " (" + s.origin() + ")");
            }
        }
        if (set.isEmpty()) {
            return List.of();
        }
        boolean explicit = providerOrigin != null && providerOrigin.source() != Origin.Source.DEFAULT;
        String why = explicit
                ? "llm.provider is none (" + providerOrigin + ")"
                : "no model is set, so llm.provider is none";
        return List.of(why + ", so " + String.join(", ", set) + " is ignored and answers stay extractive; "
                + (explicit ? "remove llm.provider or set it to openai or ollama" : "set openai.model or ollama.model"));
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
        BotConfig.Scorer scorer = config.scorer();
        if (scorer.mode() == BotConfig.ScorerMode.BUILTIN && scorer.rerankerUrl() != null) {
            notes.add("reranker.url: " + SecretText.withoutUrlPasswords(scorer.rerankerUrl())
                    + " is not used while scorer.mode is builtin (set it to external or both)");
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
