package dev.positionsbot;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a user sees when something is wrong: exit 1 for a runtime error (2 for a usage error) and a message naming
 * the file, line or field.
 */
class CliErrorsIT {

    @TempDir
    static Path work;

    private static Path broken;

    @BeforeAll
    static void knowledgeWithABrokenFile() throws Exception {
        broken = JarRunner.copyKnowledge(work);
        Files.writeString(broken.resolve("zz-broken-front-matter.md"),
                "---\ntitle: A page with a bad date\npublished: [2022, oops\n---\n\nKazakhstan said nothing new.\n");
    }

    @Test
    void an_unknown_subcommand_is_named() {
        JarRunner.Run run = JarRunner.run(work, null, "frobnicate");
        assertEquals(App.USAGE_ERROR, run.exit(), run.toString());
        assertTrue(run.err().contains("frobnicate"), run.toString());
    }

    @Test
    void broken_front_matter_fails_naming_the_file_and_field() {
        JarRunner.Run run = JarRunner.run(work, null, "--knowledge", "knowledge", "sources");
        assertEquals(App.RUNTIME_ERROR, run.exit(), run.toString());
        assertTrue(run.err().contains("zz-broken-front-matter.md"), run.toString());
        assertTrue(run.err().contains("published"), run.toString());
        assertEquals("", run.out().strip(), "nothing is printed as if it had worked");
    }

    @Test
    void lenient_mode_skips_the_broken_file_with_a_warning_and_answers() {
        JarRunner.Run run = JarRunner.run(work, null, "--knowledge", "knowledge", "--lenient", "ask", "--json",
                "What did Kazakhstan say about the referendums?");
        assertEquals(0, run.exit(), run.toString());
        assertEquals("answered", run.json().path("status").asText(), run.toString());
        assertTrue(run.err().contains("zz-broken-front-matter.md"), "the skipped file is named: " + run);
        for (JsonNode c : run.json().path("citations")) {
            assertFalse(c.path("file").asText().contains("zz-broken"), c.toString());
        }
    }

    @Test
    void an_empty_knowledge_directory_is_an_error_naming_it() throws Exception {
        Files.createDirectories(work.resolve("empty-knowledge"));
        JarRunner.Run run = JarRunner.run(work, null, "--knowledge", "empty-knowledge", "ask", "anything?");
        assertEquals(App.RUNTIME_ERROR, run.exit(), run.toString());
        assertTrue(run.err().contains("empty-knowledge"), run.toString());
    }

    @Test
    void eval_on_a_malformed_question_set_names_file_and_line() throws Exception {
        Files.writeString(work.resolve("bad-set.jsonl"),
                "{\"question\": \"What did Kazakhstan say?\"}\n\n{\"question\": oops}\n");
        JarRunner.Run run = JarRunner.run(work, null, "--knowledge", "knowledge", "--lenient", "eval", "bad-set.jsonl");
        assertEquals(App.RUNTIME_ERROR, run.exit(), run.toString());
        assertTrue(run.err().contains("bad-set.jsonl:3"), run.toString());
    }

    @Test
    void ingest_names_an_empty_and_a_binary_file_and_still_writes_the_good_one() throws Exception {
        Path raw = Files.createDirectories(work.resolve("raw"));
        Files.writeString(raw.resolve("empty.txt"), "");
        Files.write(raw.resolve("blob.txt"), new byte[]{'P', 'K', 3, 4, 0, 0, 0, 7, 1, 2, 0, 9});
        Files.copy(TestMaterial.seed("002_f78e8e227278ea8e.txt"), raw.resolve("good.txt"));
        Path out = work.resolve("ingested");
        JarRunner.Run run = JarRunner.run(work, null, "ingest", "--out", out.toString(), "raw/empty.txt",
                "raw/blob.txt", "raw/good.txt");
        assertEquals(App.RUNTIME_ERROR, run.exit(), run.toString());
        assertTrue(run.err().contains("empty.txt"), run.toString());
        assertTrue(run.err().contains("blob.txt"), run.toString());
        assertTrue(run.out().contains("raw/good.txt -> "), run.toString());
        try (var files = Files.list(out)) {
            assertEquals(1, files.filter(f -> f.toString().endsWith(".md")).count(), run.toString());
        }
    }
}
