package dev.positionsbot.config;

import dev.positionsbot.config.BotConfig.EmbeddingModel;
import dev.positionsbot.config.BotConfig.LlmProvider;
import dev.positionsbot.config.BotConfig.LogFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    private Path yaml(String text) throws IOException {
        Path file = dir.resolve("positions-bot.yml");
        Files.writeString(file, text);
        return file;
    }

    private static Origin originOf(LoadedConfig loaded, ConfigKey key) {
        return loaded.settings().stream().filter(s -> s.key() == key).findFirst().orElseThrow().origin();
    }

    @Test
    void defaults_apply_when_no_layer_sets_a_value() {
        BotConfig c = ConfigLoader.load(null, Map.of(), Map.of());
        assertEquals(Path.of("knowledge"), c.knowledge());
        assertEquals(Path.of(".index"), c.index());
        assertEquals(EmbeddingModel.MINILM, c.embeddingModel());
        assertFalse(c.lenient());
        assertNull(c.telegram().token());
        assertEquals("https://api.telegram.org", c.telegram().apiUrl());
        assertEquals(List.of(), c.telegram().allowedIds());
        assertEquals(Duration.ofMinutes(10), c.telegram().maxUpdateAge());
        assertEquals(LlmProvider.NONE, c.llm().provider());
        assertEquals(Duration.ofSeconds(30), c.llm().timeout());
        assertEquals(0, c.llm().maxRetries());
        assertEquals("https://api.openai.com/v1", c.openai().baseUrl());
        assertEquals("http://localhost:11434", c.ollama().baseUrl());
        assertFalse(c.http().enabled());
        assertEquals("127.0.0.1", c.http().bind());
        assertEquals(LogFormat.PLAIN, c.log().format());
        assertFalse(c.log().messageText());
    }

    @Test
    void file_overrides_default() throws IOException {
        Path file = yaml("http:\n  port: 8081\n");
        LoadedConfig loaded = ConfigLoader.resolve(file, Map.of(), Map.of());
        assertEquals(8081, loaded.orThrow().http().port());
        assertEquals(Origin.file(file, 2), originOf(loaded, ConfigKey.HTTP_PORT));
        assertEquals(Origin.Source.DEFAULT, originOf(loaded, ConfigKey.HTTP_BIND).source());
    }

    @Test
    void env_overrides_file() throws IOException {
        Path file = yaml("http:\n  port: 8081\n");
        LoadedConfig loaded = ConfigLoader.resolve(file, Map.of("POSITIONS_BOT_HTTP_PORT", "8082"), Map.of());
        assertEquals(8082, loaded.orThrow().http().port());
        assertEquals(Origin.env("POSITIONS_BOT_HTTP_PORT"), originOf(loaded, ConfigKey.HTTP_PORT));
    }

    @Test
    void flag_overrides_env() throws IOException {
        Path file = yaml("http:\n  port: 8081\n");
        LoadedConfig loaded = ConfigLoader.resolve(file, Map.of("POSITIONS_BOT_HTTP_PORT", "8082"),
                Map.of("http.port", "8083"));
        assertEquals(8083, loaded.orThrow().http().port());
        assertEquals(Origin.flag("--http-port"), originOf(loaded, ConfigKey.HTTP_PORT));
    }

    @Test
    void an_empty_environment_variable_counts_as_unset() throws IOException {
        Path file = yaml("llm:\n  timeout: 5s\n");
        BotConfig c = ConfigLoader.load(file, Map.of("LLM_TIMEOUT", ""), Map.of());
        assertEquals(Duration.ofSeconds(5), c.llm().timeout());
    }

    @Test
    void index_defaults_to_dot_index_beside_the_knowledge_directory() {
        BotConfig c = ConfigLoader.load(null, Map.of("POSITIONS_BOT_KNOWLEDGE", "/srv/bot/knowledge"), Map.of());
        assertEquals(Path.of("/srv/bot/.index"), c.index());
    }

    @Test
    void relative_paths_in_the_file_are_relative_to_the_file() throws IOException {
        Path file = yaml("knowledge: articles\nindex: /var/lib/bot/index\n");
        BotConfig c = ConfigLoader.load(file, Map.of(), Map.of());
        assertEquals(dir.resolve("articles"), c.knowledge());
        assertEquals(Path.of("/var/lib/bot/index"), c.index());
    }

    @Test
    void reads_every_area_from_nested_yaml_including_lists() throws IOException {
        Path file = yaml("""
                embedding:
                  model: bge
                lenient: true
                telegram:
                  token: "123456:abcdefghijklmnopqrstuvwxyz0123456789"
                  allowed_ids: [12345, -100200300]
                  max_update_age: 90s
                ollama:
                  model: llama3.2
                log:
                  format: json
                  message_text: true
                """);
        BotConfig c = ConfigLoader.load(file, Map.of(), Map.of());
        assertEquals(EmbeddingModel.BGE, c.embeddingModel());
        assertTrue(c.lenient());
        assertEquals(List.of(12345L, -100200300L), c.telegram().allowedIds());
        assertEquals(Duration.ofSeconds(90), c.telegram().maxUpdateAge());
        assertEquals(LlmProvider.OLLAMA, c.llm().provider());
        assertEquals(LogFormat.JSON, c.log().format());
        assertTrue(c.log().messageText());
    }

    @Test
    void provider_defaults_to_openai_when_an_openai_model_is_set() {
        BotConfig c = ConfigLoader.load(null, Map.of("OPENAI_MODEL", "gpt-4o-mini", "OPENAI_API_KEY", "sk-x"), Map.of());
        assertEquals(LlmProvider.OPENAI, c.llm().provider());
        assertEquals("gpt-4o-mini", c.openai().model());
    }

    @Test
    void unknown_key_in_the_file_names_the_key_the_file_and_the_line() throws IOException {
        Path file = yaml("knowledge: k\ntelegram:\n  tokn: abc\n");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file, Map.of(), Map.of()));
        assertTrue(e.getMessage().contains("telegram.tokn"), e.getMessage());
        assertTrue(e.getMessage().contains(file + ":3"), e.getMessage());
    }

    @Test
    void bad_port_from_the_environment_names_the_variable() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.load(null, Map.of("POSITIONS_BOT_HTTP_PORT", "80x"), Map.of()));
        assertTrue(e.getMessage().contains("http.port"), e.getMessage());
        assertTrue(e.getMessage().contains("env POSITIONS_BOT_HTTP_PORT"), e.getMessage());
        assertTrue(e.getMessage().contains("80x"), e.getMessage());
    }

    @Test
    void port_out_of_range_from_a_flag_names_the_flag() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.load(null, Map.of(), Map.of("http.port", "70000")));
        assertTrue(e.getMessage().contains("flag --http-port"), e.getMessage());
    }

    @Test
    void bad_duration_names_the_key_and_the_file_line() throws IOException {
        Path file = yaml("telegram:\n  max_update_age: ten minutes\n");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file, Map.of(), Map.of()));
        assertTrue(e.getMessage().contains("telegram.max_update_age"), e.getMessage());
        assertTrue(e.getMessage().contains(file + ":2"), e.getMessage());
        assertTrue(e.getMessage().contains("is not a duration"), e.getMessage());
    }

    @Test
    void durations_accept_units_and_iso_8601() {
        assertEquals(Duration.ofMillis(1500), ValueParser.duration("1500ms"));
        assertEquals(Duration.ofSeconds(600), ValueParser.duration("600s"));
        assertEquals(Duration.ofMinutes(10), ValueParser.duration("10m"));
        assertEquals(Duration.ofHours(2), ValueParser.duration("2h"));
        assertEquals(Duration.ofMinutes(10), ValueParser.duration("PT10M"));
        assertThrows(IllegalArgumentException.class, () -> ValueParser.duration("10"));
        assertThrows(IllegalArgumentException.class, () -> ValueParser.duration("-5s"));
    }

    @Test
    void unknown_enum_value_lists_the_allowed_values() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.load(null, Map.of("POSITIONS_BOT_EMBEDDING_MODEL", "e5"), Map.of()));
        assertTrue(e.getMessage().contains("embedding.model"), e.getMessage());
        assertTrue(e.getMessage().contains("minilm|bge"), e.getMessage());
        assertTrue(e.getMessage().contains("env POSITIONS_BOT_EMBEDDING_MODEL"), e.getMessage());
    }

    @Test
    void bad_id_list_names_the_offending_item() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.load(null, Map.of("TELEGRAM_ALLOWED_IDS", "123, bob"), Map.of()));
        assertTrue(e.getMessage().contains("TELEGRAM_ALLOWED_IDS"), e.getMessage());
        assertTrue(e.getMessage().contains("\"bob\""), e.getMessage());
    }

    @Test
    void openai_provider_without_a_model_is_an_error() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.load(null, Map.of("LLM_PROVIDER", "openai", "OPENAI_API_KEY", "sk-1"), Map.of()));
        assertTrue(e.getMessage().contains("openai.model"), e.getMessage());
    }

    @Test
    void all_problems_are_reported_together() {
        LoadedConfig loaded = ConfigLoader.resolve(null,
                Map.of("POSITIONS_BOT_HTTP_PORT", "-1", "LLM_TIMEOUT", "soon", "POSITIONS_BOT_LOG_FORMAT", "xml"),
                Map.of());
        assertFalse(loaded.ok());
        assertEquals(3, loaded.problems().size(), loaded.problems().toString());
        assertNull(loaded.config());
    }

    @Test
    void a_bad_secret_is_reported_without_echoing_it() {
        LoadedConfig loaded = ConfigLoader.resolve(null, Map.of("OPENAI_API_KEY", " "), Map.of());
        assertTrue(loaded.ok(), "a blank variable is unset, not bad");
        String secret = "sk-very-secret-value";
        LoadedConfig bad = ConfigLoader.resolve(null, Map.of("TELEGRAM_API_URL", "ftp://x"),
                Map.of("openai.api_key", secret));
        assertFalse(bad.ok());
        assertFalse(bad.problems().toString().contains(secret));
        assertFalse(bad.settings().toString().contains(secret));
    }

    @Test
    void to_string_of_the_configuration_masks_secrets() {
        String token = "123456:abcdefghijklmnopqrstuvwxyz0123456789";
        BotConfig c = ConfigLoader.load(null, Map.of("TELEGRAM_BOT_TOKEN", token, "OPENAI_API_KEY", "sk-secret-1"),
                Map.of());
        assertEquals(token, c.telegram().token());
        assertFalse(c.toString().contains(token), c.toString());
        assertFalse(c.toString().contains("sk-secret-1"), c.toString());
        assertTrue(c.toString().contains(SecretText.SET));
    }

    @Test
    void locate_prefers_the_flag_then_the_environment_variable() throws IOException {
        Path a = yaml("lenient: true\n");
        Path b = Files.writeString(dir.resolve("other.yml"), "");
        assertEquals(a, ConfigLoader.locate(a, Map.of("POSITIONS_BOT_CONFIG", b.toString())));
        assertEquals(b, ConfigLoader.locate(null, Map.of("POSITIONS_BOT_CONFIG", b.toString())));
    }

    @Test
    void a_named_config_file_that_does_not_exist_is_an_error() {
        Path missing = dir.resolve("nope.yml");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.locate(null,
                Map.of("POSITIONS_BOT_CONFIG", missing.toString())));
        assertTrue(e.getMessage().contains("nope.yml") && e.getMessage().contains("POSITIONS_BOT_CONFIG"),
                e.getMessage());
    }

    @Test
    void a_file_that_is_not_a_mapping_is_an_error_naming_the_file() throws IOException {
        Path file = yaml("- just\n- a list\n");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file, Map.of(), Map.of()));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void the_scorer_is_built_in_unless_configured_otherwise() {
        BotConfig.Scorer s = ConfigLoader.load(null, Map.of(), Map.of()).scorer();
        assertEquals(BotConfig.ScorerMode.BUILTIN, s.mode());
        assertNull(s.rerankerUrl());
        assertEquals(0.5, s.minScore());
        assertEquals(Duration.ofSeconds(10), s.timeout());
        assertEquals(Duration.ofSeconds(2), s.connectTimeout());
    }

    @Test
    void a_reranker_is_configured_from_the_file_and_the_environment() throws IOException {
        Path file = yaml("""
                scorer:
                  mode: both
                reranker:
                  url: http://127.0.0.1:8087/
                  timeout: 1500ms
                """);
        BotConfig.Scorer s = ConfigLoader.load(file, Map.of("POSITIONS_BOT_RERANKER_MIN_SCORE", "0.7",
                "POSITIONS_BOT_RERANKER_CONNECT_TIMEOUT", "1s"), Map.of()).scorer();
        assertEquals(BotConfig.ScorerMode.BOTH, s.mode());
        assertEquals("http://127.0.0.1:8087", s.rerankerUrl());
        assertEquals(0.7, s.minScore());
        assertEquals(Duration.ofMillis(1500), s.timeout());
        assertEquals(Duration.ofSeconds(1), s.connectTimeout());
        assertEquals(BotConfig.ScorerMode.EXTERNAL, ConfigLoader.load(file,
                Map.of("POSITIONS_BOT_SCORER_MODE", "External"), Map.of()).scorer().mode());
    }

    @Test
    void bad_scorer_values_are_each_reported_with_their_key_and_value() {
        LoadedConfig loaded = ConfigLoader.resolve(null, Map.of(
                "POSITIONS_BOT_SCORER_MODE", "crossencoder",
                "POSITIONS_BOT_RERANKER_URL", "127.0.0.1:8080",
                "POSITIONS_BOT_RERANKER_MIN_SCORE", "high",
                "POSITIONS_BOT_RERANKER_TIMEOUT", "soon"), Map.of());
        String problems = String.join("\n", loaded.problems());
        assertTrue(problems.contains("scorer.mode: \"crossencoder\" from env POSITIONS_BOT_SCORER_MODE is not one of"
                + " builtin|external|both"), problems);
        assertTrue(problems.contains("reranker.url: \"127.0.0.1:8080\"") && problems.contains("not an http(s) URL"),
                problems);
        assertTrue(problems.contains("reranker.min_score: \"high\"") && problems.contains("not a number from 0 to 1"),
                problems);
        assertTrue(problems.contains("reranker.timeout: \"soon\""), problems);
        assertEquals(4, loaded.problems().size(), problems);
    }

    @Test
    void a_min_score_outside_zero_to_one_and_a_zero_timeout_are_errors() {
        LoadedConfig loaded = ConfigLoader.resolve(null, Map.of("POSITIONS_BOT_RERANKER_MIN_SCORE", "1.5",
                "POSITIONS_BOT_RERANKER_CONNECT_TIMEOUT", "0s"), Map.of());
        String problems = String.join("\n", loaded.problems());
        assertTrue(problems.contains("reranker.min_score: \"1.5\""), problems);
        assertTrue(problems.contains("reranker.connect_timeout: \"0s\"") && problems.contains("is zero"), problems);
        assertEquals(2, loaded.problems().size(), problems);
    }

    @Test
    void an_external_scorer_without_a_reranker_url_is_an_error_naming_both_keys() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(null,
                Map.of("POSITIONS_BOT_SCORER_MODE", "external"), Map.of()));
        assertTrue(e.getMessage().contains("scorer.mode is external (from env POSITIONS_BOT_SCORER_MODE) but"
                + " reranker.url (POSITIONS_BOT_RERANKER_URL) is not set"), e.getMessage());
    }
}
