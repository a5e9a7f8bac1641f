package dev.positionsbot.answer.eval;

import dev.positionsbot.PositionsBotException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvalQuestionTest {

    @TempDir
    Path dir;

    private Path file(String... lines) throws Exception {
        return Files.writeString(dir.resolve("set.jsonl"), String.join("\n", lines) + "\n");
    }

    @Test
    void reads_every_field_and_skips_blank_lines() throws Exception {
        Path f = file("{\"id\": \"x1\", \"question\": \"What did Kyrgyzstan say?\", \"answerable\": true, "
                        + "\"kind\": \"single-fact\", \"expected_facts\": [\"dam|reservoir\"], "
                        + "\"expected_sources\": [\"Naryn\"], \"forbidden\": [\"Paris\"]}",
                "",
                "{\"question\": \"Weather in Paris?\", \"answerable\": false}");
        List<EvalQuestion> qs = EvalQuestion.read(f);
        assertEquals(2, qs.size());
        EvalQuestion first = qs.get(0);
        assertEquals("x1", first.id());
        assertEquals("What did Kyrgyzstan say?", first.question());
        assertTrue(first.answerable());
        assertEquals("single-fact", first.kind());
        assertEquals(List.of("dam|reservoir"), first.expectedFacts());
        assertEquals(List.of("Naryn"), first.expectedSources());
        assertEquals(List.of("Paris"), first.forbidden());
        EvalQuestion second = qs.get(1);
        assertEquals("q3", second.id(), "a missing id is made from the line number");
        assertFalse(second.answerable());
        assertEquals(List.of(), second.expectedFacts());
    }

    @Test
    void a_malformed_line_is_an_error_naming_file_and_line() throws Exception {
        Path f = file("{\"question\": \"fine\"}", "{\"question\": \"broken\"", "{\"question\": \"also fine\"}");
        PositionsBotException e = assertThrows(PositionsBotException.class, () -> EvalQuestion.read(f));
        assertTrue(e.getMessage().startsWith(f + ":2: not valid JSON"), e.getMessage());
    }

    @Test
    void a_line_without_a_question_is_an_error_naming_file_and_line() throws Exception {
        Path f = file("{\"question\": \"fine\"}", "{\"id\": \"q\"}");
        PositionsBotException e = assertThrows(PositionsBotException.class, () -> EvalQuestion.read(f));
        assertTrue(e.getMessage().contains(f + ":2"), e.getMessage());
        assertTrue(e.getMessage().contains("question"), e.getMessage());
    }

    @Test
    void a_list_field_that_is_not_an_array_is_an_error_naming_the_field() throws Exception {
        Path f = file("{\"question\": \"q\", \"expected_facts\": \"dam\"}");
        PositionsBotException e = assertThrows(PositionsBotException.class, () -> EvalQuestion.read(f));
        assertTrue(e.getMessage().contains(f + ":1"), e.getMessage());
        assertTrue(e.getMessage().contains("expected_facts"), e.getMessage());
    }

    @Test
    void a_missing_file_is_an_error_naming_it() {
        Path missing = dir.resolve("nope.jsonl");
        PositionsBotException e = assertThrows(PositionsBotException.class, () -> EvalQuestion.read(missing));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }

    @Test
    void reads_the_public_question_sets() {
        for (String name : List.of("dev-questions.jsonl", "extra-questions.jsonl")) {
            Path p = dev.positionsbot.TestMaterial.requireShared("eval/" + name);
            List<EvalQuestion> qs = EvalQuestion.read(p);
            assertFalse(qs.isEmpty(), name);
            assertTrue(qs.stream().anyMatch(q -> !q.answerable()), name + " has unanswerable questions");
        }
    }
}
