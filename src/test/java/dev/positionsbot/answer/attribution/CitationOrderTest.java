package dev.positionsbot.answer.attribution;

import dev.positionsbot.answer.Citation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CitationOrderTest {

    private final CitationOrder order = new CitationOrder();

    private static Citation cite(int n, String quote, String date) {
        return new Citation(n, "a" + n, "T" + n, "", "", "", "", "k/a" + n + ".md", quote)
                .withAttribution("", "official", "Kazakhstan", date, date.isEmpty() ? "" : "sentence");
    }

    @Test
    void statements_move_oldest_first_and_their_markers_are_renumbered() {
        List<Citation> cs = List.of(cite(1, "Newest.", "2024-05"), cite(2, "Oldest.", "2022-03"),
                cite(3, "Undated.", ""));
        CitationOrder.Ordered o = order.oldestFirst("Newest. [1] Oldest. [2] Undated. [3]\nNot covered: X.", cs);
        assertEquals("Oldest. [1] Newest. [2] Undated. [3]\nNot covered: X.", o.text());
        assertEquals(List.of("Oldest.", "Newest.", "Undated."), o.citations().stream().map(Citation::quote).toList());
        assertEquals(List.of(1, 2, 3), o.citations().stream().map(Citation::n).toList());
    }

    @Test
    void a_lead_in_before_the_first_quote_stays_in_front() {
        List<Citation> cs = List.of(cite(1, "B said so.", "2024"), cite(2, "A said so.", "2022"));
        CitationOrder.Ordered o = order.oldestFirst("The sources differ. B said so. [1] A said so. [2]", cs);
        assertEquals("The sources differ. A said so. [1] B said so. [2]", o.text());
    }

    @Test
    void a_text_that_is_not_one_statement_per_marker_keeps_its_order_and_only_renumbers() {
        List<Citation> cs = List.of(cite(1, "B.", "2024"), cite(2, "A.", "2022"));
        String text = "Both changed their minds [1][2], and B spoke later [1].";
        CitationOrder.Ordered o = order.oldestFirst(text, cs);
        assertEquals("Both changed their minds [2][1], and B spoke later [2].", o.text());
        assertEquals("A.", o.citations().get(0).quote());
    }

    private static Citation said(int n, String quote, String date, String kind, String state) {
        return new Citation(n, "a" + n, "T" + n, "", "", "", "", "k/a" + n + ".md", quote)
                .withAttribution("", kind, state, date, date.isEmpty() ? "" : "sentence");
    }

    @Test
    void the_asked_governments_own_officials_come_first_then_the_rest_each_oldest_first() {
        List<Citation> cs = List.of(said(1, "The outlet's background.", "2022-01", "media", ""),
                said(2, "A neighbour reacted.", "2022-02", "official", "Uzbekistan"),
                said(3, "The minister spoke later.", "2023-06", "official", "Kazakhstan"),
                said(4, "An analyst weighed in.", "", "analyst", ""),
                said(5, "The spokesman spoke first.", "2022-09", "official", "Kazakhstan"));
        String text = "The outlet's background. [1] A neighbour reacted. [2] The minister spoke later. [3] "
                + "An analyst weighed in. [4] The spokesman spoke first. [5]";
        CitationOrder.Ordered o = order.oldestFirst(text, cs, Set.of("Kazakhstan"));
        assertEquals("The spokesman spoke first. [1] The minister spoke later. [2] The outlet's background. [3] "
                + "A neighbour reacted. [4] An analyst weighed in. [5]", o.text());
        // asking about the neighbour puts its statement first instead
        CitationOrder.Ordered other = order.oldestFirst(text, cs, Set.of("Uzbekistan"));
        assertEquals("A neighbour reacted.", other.citations().get(0).quote());
        // no asked government: oldest first, as before
        assertEquals(order.oldestFirst(text, cs).text(), order.oldestFirst(text, cs, Set.of()).text());
        assertEquals("The outlet's background.", order.oldestFirst(text, cs).citations().get(0).quote());
    }
}
