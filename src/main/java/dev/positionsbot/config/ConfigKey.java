package dev.positionsbot.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every configuration key the bot understands, with its environment variable and built-in default. The dotted key
 * is both the nested YAML path in {@code positions-bot.yml} and the key of a command-line override.
 */
public enum ConfigKey {
    KNOWLEDGE("knowledge", "POSITIONS_BOT_KNOWLEDGE", "knowledge", false,
            "directory of knowledge/*.md articles"),
    INDEX("index", "POSITIONS_BOT_INDEX", null, false,
            "index directory (default: .index beside the knowledge directory)"),
    EMBEDDING_MODEL("embedding.model", "POSITIONS_BOT_EMBEDDING_MODEL", "minilm", false,
            "embedding model: minilm|bge"),
    LENIENT("lenient", "POSITIONS_BOT_LENIENT", "false", false,
            "skip knowledge files with broken front matter instead of failing"),
    TELEGRAM_TOKEN("telegram.token", "TELEGRAM_BOT_TOKEN", null, true,
            "Telegram bot token"),
    TELEGRAM_API_URL("telegram.api_url", "TELEGRAM_API_URL", "https://api.telegram.org", false,
            "Telegram Bot API base URL"),
    TELEGRAM_ALLOWED_IDS("telegram.allowed_ids", "TELEGRAM_ALLOWED_IDS", "", false,
            "comma-separated user/chat ids allowed to use the bot (empty: everyone)"),
    TELEGRAM_ADMIN_IDS("telegram.admin_ids", "TELEGRAM_ADMIN_IDS", "", false,
            "comma-separated user ids that may add articles with /add URL (empty: nobody)"),
    TELEGRAM_MAX_UPDATE_AGE("telegram.max_update_age", "TELEGRAM_MAX_UPDATE_AGE", "10m", false,
            "ignore updates older than this (e.g. 10m, 600s)"),
    LLM_PROVIDER("llm.provider", "LLM_PROVIDER", null, false,
            "none|openai|ollama (default: openai if openai.model set, ollama if ollama.model set, else none)"),
    LLM_TIMEOUT("llm.timeout", "LLM_TIMEOUT", "30s", false,
            "timeout of one LLM request"),
    LLM_MAX_RETRIES("llm.max_retries", "LLM_MAX_RETRIES", "0", false,
            "retries of a failed LLM request"),
    OPENAI_BASE_URL("openai.base_url", "OPENAI_BASE_URL", "https://api.openai.com/v1", false,
            "OpenAI-compatible API base URL"),
    OPENAI_API_KEY("openai.api_key", "OPENAI_API_KEY", null, true,
            "OpenAI API key"),
    OPENAI_MODEL("openai.model", "OPENAI_MODEL", null, false,
            "OpenAI model name"),
    OLLAMA_BASE_URL("ollama.base_url", "OLLAMA_BASE_URL", "http://localhost:11434", false,
            "Ollama base URL"),
    OLLAMA_MODEL("ollama.model", "OLLAMA_MODEL", null, false,
            "Ollama model name"),
    SCORER_MODE("scorer.mode", "POSITIONS_BOT_SCORER_MODE", "builtin", false,
            "which scores answer candidates: builtin|external|both (external: the reranker at reranker.url)"),
    RERANKER_URL("reranker.url", "POSITIONS_BOT_RERANKER_URL", null, false,
            "base URL of a cross-encoder reranking server in text-embeddings-inference form (POST /rerank)"),
    RERANKER_MIN_SCORE("reranker.min_score", "POSITIONS_BOT_RERANKER_MIN_SCORE", "0.5", false,
            "answer threshold (0-1) on the reranker's score, or on the mean score in scorer.mode both"),
    RERANKER_TIMEOUT("reranker.timeout", "POSITIONS_BOT_RERANKER_TIMEOUT", "10s", false,
            "timeout of one reranking request; on failure the built-in scorer answers"),
    RERANKER_CONNECT_TIMEOUT("reranker.connect_timeout", "POSITIONS_BOT_RERANKER_CONNECT_TIMEOUT", "2s", false,
            "timeout of connecting to the reranking server"),
    PROMPTS_DIR("prompts.dir", "POSITIONS_BOT_PROMPTS", null, false,
            "directory of prompt templates (default: prompts if present)"),
    HTTP_PORT("http.port", "POSITIONS_BOT_HTTP_PORT", "0", false,
            "port of the HTTP endpoint (/healthz, /metrics, /ask); 0 = off"),
    HTTP_BIND("http.bind", "POSITIONS_BOT_HTTP_BIND", "127.0.0.1", false,
            "address the HTTP endpoint listens on"),
    LOG_FORMAT("log.format", "POSITIONS_BOT_LOG_FORMAT", "plain", false,
            "log line format: plain|json"),
    LOG_MESSAGE_TEXT("log.message_text", "POSITIONS_BOT_LOG_MESSAGE_TEXT", "false", false,
            "log users' message text at INFO (otherwise only at DEBUG)");

    private static final Map<String, ConfigKey> BY_KEY = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(ConfigKey::key, Function.identity()));

    private final String key;
    private final String envVar;
    private final String defaultValue;
    private final boolean secret;
    private final String description;

    ConfigKey(String key, String envVar, String defaultValue, boolean secret, String description) {
        this.key = key;
        this.envVar = envVar;
        this.defaultValue = defaultValue;
        this.secret = secret;
        this.description = description;
    }

    /** Dotted key, e.g. {@code telegram.max_update_age}. */
    public String key() {
        return key;
    }

    public String envVar() {
        return envVar;
    }

    /** The command-line flag spelling used in messages: {@code http.port} is {@code --http-port}. */
    public String flag() {
        return "--" + key.replace('.', '-').replace('_', '-');
    }

    /** The built-in default as text, or null when the key is unset or derived from other keys by default. */
    public String defaultValue() {
        return defaultValue;
    }

    /** Secrets are never printed, only whether they are set. */
    public boolean secret() {
        return secret;
    }

    public String description() {
        return description;
    }

    public static Optional<ConfigKey> byKey(String dottedKey) {
        return Optional.ofNullable(BY_KEY.get(dottedKey.toLowerCase(Locale.ROOT)));
    }
}
