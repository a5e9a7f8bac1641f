package dev.positionsbot.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The effective configuration of one run, after defaults, file, environment and flags have been merged and
 * validated by {@link ConfigLoader}. Nested records mirror the dotted keys. Secrets never appear in
 * {@code toString()}.
 *
 * @param knowledge      directory of knowledge/*.md articles
 * @param index          index directory
 * @param embeddingModel embedding model used for the vector index
 * @param lenient        skip broken knowledge files with a warning
 * @param promptsDir     prompt template directory, or null to use the built-in prompts
 */
public record BotConfig(Path knowledge, Path index, EmbeddingModel embeddingModel, boolean lenient,
                        Telegram telegram, Llm llm, OpenAi openai, Ollama ollama, Path promptsDir,
                        Http http, Log log, Scorer scorer) {

    public enum EmbeddingModel { MINILM, BGE }

    public enum LlmProvider { NONE, OPENAI, OLLAMA }

    public enum LogFormat { PLAIN, JSON }

    public enum ScorerMode { BUILTIN, EXTERNAL, BOTH }

    /**
     * @param token         bot token, or null when not set
     * @param apiUrl        Bot API base URL without a trailing slash
     * @param allowedIds    user or chat ids allowed to talk to the bot; empty means everyone
     * @param maxUpdateAge  updates older than this (e.g. queued while the bot was down) are skipped
     * @param adminIds      user ids that may add articles with {@code /add URL}; empty means nobody
     */
    public record Telegram(String token, String apiUrl, List<Long> allowedIds, Duration maxUpdateAge,
                           List<Long> adminIds) {
        public Telegram {
            allowedIds = List.copyOf(allowedIds);
            adminIds = List.copyOf(adminIds);
        }

        public Optional<String> tokenIfSet() {
            return Optional.ofNullable(token);
        }

        @Override
        public String toString() {
            return "Telegram[token=" + SecretText.mask(token) + ", apiUrl=" + apiUrl + ", allowedIds=" + allowedIds
                    + ", maxUpdateAge=" + maxUpdateAge + ", adminIds=" + adminIds + "]";
        }
    }

    /**
     * @param provider   which chat model composes answers; NONE = the offline extractive composer only
     * @param timeout    timeout of one request
     * @param maxRetries retries after a failed request (LangChain4j's own default of 2 is too slow)
     */
    public record Llm(LlmProvider provider, Duration timeout, int maxRetries) {
    }

    /** @param apiKey null when not set */
    public record OpenAi(String baseUrl, String apiKey, String model) {
        @Override
        public String toString() {
            return "OpenAi[baseUrl=" + baseUrl + ", apiKey=" + SecretText.mask(apiKey) + ", model=" + model + "]";
        }
    }

    /** @param model null when not set */
    public record Ollama(String baseUrl, String model) {
    }

    /** @param port 0 when the endpoint is off */
    public record Http(String bind, int port) {
        public boolean enabled() {
            return port > 0;
        }
    }

    /** @param messageText whether front ends may log users' message text at INFO; see {@link LogPolicy} */
    public record Log(LogFormat format, boolean messageText) {
    }

    /**
     * @param mode           the built-in answer model, the external reranker instead of it, or the mean of both
     * @param rerankerUrl    base URL of the reranking server (its {@code /rerank} is called), or null when not set
     * @param minScore       answer threshold on the reranker's (or the mean) score in [0, 1]
     * @param timeout        timeout of one reranking request
     * @param connectTimeout timeout of connecting to the server
     */
    public record Scorer(ScorerMode mode, String rerankerUrl, double minScore, Duration timeout,
                         Duration connectTimeout) {
        public Scorer {
            if (mode != ScorerMode.BUILTIN && rerankerUrl == null) {
                throw new IllegalArgumentException("scorer mode " + mode + " needs a reranker URL");
            }
        }

        /** Only the built-in answer model. */
        public static Scorer builtin() {
            return new Scorer(ScorerMode.BUILTIN, null, 0.5, Duration.ofSeconds(10), Duration.ofSeconds(2));
        }
    }
}
