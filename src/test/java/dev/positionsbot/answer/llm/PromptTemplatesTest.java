package dev.positionsbot.answer.llm;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PromptTemplatesTest {

    @Test
    void the_bundled_copies_match_the_editable_prompts_directory() {
        assertEquals(PromptTemplates.load(Path.of("prompts")), PromptTemplates.bundled(),
                "prompts/ and src/main/resources/prompts/ have drifted apart: copy prompts/*.txt into the resources");
    }

    @Test
    void a_configured_directory_replaces_the_bundled_prompts(@TempDir Path dir) throws IOException {
        copyPrompts(dir);
        Files.writeString(dir.resolve("refusal.txt"), "Nothing in my sources answers \"{{question}}\".");

        PromptTemplates t = PromptTemplates.loadOrBundled(dir);

        assertEquals("Nothing in my sources answers \"{{question}}\".", t.refusal());
    }

    @Test
    void a_missing_file_is_named_in_the_error(@TempDir Path dir) throws IOException {
        copyPrompts(dir);
        Files.delete(dir.resolve("follow-up.txt"));

        LlmException e = assertThrows(LlmException.class, () -> PromptTemplates.load(dir));

        assertTrue(e.getMessage().contains(dir.resolve("follow-up.txt").toString()), e.getMessage());
    }

    @Test
    void a_template_without_its_placeholder_is_rejected_at_load_time(@TempDir Path dir) throws IOException {
        copyPrompts(dir);
        Files.writeString(dir.resolve("answer.txt"), "Answer the question: {{question}}");

        LlmException e = assertThrows(LlmException.class, () -> PromptTemplates.load(dir));

        assertTrue(e.getMessage().contains("answer.txt") && e.getMessage().contains("{{passages}}"), e.getMessage());
    }

    @Test
    void a_missing_directory_is_named_in_the_error(@TempDir Path dir) {
        Path missing = dir.resolve("nope");

        LlmException e = assertThrows(LlmException.class, () -> PromptTemplates.load(missing));

        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }

    @Test
    void filling_does_not_expand_placeholders_inside_values() {
        String filled = PromptTemplates.fill("Q: {{question}} / P: {{passages}} / {{unknown}}",
                Map.of("question", "what is {{passages}}?", "passages", "[1] text"));

        assertEquals("Q: what is {{passages}}? / P: [1] text / {{unknown}}", filled);
    }

    private static void copyPrompts(Path dir) throws IOException {
        try (var files = Files.list(Path.of("prompts"))) {
            for (Path p : files.toList()) {
                Files.copy(p, dir.resolve(p.getFileName()));
            }
        }
    }
}
