package dev.positionsbot.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Knowledge files typed by hand: Markdown paragraphs, headings and lists, and dates known only to the month or year. */
class HandWrittenKnowledgeTest {

    @TempDir
    Path dir;

    private Article load(String published, String body) throws Exception {
        Path file = dir.resolve("hand.md");
        Files.writeString(file, "---\ntitle: A hand-written note\npublished: " + published + "\n---\n" + body,
                StandardCharsets.UTF_8);
        return new KnowledgeLoader().load(dir).get(0);
    }

    @Test
    void a_hard_wrapped_paragraph_is_one_paragraph_and_one_passage() throws Exception {
        Article a = load("2023-05-14", """
                The delegation from Bishkek said the new road would open in
                the spring, and that the ministry of transport will host a forum in
                Osh to discuss tolls.

                A second paragraph follows.
                """);
        assertEquals("The delegation from Bishkek said the new road would open in the spring, and that the ministry of "
                + "transport will host a forum in Osh to discuss tolls.\n\nA second paragraph follows.", a.body());
        List<Passage> passages = new SentencePassageSplitter().split(a);
        assertEquals(2, passages.size());
        assertTrue(passages.get(0).text().endsWith("forum in Osh to discuss tolls."), passages.get(0).text());
    }

    @Test
    void headings_and_list_items_stand_apart_from_the_sentences_around_them() throws Exception {
        Article a = load("2023-05-14", """
                # Main points
                The statement listed three measures:
                - a freeze on new
                  export licences;
                - a review of tariffs.
                1. First numbered point.

                Closing words
                ===
                Last sentence here.

                ---
                After the rule.
                """);
        assertEquals("# Main points\n\nThe statement listed three measures:\n\n- a freeze on new export licences;\n\n"
                + "- a review of tariffs.\n\n1. First numbered point.\n\n# Closing words\n\nLast sentence here.\n\n"
                + "After the rule.", a.body());
        for (Passage p : new SentencePassageSplitter().split(a)) {
            assertTrue(!p.text().contains("\n"), "a passage spans two blocks: " + p.text());
        }
    }

    @Test
    void a_number_that_starts_a_wrapped_line_is_not_a_list_unless_it_is_one() throws Exception {
        Article a = load("2023", """
                The treaty was first proposed in
                1994. That year, negotiators met twice.
                1. First step.
                2. Second step.
                """);
        assertEquals("The treaty was first proposed in 1994. That year, negotiators met twice.\n\n1. First step.\n\n"
                + "2. Second step.", a.body());
    }

    @Test
    void a_body_already_in_ingest_shape_is_unchanged() throws Exception {
        String body = "First paragraph. Second sentence.\n\n## Section\n\nThird.";
        assertEquals(body, load("2022-10-04", body + "\n").body());
    }

    @Test
    void a_fenced_block_keeps_its_lines() throws Exception {
        assertEquals("Intro.\n\n```\nline one\nline two\n```\n\nOutro.",
                load("2022", "Intro.\n```\nline one\nline two\n```\nOutro.\n").body());
    }

    @Test
    void month_only_and_year_only_dates_load_and_are_shown_as_written() throws Exception {
        assertEquals("2022-04", load("\"2022-04\"", "Text.\n").published());
        assertEquals("2022", load("2022", "Text.\n").published());
        assertEquals("2022-04-05", load("2022-04-05T10:00:00Z", "Text.\n").published());
    }

    @Test
    void an_impossible_month_or_day_is_still_an_error_naming_the_file_and_line() throws Exception {
        CorpusException month = assertThrows(CorpusException.class, () -> load("2022-13", "Text.\n"));
        assertTrue(month.getMessage().contains("hand.md:3: field 'published' is not an ISO date"), month.getMessage());
        CorpusException day = assertThrows(CorpusException.class, () -> load("2022-02-30", "Text.\n"));
        assertTrue(day.getMessage().contains("hand.md:3"), day.getMessage());
    }
}
