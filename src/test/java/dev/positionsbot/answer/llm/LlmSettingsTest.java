package dev.positionsbot.answer.llm;

import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LlmSettingsTest {

    @Test
    void stays_extractive_when_nothing_is_configured() {
        LlmSettings s = LlmSettings.fromEnv(Map.of("PATH", "/usr/bin"));

        assertFalse(s.enabled());
        assertTrue(new ChatModelFactory().create(s).isEmpty());
    }

    @Test
    void reads_an_openai_compatible_server_with_safe_defaults() {
        LlmSettings s = LlmSettings.fromEnv(Map.of("OPENAI_BASE_URL", "http://127.0.0.1:8080/v1",
                "OPENAI_MODEL", "qwen2.5-7b-instruct"));

        assertEquals(LlmSettings.Provider.OPENAI, s.provider());
        assertEquals("http://127.0.0.1:8080/v1", s.baseUrl());
        assertEquals("", s.apiKey());
        assertEquals(Duration.ofSeconds(30), s.timeout());
        assertEquals(0, s.maxRetries());
        assertNull(s.promptsDir());
        assertEquals("llm:openai:qwen2.5-7b-instruct", s.composerName());
        assertInstanceOf(OpenAiChatModel.class, new ChatModelFactory().create(s).orElseThrow());
    }

    @Test
    void reads_ollama_and_the_tuning_variables() {
        LlmSettings s = LlmSettings.fromEnv(Map.of("OLLAMA_MODEL", "llama3.2:3b", "LLM_TIMEOUT_SECONDS", "2.5",
                "LLM_MAX_RETRIES", "1", "LLM_TEMPERATURE", "0.2", "LLM_PROMPTS_DIR", "my-prompts"));

        assertEquals(LlmSettings.Provider.OLLAMA, s.provider());
        assertEquals(LlmSettings.DEFAULT_OLLAMA_BASE_URL, s.baseUrl());
        assertEquals(Duration.ofMillis(2500), s.timeout());
        assertEquals(1, s.maxRetries());
        assertEquals(0.2, s.temperature());
        assertEquals(Path.of("my-prompts"), s.promptsDir());
        assertInstanceOf(OllamaChatModel.class, new ChatModelFactory().create(s).orElseThrow());
    }

    @Test
    void an_explicit_provider_wins_over_detection() {
        LlmSettings s = LlmSettings.fromEnv(Map.of("LLM_PROVIDER", "ollama", "OPENAI_API_KEY", "sk-x",
                "OLLAMA_MODEL", "mistral"));

        assertEquals(LlmSettings.Provider.OLLAMA, s.provider());
        assertFalse(LlmSettings.fromEnv(Map.of("LLM_PROVIDER", "none", "OPENAI_API_KEY", "sk-x")).enabled());
    }

    @Test
    void a_provider_without_a_model_is_an_error_naming_the_variable() {
        LlmException e = assertThrows(LlmException.class,
                () -> LlmSettings.fromEnv(Map.of("OPENAI_API_KEY", "sk-x")));

        assertTrue(e.getMessage().contains("OPENAI_MODEL"), e.getMessage());
    }

    @Test
    void bad_numbers_and_providers_are_errors_naming_the_variable() {
        assertTrue(assertThrows(LlmException.class, () -> LlmSettings.fromEnv(Map.of("LLM_MAX_RETRIES", "two")))
                .getMessage().contains("LLM_MAX_RETRIES"));
        assertTrue(assertThrows(LlmException.class, () -> LlmSettings.fromEnv(Map.of("LLM_TIMEOUT_SECONDS", "0")))
                .getMessage().contains("timeout"));
        assertTrue(assertThrows(LlmException.class, () -> LlmSettings.fromEnv(Map.of("LLM_PROVIDER", "gemini")))
                .getMessage().contains("gemini"));
    }

    @Test
    void never_prints_the_api_key() {
        LlmSettings s = LlmSettings.fromEnv(Map.of("OPENAI_API_KEY", "sk-very-secret", "OPENAI_MODEL", "gpt-4o-mini"));

        assertFalse(s.toString().contains("sk-very-secret"), s.toString());
        assertEquals("sk-very-secret", s.apiKey());
    }
}
