package dev.positionsbot;

import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.positionsbot.answer.llm.ChatModelFactory;
import dev.positionsbot.answer.llm.LlmSettings;
import dev.positionsbot.config.ConfigException;
import dev.positionsbot.config.ConfigLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The documented variables, through the configuration loader, become the LLM settings the bot runs with. */
class LlmConfigurationTest {

    private static LlmSettings settings(Map<String, String> env) {
        return AppRuntime.llmSettings(ConfigLoader.load(null, env, Map.of()));
    }

    @Test
    void stays_extractive_when_nothing_is_configured() {
        LlmSettings s = settings(Map.of("PATH", "/usr/bin"));
        assertFalse(s.enabled());
        assertTrue(new ChatModelFactory().create(s).isEmpty());
    }

    @Test
    void an_openai_compatible_server_with_safe_defaults() {
        LlmSettings s = settings(Map.of("OPENAI_BASE_URL", "http://127.0.0.1:8080/v1", "OPENAI_MODEL", "qwen2.5-7b"));
        assertEquals(LlmSettings.Provider.OPENAI, s.provider());
        assertEquals("http://127.0.0.1:8080/v1", s.baseUrl());
        assertEquals(Duration.ofSeconds(30), s.timeout());
        assertEquals(0, s.maxRetries());
        assertInstanceOf(OpenAiChatModel.class, new ChatModelFactory().create(s).orElseThrow());
    }

    @Test
    void ollama_and_the_tuning_variables() {
        LlmSettings s = settings(Map.of("OLLAMA_MODEL", "llama3.2:3b", "LLM_TIMEOUT", "2500ms",
                "LLM_MAX_RETRIES", "1", "POSITIONS_BOT_PROMPTS", "my-prompts"));
        assertEquals(LlmSettings.Provider.OLLAMA, s.provider());
        assertEquals(LlmSettings.DEFAULT_OLLAMA_BASE_URL, s.baseUrl());
        assertEquals(Duration.ofMillis(2500), s.timeout());
        assertEquals(1, s.maxRetries());
        assertEquals(Path.of("my-prompts").toAbsolutePath().normalize(), s.promptsDir().toAbsolutePath().normalize());
        assertInstanceOf(OllamaChatModel.class, new ChatModelFactory().create(s).orElseThrow());
    }

    @Test
    void an_explicit_provider_wins_over_detection() {
        assertEquals(LlmSettings.Provider.OLLAMA, settings(Map.of("LLM_PROVIDER", "ollama", "OPENAI_MODEL", "gpt",
                "OLLAMA_MODEL", "mistral")).provider());
        assertFalse(settings(Map.of("LLM_PROVIDER", "none", "OPENAI_MODEL", "gpt")).enabled());
    }

    @Test
    void the_former_second_names_change_nothing() {
        // LLM_TIMEOUT_SECONDS, LLM_TEMPERATURE and LLM_PROMPTS_DIR were read beside the configuration; no longer
        LlmSettings s = settings(Map.of("OLLAMA_MODEL", "m", "LLM_TIMEOUT_SECONDS", "2", "LLM_TEMPERATURE", "0.9",
                "LLM_PROMPTS_DIR", "elsewhere"));
        assertEquals(Duration.ofSeconds(30), s.timeout());
        assertEquals(LlmSettings.DEFAULT_TEMPERATURE, s.temperature());
        assertEquals(settings(Map.of("OLLAMA_MODEL", "m")).promptsDir(), s.promptsDir());
    }

    @Test
    void bad_values_are_errors_naming_the_variable() {
        assertTrue(assertThrows(ConfigException.class, () -> settings(Map.of("LLM_MAX_RETRIES", "two")))
                .getMessage().contains("LLM_MAX_RETRIES"));
        assertTrue(assertThrows(ConfigException.class, () -> settings(Map.of("LLM_PROVIDER", "gemini")))
                .getMessage().contains("gemini"));
    }
}
