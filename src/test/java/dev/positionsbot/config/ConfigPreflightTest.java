package dev.positionsbot.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code config check} warns when LLM settings are present but the provider is none, so they do nothing. */
class ConfigPreflightTest {

    @TempDir
    Path dir;

    private List<String> warnings(String yaml, Map<String, String> env) throws IOException {
        Files.createDirectories(dir.resolve("knowledge"));
        Path file = Files.writeString(dir.resolve("bot.yml"), "knowledge: knowledge\n" + yaml);
        LoadedConfig loaded = ConfigLoader.resolve(file, env, Map.of());
        assertTrue(loaded.ok(), loaded.problems().toString());
        return ConfigPreflight.check(loaded).warnings();
    }

    @Test
    void a_model_from_the_environment_under_provider_none_from_the_file_is_named_with_both_sources()
            throws IOException {
        List<String> w = warnings("llm:\n  provider: none\n", Map.of("OLLAMA_MODEL", "llama3.2"));
        assertEquals(1, w.size(), w.toString());
        assertTrue(w.get(0).startsWith("llm.provider is none (file " + dir.resolve("bot.yml") + ":"), w.get(0));
        assertTrue(w.get(0).contains("ollama.model (env OLLAMA_MODEL)"), w.get(0));
        assertTrue(w.get(0).contains("extractive"), w.get(0));
    }

    @Test
    void a_base_url_without_a_model_leaves_the_provider_none_and_says_so() throws IOException {
        List<String> w = warnings("openai:\n  base_url: http://localhost:8000/v1\n", Map.of());
        assertEquals(1, w.size(), w.toString());
        assertTrue(w.get(0).contains("openai.base_url"), w.get(0));
        assertTrue(w.get(0).contains("no model is set"), w.get(0));
    }

    @Test
    void a_model_that_picks_its_provider_or_no_llm_setting_at_all_gives_no_warning() throws IOException {
        assertEquals(List.of(), warnings("", Map.of("OLLAMA_MODEL", "llama3.2")));
        assertEquals(List.of(), warnings("", Map.of()));
        assertEquals(List.of(), warnings("llm:\n  provider: none\n", Map.of()));
    }

    @Test
    void the_report_prints_warnings_as_such() throws IOException {
        Files.createDirectories(dir.resolve("knowledge"));
        Path file = Files.writeString(dir.resolve("bot.yml"), "knowledge: knowledge\nllm:\n  provider: none\n");
        LoadedConfig loaded = ConfigLoader.resolve(file, Map.of("OPENAI_MODEL", "m"), Map.of());
        String report = ConfigReport.render(loaded, ConfigPreflight.check(loaded));
        assertTrue(report.lines().anyMatch(l -> l.startsWith("warning: llm.provider is none")), report);
    }
}
