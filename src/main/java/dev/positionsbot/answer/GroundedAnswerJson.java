package dev.positionsbot.answer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one JSON shape of an answer, shared by {@code ask --json} and {@code POST /ask}, so that scripts written
 * against one work against the other.
 */
public final class GroundedAnswerJson {

    private GroundedAnswerJson() {
    }

    public static ObjectNode toJson(GroundedAnswer answer) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode json = f.objectNode();
        json.put("question", answer.question());
        if (!answer.standaloneQuestion().equals(answer.question())) {
            json.put("standalone_question", answer.standaloneQuestion());
        }
        json.put("status", answer.status().json());
        json.put("answer", answer.answer());
        ArrayNode citations = json.putArray("citations");
        for (Citation c : answer.citations()) {
            ObjectNode cj = citations.addObject();
            cj.put("n", c.n());
            cj.put("title", c.title());
            cj.put("outlet", c.outlet());
            cj.put("author", c.author());
            cj.put("published", c.published());
            cj.put("url", c.url());
            cj.put("file", c.file());
            cj.put("quote", c.quote());
            cj.put("speaker", c.speaker());
            cj.put("speaker_kind", c.speakerKind());
            cj.put("state", c.state());
            cj.put("statement_date", c.statementDate());
            cj.put("date_source", c.dateSource());
        }
        json.put("refusal_reason", answer.refusalReason());
        json.put("latency_ms", answer.latencyMs());
        json.put("composer", answer.composer());
        ArrayNode dropped = json.putArray("dropped_sentences");
        answer.droppedSentences().forEach(dropped::add);
        return json;
    }
}
