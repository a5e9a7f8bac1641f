package dev.positionsbot.config;

import dev.positionsbot.config.BotConfig.EmbeddingModel;
import dev.positionsbot.config.BotConfig.LlmProvider;
import dev.positionsbot.config.BotConfig.LogFormat;
import dev.positionsbot.config.BotConfig.ScorerMode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the {@link BotConfig} of a run from four layers, each overriding the one before: built-in defaults,
 * the YAML config file, environment variables, command-line flags. Every bad value is reported with its key and
 * where it came from; unknown keys in the file are errors, because a typo silently ignored is a setting lost.
 */
public final class ConfigLoader {

    /** Environment variable naming the config file when {@code --config} is not given. */
    public static final String CONFIG_ENV = "POSITIONS_BOT_CONFIG";
    /** Read from the working directory when present and no file was named. */
    public static final Path DEFAULT_FILE = Path.of("positions-bot.yml");

    private ConfigLoader() {
    }

    /**
     * Which config file to read: {@code --config}, else {@code POSITIONS_BOT_CONFIG}, else {@code ./positions-bot.yml}
     * when it exists, else none (null). A file that was named explicitly must exist.
     */
    public static Path locate(Path flagFile, Map<String, String> env) {
        if (flagFile != null) {
            return mustExist(flagFile, "--config");
        }
        String fromEnv = env.get(CONFIG_ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return mustExist(Path.of(fromEnv.trim()), "env " + CONFIG_ENV);
        }
        return Files.isRegularFile(DEFAULT_FILE) ? DEFAULT_FILE : null;
    }

    private static Path mustExist(Path file, String source) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("config file " + file + " (from " + source + ") does not exist");
        }
        return file;
    }

    /**
     * The validated configuration.
     *
     * @param configFileOrNull the YAML file, or null for none
     * @param env              environment variables (usually {@code System.getenv()})
     * @param flagOverrides    command-line values by dotted key, e.g. {@code "http.port" -> "8080"}
     * @throws ConfigException listing every unknown key and bad value
     */
    public static BotConfig load(Path configFileOrNull, Map<String, String> env, Map<String, String> flagOverrides) {
        return resolve(configFileOrNull, env, flagOverrides).orThrow();
    }

    /** Like {@link #load} but returns the problems and the origin of each value instead of throwing. */
    public static LoadedConfig resolve(Path configFileOrNull, Map<String, String> env,
                                       Map<String, String> flagOverrides) {
        return new Resolution(configFileOrNull, env, flagOverrides).run();
    }

    /** One raw value with its origin; text is null when the key is not set anywhere. */
    private record Raw(String text, Origin origin) {
    }

    /** The state of one resolve call: raw values, problems found so far, and the settings to show. */
    private static final class Resolution {
        private final Path file;
        private final Map<String, String> env;
        private final Map<String, String> flags;
        private final List<String> problems = new ArrayList<>();
        private final Map<ConfigKey, Raw> raw = new EnumMap<>(ConfigKey.class);
        private final Map<ConfigKey, LoadedConfig.Setting> shown = new EnumMap<>(ConfigKey.class);

        Resolution(Path file, Map<String, String> env, Map<String, String> flags) {
            this.file = file;
            this.env = env;
            this.flags = flags;
        }

        LoadedConfig run() {
            mergeLayers();

            Path knowledge = path(ConfigKey.KNOWLEDGE);
            Path index = path(ConfigKey.INDEX);
            if (index == null && knowledge != null) {
                index = knowledge.resolveSibling(".index");
                derived(ConfigKey.INDEX, index.toString(), "beside knowledge");
            }
            EmbeddingModel embedding = parse(ConfigKey.EMBEDDING_MODEL, t -> ValueParser.enumValue(t, EmbeddingModel.class));
            Boolean lenient = parse(ConfigKey.LENIENT, ValueParser::bool);

            String token = parse(ConfigKey.TELEGRAM_TOKEN, ValueParser::nonBlank);
            String telegramUrl = parse(ConfigKey.TELEGRAM_API_URL, ValueParser::httpUrl);
            List<Long> allowed = parse(ConfigKey.TELEGRAM_ALLOWED_IDS, ValueParser::idList);
            Duration maxAge = parse(ConfigKey.TELEGRAM_MAX_UPDATE_AGE, ValueParser::duration);
            List<Long> admins = parse(ConfigKey.TELEGRAM_ADMIN_IDS, ValueParser::idList);

            String openaiUrl = parse(ConfigKey.OPENAI_BASE_URL, ValueParser::httpUrl);
            String openaiKey = parse(ConfigKey.OPENAI_API_KEY, ValueParser::nonBlank);
            String openaiModel = parse(ConfigKey.OPENAI_MODEL, ValueParser::nonBlank);
            String ollamaUrl = parse(ConfigKey.OLLAMA_BASE_URL, ValueParser::httpUrl);
            String ollamaModel = parse(ConfigKey.OLLAMA_MODEL, ValueParser::nonBlank);
            LlmProvider provider = parse(ConfigKey.LLM_PROVIDER, t -> ValueParser.enumValue(t, LlmProvider.class));
            if (provider == null && raw.get(ConfigKey.LLM_PROVIDER).text() == null) {
                provider = inferProvider(openaiModel, ollamaModel);
            }
            checkProvider(provider, openaiUrl, openaiKey, openaiModel, ollamaModel);
            Duration llmTimeout = parse(ConfigKey.LLM_TIMEOUT, ValueParser::duration);
            Integer retries = parse(ConfigKey.LLM_MAX_RETRIES, ValueParser::nonNegativeInt);

            Path prompts = path(ConfigKey.PROMPTS_DIR);
            if (prompts == null && Files.isDirectory(Path.of("prompts"))) {
                prompts = Path.of("prompts");
                derived(ConfigKey.PROMPTS_DIR, prompts.toString(), "./prompts exists");
            }

            Integer port = parse(ConfigKey.HTTP_PORT, ValueParser::port);
            String bind = parse(ConfigKey.HTTP_BIND, ValueParser::nonBlank);
            LogFormat logFormat = parse(ConfigKey.LOG_FORMAT, t -> ValueParser.enumValue(t, LogFormat.class));
            Boolean messageText = parse(ConfigKey.LOG_MESSAGE_TEXT, ValueParser::bool);

            ScorerMode scorerMode = parse(ConfigKey.SCORER_MODE, t -> ValueParser.enumValue(t, ScorerMode.class));
            String rerankerUrl = parse(ConfigKey.RERANKER_URL, ValueParser::httpUrl);
            Double minScore = parse(ConfigKey.RERANKER_MIN_SCORE, ValueParser::unitInterval);
            Duration rerankTimeout = parse(ConfigKey.RERANKER_TIMEOUT, ValueParser::duration);
            Duration rerankConnect = parse(ConfigKey.RERANKER_CONNECT_TIMEOUT, ValueParser::duration);
            if (scorerMode != null && scorerMode != ScorerMode.BUILTIN && raw.get(ConfigKey.RERANKER_URL).text() == null) {
                problems.add(ConfigKey.SCORER_MODE.key() + " is " + scorerMode.name().toLowerCase(java.util.Locale.ROOT)
                        + " (from " + raw.get(ConfigKey.SCORER_MODE).origin() + ") but " + ConfigKey.RERANKER_URL.key()
                        + " (" + ConfigKey.RERANKER_URL.envVar() + ") is not set");
            }
            positive(ConfigKey.RERANKER_TIMEOUT, rerankTimeout);
            positive(ConfigKey.RERANKER_CONNECT_TIMEOUT, rerankConnect);

            List<LoadedConfig.Setting> settings = Arrays.stream(ConfigKey.values()).map(shown::get).toList();
            if (!problems.isEmpty()) {
                return new LoadedConfig(file, null, settings, problems);
            }
            BotConfig config = new BotConfig(knowledge, index, embedding, lenient,
                    new BotConfig.Telegram(token, telegramUrl, allowed, maxAge, admins),
                    new BotConfig.Llm(provider, llmTimeout, retries),
                    new BotConfig.OpenAi(openaiUrl, openaiKey, openaiModel),
                    new BotConfig.Ollama(ollamaUrl, ollamaModel),
                    prompts,
                    new BotConfig.Http(bind, port),
                    new BotConfig.Log(logFormat, messageText),
                    new BotConfig.Scorer(scorerMode, rerankerUrl, minScore, rerankTimeout, rerankConnect));
            return new LoadedConfig(file, config, settings, problems);
        }

        /** Picks, per key, the value of the highest layer that sets it: flag > env > file > default. */
        private void mergeLayers() {
            Map<ConfigKey, Raw> fromFile = new EnumMap<>(ConfigKey.class);
            if (file != null) {
                YamlConfigFile.read(file).forEach((name, entry) -> ConfigKey.byKey(name).ifPresentOrElse(
                        key -> fromFile.put(key, new Raw(entry.text(), Origin.file(file, entry.line()))),
                        () -> problems.add("unknown key \"" + name + "\" in " + file + ":" + entry.line()
                                + " (known keys: " + knownKeys() + ")")));
            }
            flags.keySet().stream().filter(k -> ConfigKey.byKey(k).isEmpty()).forEach(k ->
                    problems.add("unknown setting \"" + k + "\" from a command-line flag"));
            for (ConfigKey key : ConfigKey.values()) {
                String flag = flags.get(key.key());
                String fromEnv = env.get(key.envVar());
                Raw value;
                if (flag != null) {
                    value = new Raw(flag, Origin.flag(key.flag()));
                } else if (fromEnv != null && !fromEnv.isBlank()) {
                    // An empty variable counts as unset: compose files and unit files often pass VAR= through.
                    value = new Raw(fromEnv, Origin.env(key.envVar()));
                } else if (fromFile.containsKey(key)) {
                    value = fromFile.get(key);
                } else {
                    value = new Raw(key.defaultValue(), Origin.defaults(""));
                }
                raw.put(key, value);
                String text = value.text();
                shown.put(key, new LoadedConfig.Setting(key,
                        key.secret() ? SecretText.mask(text) : text == null ? SecretText.UNSET
                                : SecretText.withoutUrlPasswords(text), value.origin()));
            }
        }

        private <T> T parse(ConfigKey key, Function<String, T> parser) {
            Raw value = raw.get(key);
            if (value.text() == null) {
                return null;
            }
            try {
                return parser.apply(value.text());
            } catch (IllegalArgumentException e) {
                String shownText = key.secret() ? "(the value)"
                        : "\"" + SecretText.withoutUrlPasswords(value.text()) + "\"";
                problems.add(key.key() + ": " + shownText + " from " + value.origin() + " " + e.getMessage());
                return null;
            }
        }

        /** Relative paths in the config file are taken relative to the file, so that a unit file's cwd does not matter. */
        private Path path(ConfigKey key) {
            String text = parse(key, ValueParser::nonBlank);
            if (text == null) {
                return null;
            }
            Path p = Path.of(text);
            Path dir = file == null ? null : file.getParent();
            if (!p.isAbsolute() && raw.get(key).origin().source() == Origin.Source.FILE && dir != null) {
                p = dir.resolve(p).normalize();
                shown.put(key, new LoadedConfig.Setting(key, p.toString(), raw.get(key).origin()));
            }
            return p;
        }

        private LlmProvider inferProvider(String openaiModel, String ollamaModel) {
            LlmProvider inferred = openaiModel != null ? LlmProvider.OPENAI
                    : ollamaModel != null ? LlmProvider.OLLAMA : LlmProvider.NONE;
            String note = switch (inferred) {
                case OPENAI -> "openai.model is set";
                case OLLAMA -> "ollama.model is set";
                case NONE -> "no model set";
            };
            derived(ConfigKey.LLM_PROVIDER, inferred.name().toLowerCase(java.util.Locale.ROOT), note);
            return inferred;
        }

        private void checkProvider(LlmProvider provider, String openaiUrl, String openaiKey, String openaiModel,
                                   String ollamaModel) {
            if (provider == LlmProvider.OPENAI) {
                if (openaiModel == null) {
                    problems.add("llm.provider is openai (from " + raw.get(ConfigKey.LLM_PROVIDER).origin()
                            + ") but openai.model (" + ConfigKey.OPENAI_MODEL.envVar() + ") is not set");
                }
                if (openaiKey == null && ConfigKey.OPENAI_BASE_URL.defaultValue().equals(openaiUrl)) {
                    problems.add("llm.provider is openai with the OpenAI API but openai.api_key ("
                            + ConfigKey.OPENAI_API_KEY.envVar() + ") is not set");
                }
            } else if (provider == LlmProvider.OLLAMA && ollamaModel == null) {
                problems.add("llm.provider is ollama (from " + raw.get(ConfigKey.LLM_PROVIDER).origin()
                        + ") but ollama.model (" + ConfigKey.OLLAMA_MODEL.envVar() + ") is not set");
            }
        }

        /** A zero timeout would fail every request: reported like any bad value. */
        private void positive(ConfigKey key, Duration d) {
            if (d != null && d.isZero()) {
                problems.add(key.key() + ": \"" + raw.get(key).text() + "\" from " + raw.get(key).origin()
                        + " is zero; a timeout must be longer");
            }
        }

        private void derived(ConfigKey key, String value, String note) {
            shown.put(key, new LoadedConfig.Setting(key, value, Origin.defaults("(" + note + ")")));
        }

        private static String knownKeys() {
            return Arrays.stream(ConfigKey.values()).map(ConfigKey::key).collect(Collectors.joining(", "));
        }
    }
}
