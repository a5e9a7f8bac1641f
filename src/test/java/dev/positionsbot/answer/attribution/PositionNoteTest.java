package dev.positionsbot.answer.attribution;

import dev.positionsbot.answer.Citation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PositionNoteTest {

    private final PositionNote note = new PositionNote();

    private static Citation cite(int n, String quote, String speaker, String kind, String state, String date,
                                 String source) {
        return new Citation(n, "a" + n, "T", "Steppe Ledger", "", "", "", "k.md", quote)
                .withAttribution(speaker, kind, state, date, source);
    }

    @Test
    void dated_statements_of_one_states_officials_are_named_in_order() {
        String s = note.note(List.of(
                cite(1, "We will not join.", "Ana Kim, minister", "official", "Kazakhstan", "2022-03", "sentence"),
                cite(2, "We are ready to join.", "Bo Li, president", "official", "Kazakhstan", "2023-09-12", "sentence")));
        assertEquals("Kazakhstan's officials over time: in March 2022, Ana Kim, minister [1]; by 12 September 2023, "
                + "Bo Li, president [2].", s);
    }

    @Test
    void one_date_or_one_statement_names_no_change() {
        assertEquals("", note.note(List.of(
                cite(1, "We will not join.", "Ana Kim", "official", "Kazakhstan", "2022-03", "sentence"),
                cite(2, "Nor will we trade.", "Bo Li", "official", "Kazakhstan", "2022-03", "sentence"))));
    }

    @Test
    void analysts_and_reporting_are_labelled_as_not_a_governments_statement() {
        String s = note.note(List.of(
                cite(1, "It is a hedge.", "Ana Kim", "analyst", "", "2022-03", "article"),
                cite(2, "Trade fell.", "", "media", "", "2022-03", "article")));
        assertTrue(s.contains("[1] is the view of analyst Ana Kim"), s);
        assertTrue(s.contains("[2] is Steppe Ledger's own reporting"), s);
        assertFalse(s.contains("over time"), s);
    }

    @Test
    void an_article_date_is_marked_as_such() {
        String s = note.note(List.of(
                cite(1, "No.", "Ana Kim", "official", "Uzbekistan", "2022-03-01", "article"),
                cite(2, "Yes.", "Bo Li", "official", "Uzbekistan", "2024", "sentence")));
        assertTrue(s.startsWith("Uzbekistan's officials over time: by 1 March 2022 (article date), Ana Kim [1]; "
                + "by 2024, Bo Li [2]."), s);
    }

    @Test
    void quotes_with_the_same_label_share_one_phrase() {
        String s = note.note(List.of(
                cite(1, "Trade fell.", "", "media", "", "2022-03", "article"),
                cite(2, "We will not join.", "Ana Kim", "official", "Kazakhstan", "2022-03", "sentence"),
                cite(3, "Prices rose.", "", "media", "", "2022-03", "article"),
                cite(4, "Exports grew.", "", "media", "", "2022-03", "article"),
                cite(5, "Someone objected.", "", "unknown", "", "2022-03", "article")));
        assertEquals("Not a government's statement: [1], [3] and [4] are Steppe Ledger's own reporting; [5] does not"
                + " say who made the statement.", s);
    }
}
