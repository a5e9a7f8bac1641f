package dev.positionsbot.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.positionsbot.App;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code index} and {@code search} commands end to end (one model load per JVM: the model is static). */
class IndexAndSearchCommandsTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = App.run(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private Path knowledge() throws Exception {
        Path k = Files.createDirectories(dir.resolve("knowledge"));
        Files.writeString(k.resolve("oil.md"), "---\ntitle: \"Kazakhstan seeks oil routes\"\noutlet: X\n---\n"
                + "Tokayev wants oil to cross the Caspian Sea.\n\nThe CPC pipeline was halted by a court.\n");
        Files.writeString(k.resolve("gas.md"), "---\ntitle: Turkmen gas\n---\nTurkmenistan rejected a gas union.\n");
        return k;
    }

    @Test
    void index_builds_beside_the_knowledge_dir_then_reports_nothing_changed() throws Exception {
        Path k = knowledge();
        Run first = run("--knowledge", k.toString(), "index");
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains("2 added"), first.out());
        assertTrue(Files.isDirectory(dir.resolve(".index")), "default index dir is .index beside knowledge/");
        assertTrue(first.err().contains("embedding passages"), "progress goes to stderr");

        Run second = run("--knowledge", k.toString(), "index");
        assertTrue(second.out().contains("0 added, 0 updated, 0 removed, 2 unchanged"), second.out());
    }

    @Test
    void search_prints_json_with_rankings_and_title() throws Exception {
        Path k = knowledge();
        Run r = run("--knowledge", k.toString(), "--index", dir.resolve("idx").toString(),
                "search", "Toqaev", "Caspian", "--json", "-k", "2");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        JsonNode top = json.get("hits").get(0);
        assertEquals("oil", top.get("article_id").asText());
        assertEquals("Kazakhstan seeks oil routes", top.get("title").asText());
        assertEquals(1, top.get("bm25").get("rank").asInt());
        assertTrue(top.get("text").asText().contains("Caspian"));
    }

    @Test
    void bad_mode_and_missing_knowledge_dir_are_errors_naming_the_value() throws Exception {
        Path k = knowledge();
        Run badMode = run("--knowledge", k.toString(), "search", "oil", "--mode", "fuzzy");
        assertEquals(2, badMode.exit(), "a bad option value is a usage error");
        assertTrue(badMode.err().contains("fuzzy"), badMode.err());
        Run missing = run("--knowledge", dir.resolve("nope").toString(), "index");
        assertEquals(1, missing.exit(), "a missing knowledge directory is a runtime error");
        assertTrue(missing.err().contains("nope"), missing.err());
    }
}
