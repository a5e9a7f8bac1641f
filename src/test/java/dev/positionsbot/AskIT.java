package dev.positionsbot;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ask} through the packaged jar, on a copy of the repository's knowledge base. */
class AskIT {

    @TempDir
    static Path work;

    @BeforeAll
    static void knowledge() {
        JarRunner.copyKnowledge(work);
    }

    @Test
    void answers_with_quotes_found_verbatim_in_the_cited_files() {
        JarRunner.Run run = JarRunner.run(work, null, "ask", "--json",
                "What did Kazakhstan say about the referendums?");
        assertEquals(0, run.exit(), run.toString());
        JsonNode a = run.json();
        assertEquals("answered", a.path("status").asText(), run.toString());
        assertEquals("What did Kazakhstan say about the referendums?", a.path("question").asText());
        assertTrue(a.path("latency_ms").isIntegralNumber(), "latency_ms: " + a);
        assertEquals("", a.path("refusal_reason").asText());
        JsonNode citations = a.path("citations");
        assertTrue(citations.size() >= 1, run.toString());
        for (JsonNode c : citations) {
            Path file = work.resolve(c.path("file").asText());
            assertTrue(Files.isRegularFile(file), "cited file exists: " + file);
            String quote = c.path("quote").asText();
            assertFalse(quote.isBlank());
            assertTrue(JarRunner.body(file).contains(quote), "quote verbatim in " + file + ": " + quote);
            assertTrue(a.path("answer").asText().contains("[" + c.path("n").asInt() + "]"), a.toString());
        }
    }

    @Test
    void refuses_a_question_the_articles_do_not_cover() {
        JarRunner.Run run = JarRunner.run(work, null, "ask", "--json", "What will the weather be in Paris tomorrow?");
        assertEquals(0, run.exit(), run.toString());
        JsonNode a = run.json();
        assertEquals("refused", a.path("status").asText(), run.toString());
        assertFalse(a.path("refusal_reason").asText().isBlank(), a.toString());
        assertEquals(0, a.path("citations").size());
        assertTrue(a.path("answer").asText().contains("5 articles"), "says what the corpus covers: " + a);
    }

    @Test
    void batch_mode_prints_one_json_line_per_input_line_and_nothing_else() throws Exception {
        List<String> questions = List.of("What did Kazakhstan say about the referendums?",
                "How many tourists visited Paris last summer?");
        JarRunner.Run run = JarRunner.run(work, String.join("\n", questions) + "\n\n", "ask");
        assertEquals(0, run.exit(), run.toString());
        List<String> lines = run.out().lines().toList();
        assertEquals(3, lines.size(), "one line per input line, the blank one included: " + run);
        assertEquals("refused", JarRunner.JSON.readTree(lines.get(2)).path("status").asText(), run.toString());
        assertEquals(3, JarRunner.JSON.readTree(lines.get(2)).path("line").asInt(), run.toString());
        for (int i = 0; i < 2; i++) {
            JsonNode a = JarRunner.JSON.readTree(lines.get(i));
            assertEquals(questions.get(i), a.path("question").asText());
            assertTrue(a.has("status") && a.has("citations") && a.has("latency_ms"), a.toString());
        }
        assertEquals("answered", JarRunner.JSON.readTree(lines.get(0)).path("status").asText(), run.toString());
        assertEquals("refused", JarRunner.JSON.readTree(lines.get(1)).path("status").asText(), run.toString());
    }

    @Test
    void an_empty_question_is_refused_with_a_reason_not_an_error() {
        JarRunner.Run run = JarRunner.run(work, null, "ask", "--json", "  ");
        assertEquals(0, run.exit(), run.toString());
        assertEquals("refused", run.json().path("status").asText(), run.toString());
        assertTrue(run.json().path("refusal_reason").asText().contains("empty"), run.toString());
        assertFalse(run.json().has("standalone_question"), "no rewriting shown for a plain question: " + run);
    }

    @Test
    void text_mode_prints_the_answer_with_a_sources_block() {
        JarRunner.Run run = JarRunner.run(work, null, "ask", "What", "did", "Kazakhstan", "say", "about", "the",
                "referendums?");
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().contains("\nSources:\n[1] "), run.toString());
        assertFalse(run.out().contains(" INFO ") || run.out().contains(" WARN "), "no logs on stdout: " + run.out());
    }
}
