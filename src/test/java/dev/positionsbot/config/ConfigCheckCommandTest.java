package dev.positionsbot.config;

import dev.positionsbot.App;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ConfigCheckCommandTest {

    private static final String TOKEN = "7000000001:AAHsecretsecretsecretsecretsecret1234";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream originalOut;

    @BeforeEach
    void captureStdout() {
        // App reads the real environment; these tests expect none of the bot's variables to be set
        for (ConfigKey key : ConfigKey.values()) {
            String value = System.getenv(key.envVar());
            assumeTrue(value == null || value.isBlank(), key.envVar() + " is set in this environment");
        }
        originalOut = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStdout() {
        System.setOut(originalOut);
    }

    private String stdout() {
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void config_check_masks_secrets_and_names_the_source_of_each_value() throws IOException {
        Files.createDirectories(dir.resolve("knowledge"));
        Path file = Files.writeString(dir.resolve("bot.yml"), """
                knowledge: knowledge
                telegram:
                  token: "%s"
                openai:
                  api_key: sk-abcdefghijklmnop
                  model: gpt-4o-mini
                """.formatted(TOKEN));

        int code = App.run("--config", file.toString(), "config", "check");

        String out = stdout();
        assertEquals(0, code, out);
        assertFalse(out.contains(TOKEN), out);
        assertFalse(out.contains("AAHsecret"), out);
        assertFalse(out.contains("sk-abcdefghijklmnop"), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("telegram.token") && l.contains("***set***")
                && l.contains("file " + file + ":3")), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("openai.model") && l.contains("gpt-4o-mini")), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("llm.provider") && l.contains("openai")
                && l.contains("default")), out);
        assertTrue(out.contains("configuration OK"), out);
    }

    @Test
    void config_check_shows_flags_as_the_source_of_global_options() throws IOException {
        Path knowledge = Files.createDirectories(dir.resolve("k"));
        Path file = Files.writeString(dir.resolve("bot.yml"), "index: /tmp/from-file\n");

        int code = App.run("--config", file.toString(), "--knowledge", knowledge.toString(),
                "--index", dir.resolve("idx").toString(), "config", "check");

        String out = stdout();
        assertEquals(0, code, out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("index ") && l.contains("flag --index")), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("knowledge ") && l.contains("flag --knowledge")), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("openai.api_key") && l.contains("(unset)")), out);
    }

    @Test
    void config_check_exits_non_zero_and_lists_every_error() throws IOException {
        Files.createDirectories(dir.resolve("knowledge"));
        Path file = Files.writeString(dir.resolve("bot.yml"), """
                knowledge: knowledge
                http:
                  prot: 8080
                llm:
                  timeout: forever
                """);

        int code = App.run("--config", file.toString(), "config", "check");

        String out = stdout();
        assertNotEquals(0, code, out);
        assertTrue(out.contains("unknown key \"http.prot\" in " + file + ":3"), out);
        assertTrue(out.contains("llm.timeout: \"forever\" from file " + file + ":5 is not a duration"), out);
        assertTrue(out.contains("2 error(s)"), out);
    }

    @Test
    void config_check_reports_a_missing_knowledge_directory() throws IOException {
        Path file = Files.writeString(dir.resolve("bot.yml"), "knowledge: no-such-dir\n");

        int code = App.run("--config", file.toString(), "config", "check");

        assertNotEquals(0, code);
        assertTrue(stdout().contains("knowledge: directory " + dir.resolve("no-such-dir") + " does not exist"),
                stdout());
    }

    @Test
    void report_never_prints_secret_values() {
        LoadedConfig loaded = ConfigLoader.resolve(null,
                Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "OPENAI_API_KEY", "sk-zzzzzzzzzzzz9876"), Map.of());
        String report = ConfigReport.render(loaded, new ConfigPreflight.Findings(List.of(), List.of()));
        assertFalse(report.contains(TOKEN), report);
        assertFalse(report.contains("9876"), report);
        assertTrue(report.lines().anyMatch(l -> l.startsWith("telegram.token") && l.contains("***set***")
                && l.contains("env TELEGRAM_BOT_TOKEN")), report);
    }

    @Test
    void config_check_reports_bad_scorer_settings_by_key_and_value() throws IOException {
        Files.createDirectories(dir.resolve("knowledge"));
        Path file = Files.writeString(dir.resolve("bot.yml"), """
                knowledge: knowledge
                scorer:
                  mode: crossencoder
                reranker:
                  url: reranker.local:8080
                  min_score: high
                """);

        int code = App.run("--config", file.toString(), "config", "check");

        String out = stdout();
        assertNotEquals(0, code, out);
        assertTrue(out.contains("scorer.mode: \"crossencoder\" from file " + file + ":3 is not one of"
                + " builtin|external|both"), out);
        assertTrue(out.contains("reranker.url: \"reranker.local:8080\" from file " + file + ":5 is not an http(s) URL"),
                out);
        assertTrue(out.contains("reranker.min_score: \"high\" from file " + file + ":6 is not a number from 0 to 1"),
                out);
        assertTrue(out.contains("3 error(s)"), out);
    }

    @Test
    void config_check_shows_a_configured_reranker_and_its_source() throws IOException {
        Files.createDirectories(dir.resolve("knowledge"));
        Path file = Files.writeString(dir.resolve("bot.yml"), """
                knowledge: knowledge
                scorer:
                  mode: both
                reranker:
                  url: http://127.0.0.1:8087
                """);

        int code = App.run("--config", file.toString(), "config", "check");

        String out = stdout();
        assertEquals(0, code, out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("scorer.mode") && l.contains("both")
                && l.contains("file " + file + ":3")), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("reranker.url") && l.contains("http://127.0.0.1:8087")), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("reranker.min_score") && l.contains("0.5")
                && l.contains("default")), out);
        assertFalse(out.contains("is not used while scorer.mode is builtin"), out);
    }

    @Test
    void config_check_notes_a_reranker_that_the_built_in_mode_leaves_unused() throws IOException {
        Files.createDirectories(dir.resolve("knowledge"));
        Path file = Files.writeString(dir.resolve("bot.yml"), """
                knowledge: knowledge
                reranker:
                  url: http://127.0.0.1:8087
                """);

        int code = App.run("--config", file.toString(), "config", "check");

        String out = stdout();
        assertEquals(0, code, out);
        assertTrue(out.contains("reranker.url: http://127.0.0.1:8087 is not used while scorer.mode is builtin"), out);
    }
}
