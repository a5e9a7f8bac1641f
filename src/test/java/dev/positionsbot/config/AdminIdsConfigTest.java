package dev.positionsbot.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code telegram.admin_ids} / {@code TELEGRAM_ADMIN_IDS}: who may {@code /add} articles, through the one config path. */
class AdminIdsConfigTest {

    @TempDir
    Path dir;

    private Path yaml(String text) throws IOException {
        Path file = dir.resolve("positions-bot.yml");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void nobody_is_an_administrator_by_default() {
        LoadedConfig loaded = ConfigLoader.resolve(null, Map.of(), Map.of());
        assertTrue(loaded.ok(), loaded.problems().toString());
        assertEquals(List.of(), loaded.config().telegram().adminIds());
    }

    @Test
    void the_file_lists_them_and_the_environment_overrides_the_file() throws IOException {
        Path file = yaml("telegram:\n  admin_ids: [11, 22]\n");
        assertEquals(List.of(11L, 22L), ConfigLoader.resolve(file, Map.of(), Map.of()).config().telegram().adminIds());
        LoadedConfig env = ConfigLoader.resolve(file, Map.of("TELEGRAM_ADMIN_IDS", "33, 44"), Map.of());
        assertEquals(List.of(33L, 44L), env.config().telegram().adminIds());
        assertTrue(env.config().telegram().toString().contains("adminIds=[33, 44]"));
    }

    @Test
    void a_non_numeric_id_names_the_variable() {
        LoadedConfig loaded = ConfigLoader.resolve(null, Map.of("TELEGRAM_ADMIN_IDS", "11,alice"), Map.of());
        assertFalse(loaded.ok());
        String problems = loaded.problems().toString();
        assertTrue(problems.contains("TELEGRAM_ADMIN_IDS") && problems.contains("alice"), problems);
    }

    @Test
    void config_check_notes_an_administrator_the_allowlist_keeps_out() {
        LoadedConfig loaded = ConfigLoader.resolve(null,
                Map.of("TELEGRAM_ADMIN_IDS", "11,22", "TELEGRAM_ALLOWED_IDS", "11"), Map.of());
        List<String> notes = ConfigPreflight.check(loaded.config()).notes();
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("telegram.admin_ids: 22 is not in telegram.allowed_ids")),
                notes.toString());
        assertFalse(notes.stream().anyMatch(n -> n.contains("admin_ids: 11 ")), notes.toString());
    }
}
