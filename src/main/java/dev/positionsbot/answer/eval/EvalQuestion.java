package dev.positionsbot.answer.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.positionsbot.PositionsBotException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of a question set ({@code ../shared/eval/*.jsonl}).
 *
 * @param expectedFacts   each entry is a fact; "a|b" means either spelling counts
 * @param expectedSources title fragments of articles any of which may be cited
 * @param forbidden       strings that must not appear in the answer
 */
public record EvalQuestion(String id, String question, boolean answerable, String kind, List<String> expectedFacts,
                           List<String> expectedSources, List<String> forbidden) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads a JSON-lines question set; a malformed line is an error naming the file and line. */
    public static List<EvalQuestion> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PositionsBotException("cannot read question set " + file + ": " + e.getMessage(), e);
        }
        List<EvalQuestion> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = file + ":" + (i + 1);
            JsonNode j;
            try {
                j = JSON.readTree(line);
            } catch (IOException e) {
                throw new PositionsBotException(where + ": not valid JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
            }
            if (!j.isObject() || !j.hasNonNull("question") || !j.get("question").isTextual()) {
                throw new PositionsBotException(where + ": needs a \"question\" string");
            }
            out.add(new EvalQuestion(text(j, "id", "q" + (i + 1)), j.get("question").asText(),
                    !j.has("answerable") || j.get("answerable").asBoolean(), text(j, "kind", ""),
                    strings(j, "expected_facts", where), strings(j, "expected_sources", where),
                    strings(j, "forbidden", where)));
        }
        return out;
    }

    private static String text(JsonNode j, String field, String fallback) {
        return j.hasNonNull(field) ? j.get(field).asText() : fallback;
    }

    private static List<String> strings(JsonNode j, String field, String where) {
        if (!j.hasNonNull(field)) {
            return List.of();
        }
        if (!j.get(field).isArray()) {
            throw new PositionsBotException(where + ": \"" + field + "\" must be an array of strings");
        }
        List<String> out = new ArrayList<>();
        j.get(field).forEach(n -> out.add(n.asText()));
        return out;
    }
}
