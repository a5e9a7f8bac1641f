package dev.positionsbot;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code timeline} and the attribution fields of {@code ask --json}, through the packaged jar, on a copy of the
 * repository's knowledge base. */
class AttributionIT {

    @TempDir
    static Path work;

    @BeforeAll
    static void knowledge() {
        JarRunner.copyKnowledge(work);
    }

    @Test
    void lists_only_kazakh_officials_statements_dated_ones_first_in_date_order() throws Exception {
        JarRunner.Run run = JarRunner.run(work, null, "timeline", "Kazakhstan", "--json");
        assertEquals(0, run.exit(), run.toString());
        JsonNode json = JarRunner.JSON.readTree(run.out());
        assertEquals("Kazakhstan", json.get("state").asText());
        JsonNode statements = json.get("statements");
        assertTrue(statements.size() >= 5, run.out());
        int dated = json.get("dated_count").asInt();
        String previous = "";
        for (int i = 0; i < statements.size(); i++) {
            JsonNode s = statements.get(i);
            assertEquals("official", s.get("speaker_kind").asText(), s.toString());
            assertEquals("Kazakhstan", s.get("state").asText(), s.toString());
            assertFalse(s.get("speaker").asText().isBlank(), s.toString());
            String date = s.get("statement_date").asText();
            if (i < dated) {
                assertFalse(date.isEmpty(), s.toString());
                assertTrue(previous.compareTo(date) <= 0, "date order: " + statements);
                previous = date;
            } else {
                assertEquals("", date, "undated statements come last: " + s);
            }
            assertTrue(JarRunner.body(work.resolve(s.get("file").asText())).contains(s.get("quote").asText()),
                    "quote verbatim: " + s);
        }
        String all = statements.toString();
        // analysts and other governments quoted by the same articles are not Kazakhstan's statements
        for (JsonNode s : statements) {
            for (String other : List.of("Anceschi", "Bitabarova", "Pantucci", "Cohen", "Krasnov", "Zelensky",
                    "Medvedev", "Putin", "Nazirov", "Keosayan", "Xi")) {
                assertFalse(s.get("speaker").asText().contains(other), other + " listed as Kazakhstan's: " + s);
                // a sentence whose subject is another government's leader is his statement, even when a Kazakh
                // record of the meeting is its source
                assertFalse(Pattern.compile("(?:^|, )" + other + " (?:told|said|says)\\b")
                        .matcher(s.get("quote").asText()).find(), other + "'s words listed: " + s);
            }
        }
        assertTrue(all.contains("Smadiyarov"), all);
        assertTrue(all.contains("Tokayev") || all.contains("Toqaev"), all);
    }

    @Test
    void ask_json_citations_name_the_speaker_kind_state_and_where_the_date_came_from() throws Exception {
        JarRunner.Run run = JarRunner.run(work, null, "ask", "--json",
                "What did Kazakhstan's foreign ministry say about the referendums?");
        assertEquals(0, run.exit(), run.toString());
        JsonNode citations = JarRunner.JSON.readTree(run.out()).path("citations");
        assertTrue(citations.size() >= 1, run.out());
        for (JsonNode c : citations) {
            for (String field : List.of("speaker", "speaker_kind", "state", "statement_date", "date_source")) {
                assertTrue(c.has(field), field + " missing: " + c);
            }
            assertTrue(List.of("official", "foreign_official", "analyst", "media", "unknown")
                    .contains(c.get("speaker_kind").asText()), c.toString());
            // the bundled articles carry no publication date: a date can only come from the sentence
            assertTrue(c.get("statement_date").asText().isEmpty() || c.get("date_source").asText().equals("sentence"),
                    c.toString());
        }
        assertTrue(citations.toString().contains("Smadiyarov"), "the spokesman is named: " + citations);
    }

    @Test
    void says_what_the_articles_hold_when_a_topic_has_no_statement() {
        JarRunner.Run run = JarRunner.run(work, null, "timeline", "Turkmenistan", "--topic", "gas");
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().contains("The articles hold no statement by Turkmenistan's officials on"), run.out());
        assertTrue(run.out().contains("statements by officials of:"), run.out());
    }
}
