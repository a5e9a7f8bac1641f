package dev.positionsbot.answer.llm;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How to reach an optional chat model. With provider {@link Provider#NONE} the bot stays extractive. Built from the
 * configuration (file, environment, flags: see {@code ConfigKey}) by {@code AppRuntime}; there is no second set of
 * variables, so that {@code config check} shows everything that changes the behaviour.
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

    /** Never prints the API key. */
    @Override
    public String toString() {
        return "LlmSettings[provider=" + provider.label() + ", baseUrl=" + baseUrl + ", apiKey="
                + (apiKey.isEmpty() ? "(none)" : "***") + ", model=" + model + ", timeout=" + timeout
                + ", maxRetries=" + maxRetries + ", temperature=" + temperature + ", promptsDir=" + promptsDir + "]";
    }
}
