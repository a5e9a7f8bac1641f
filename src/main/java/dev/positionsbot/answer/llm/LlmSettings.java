package dev.positionsbot.answer.llm;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How to reach an optional chat model. With provider {@link Provider#NONE} the bot stays extractive.
 *
 * @param provider    none, openai (any OpenAI-compatible server) or ollama
 * @param baseUrl     API base URL, e.g. {@code https://api.openai.com/v1} or {@code http://localhost:11434}
 * @param apiKey      API key ("" when the server needs none); never logged
 * @param model       model name as the server knows it
 * @param timeout     per-request timeout
 * @param maxRetries  retries after a failed request (LangChain4j's retry ignores Retry-After, so keep this low)
 * @param temperature sampling temperature
 * @param promptsDir  directory overriding the bundled prompt templates, or {@code null} for the bundled ones
 */
public record LlmSettings(Provider provider, String baseUrl, String apiKey, String model, Duration timeout,
                          int maxRetries, double temperature, Path promptsDir) {

    public enum Provider {
        NONE, OPENAI, OLLAMA;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_MAX_RETRIES = 0;
    public static final double DEFAULT_TEMPERATURE = 0.0;
    public static final String DEFAULT_OPENAI_BASE_URL = "https://api.openai.com/v1";
    public static final String DEFAULT_OLLAMA_BASE_URL = "http://localhost:11434";

    public LlmSettings {
        Objects.requireNonNull(provider, "provider");
        baseUrl = baseUrl == null ? "" : baseUrl.trim();
        apiKey = apiKey == null ? "" : apiKey.trim();
        model = model == null ? "" : model.trim();
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        if (timeout.isNegative() || timeout.isZero()) {
            throw new LlmException("LLM timeout must be positive, was " + timeout);
        }
        if (maxRetries < 0) {
            throw new LlmException("LLM max retries must be >= 0, was " + maxRetries);
        }
        if (provider != Provider.NONE && model.isEmpty()) {
            throw new LlmException("LLM provider " + provider.label() + " needs a model name ("
                    + (provider == Provider.OPENAI ? "OPENAI_MODEL" : "OLLAMA_MODEL") + ")");
        }
    }

    public static LlmSettings none() {
        return new LlmSettings(Provider.NONE, "", "", "", DEFAULT_TIMEOUT, DEFAULT_MAX_RETRIES, DEFAULT_TEMPERATURE, null);
    }

    public boolean enabled() {
        return provider != Provider.NONE;
    }

    /** "llm:openai:gpt-4o-mini": what {@code GroundedAnswer.composer()} reports. */
    public String composerName() {
        return "llm:" + provider.label() + ":" + model;
    }

    /**
     * Reads the environment. {@code LLM_PROVIDER} (none|openai|ollama) chooses explicitly; otherwise OpenAI is used
     * when {@code OPENAI_API_KEY}, {@code OPENAI_BASE_URL} or {@code OPENAI_MODEL} is set, else Ollama when
     * {@code OLLAMA_BASE_URL} or {@code OLLAMA_MODEL} is set, else none. Tuning: {@code LLM_TIMEOUT_SECONDS},
     * {@code LLM_MAX_RETRIES}, {@code LLM_TEMPERATURE}, {@code LLM_PROMPTS_DIR}.
     */
    public static LlmSettings fromEnv(Map<String, String> env) {
        Provider provider = provider(env);
        Duration timeout = Duration.ofMillis(Math.round(
                number(env, "LLM_TIMEOUT_SECONDS", DEFAULT_TIMEOUT.toSeconds()) * 1000));
        int retries = integer(env, "LLM_MAX_RETRIES", DEFAULT_MAX_RETRIES);
        double temperature = number(env, "LLM_TEMPERATURE", DEFAULT_TEMPERATURE);
        String dir = get(env, "LLM_PROMPTS_DIR");
        Path promptsDir = dir.isEmpty() ? null : Path.of(dir);
        return switch (provider) {
            case NONE -> new LlmSettings(Provider.NONE, "", "", "", timeout, retries, temperature, promptsDir);
            case OPENAI -> new LlmSettings(Provider.OPENAI,
                    orDefault(get(env, "OPENAI_BASE_URL"), DEFAULT_OPENAI_BASE_URL), get(env, "OPENAI_API_KEY"),
                    get(env, "OPENAI_MODEL"), timeout, retries, temperature, promptsDir);
            case OLLAMA -> new LlmSettings(Provider.OLLAMA,
                    orDefault(get(env, "OLLAMA_BASE_URL"), DEFAULT_OLLAMA_BASE_URL), "",
                    get(env, "OLLAMA_MODEL"), timeout, retries, temperature, promptsDir);
        };
    }

    private static Provider provider(Map<String, String> env) {
        String explicit = get(env, "LLM_PROVIDER").toLowerCase(Locale.ROOT);
        if (!explicit.isEmpty()) {
            return switch (explicit) {
                case "none", "off", "extractive" -> Provider.NONE;
                case "openai" -> Provider.OPENAI;
                case "ollama" -> Provider.OLLAMA;
                default -> throw new LlmException("LLM_PROVIDER must be none, openai or ollama, was '" + explicit + "'");
            };
        }
        if (!get(env, "OPENAI_API_KEY").isEmpty() || !get(env, "OPENAI_BASE_URL").isEmpty()
                || !get(env, "OPENAI_MODEL").isEmpty()) {
            return Provider.OPENAI;
        }
        if (!get(env, "OLLAMA_BASE_URL").isEmpty() || !get(env, "OLLAMA_MODEL").isEmpty()) {
            return Provider.OLLAMA;
        }
        return Provider.NONE;
    }

    private static double number(Map<String, String> env, String name, double dflt) {
        String v = get(env, name);
        if (v.isEmpty()) {
            return dflt;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new LlmException(name + " must be a number, was '" + v + "'");
        }
    }

    private static int integer(Map<String, String> env, String name, int dflt) {
        String v = get(env, name);
        if (v.isEmpty()) {
            return dflt;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new LlmException(name + " must be a whole number, was '" + v + "'");
        }
    }

    private static String get(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null ? "" : v.trim();
    }

    private static String orDefault(String v, String dflt) {
        return v.isEmpty() ? dflt : v;
    }

    /** Never prints the API key. */
    @Override
    public String toString() {
        return "LlmSettings[provider=" + provider.label() + ", baseUrl=" + baseUrl + ", apiKey="
                + (apiKey.isEmpty() ? "(none)" : "***") + ", model=" + model + ", timeout=" + timeout
                + ", maxRetries=" + maxRetries + ", temperature=" + temperature + ", promptsDir=" + promptsDir + "]";
    }
}
