package dev.positionsbot.answer.llm;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The settings record itself. How the configuration (file, environment, flags) becomes these settings is tested in
 * {@code dev.positionsbot.LlmConfigurationTest}, through the one path the bot uses.
 */
class LlmSettingsTest {

    private static LlmSettings openAi(String model, Duration timeout, int retries) {
        return new LlmSettings(LlmSettings.Provider.OPENAI, "http://127.0.0.1:8080/v1", "sk-very-secret", model,
                timeout, retries, LlmSettings.DEFAULT_TEMPERATURE, null);
    }

    @Test
    void none_stays_extractive() {
        assertFalse(LlmSettings.none().enabled());
        assertTrue(new ChatModelFactory().create(LlmSettings.none()).isEmpty());
    }

    @Test
    void a_provider_without_a_model_is_an_error_naming_the_variable() {
        LlmException e = assertThrows(LlmException.class, () -> openAi("", Duration.ofSeconds(30), 0));
        assertTrue(e.getMessage().contains("OPENAI_MODEL"), e.getMessage());
    }

    @Test
    void a_timeout_that_is_not_positive_or_negative_retries_are_errors() {
        assertTrue(assertThrows(LlmException.class, () -> openAi("m", Duration.ZERO, 0))
                .getMessage().contains("timeout"));
        assertTrue(assertThrows(LlmException.class, () -> openAi("m", Duration.ofSeconds(1), -1))
                .getMessage().contains("retries"));
    }

    @Test
    void never_prints_the_api_key() {
        LlmSettings s = openAi("gpt-4o-mini", Duration.ofSeconds(30), 0);
        assertFalse(s.toString().contains("sk-very-secret"), s.toString());
        assertEquals("sk-very-secret", s.apiKey());
        assertEquals("llm:openai:gpt-4o-mini", s.composerName());
    }
}
