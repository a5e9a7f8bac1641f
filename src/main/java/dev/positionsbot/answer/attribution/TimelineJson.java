package dev.positionsbot.answer.attribution;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The JSON shape of {@code timeline --json}: statements with the same field names as {@code ask --json} citations. */
public final class TimelineJson {

    private TimelineJson() {
    }

    public static ObjectNode toJson(StateTimeline.Result r) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("state", r.state());
        json.put("topic", r.topic());
        json.put("dated_count", r.datedCount());
        ArrayNode statements = json.putArray("statements");
        for (StateTimeline.Entry e : r.entries()) {
            ObjectNode s = statements.addObject();
            s.put("statement_date", e.statementDate());
            s.put("date_source", e.dateSource());
            s.put("speaker", e.speaker());
            s.put("speaker_kind", e.speakerKind());
            s.put("state", e.state());
            s.put("quote", e.quote());
            s.put("title", e.article().title());
            s.put("outlet", e.article().outlet());
            s.put("author", e.article().author());
            s.put("published", e.article().published());
            s.put("url", e.article().url());
            s.put("file", e.article().file());
        }
        json.put("note", r.holdings());
        return json;
    }
}
