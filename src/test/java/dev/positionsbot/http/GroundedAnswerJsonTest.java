package dev.positionsbot.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.positionsbot.answer.GroundedAnswer;
import dev.positionsbot.answer.GroundedAnswerJson;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GroundedAnswerJsonTest {

    @Test
    void maps_every_field_of_an_answer_in_the_documented_order() {
        GroundedAnswer answer = new FakeAnswerer().answer("Q?");

        ObjectNode json = GroundedAnswerJson.toJson(answer);

        assertEquals(List.of("question", "status", "answer", "citations", "refusal_reason", "latency_ms", "composer",
                "dropped_sentences"), iterable(json.fieldNames()));
        assertEquals(List.of("n", "title", "outlet", "author", "published", "url", "file", "quote", "speaker",
                        "speaker_kind", "state", "statement_date", "date_source"),
                iterable(json.get("citations").get(0).fieldNames()));
        assertEquals("Title of Q?", json.get("citations").get(0).get("title").asText());
        assertEquals("2024-05-01", json.get("citations").get(0).get("published").asText());
        assertEquals(7, json.get("latency_ms").asLong());
        assertEquals("extractive", json.get("composer").asText());
        assertEquals("dropped one", json.get("dropped_sentences").get(0).asText());
        assertEquals("", json.get("refusal_reason").asText());
    }

    @Test
    void a_refusal_has_status_refused_its_reason_and_no_citations() {
        ObjectNode json = GroundedAnswerJson.toJson(new FakeAnswerer().answer("please refuse"));

        assertEquals("refused", json.get("status").asText());
        assertEquals("no passage matched", json.get("refusal_reason").asText());
        assertEquals(0, json.get("citations").size());
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
