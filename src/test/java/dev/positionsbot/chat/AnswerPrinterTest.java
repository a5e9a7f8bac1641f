package dev.positionsbot.chat;

import dev.positionsbot.answer.Citation;
import dev.positionsbot.answer.GroundedAnswer;
import dev.positionsbot.answer.SourceInfo;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnswerPrinterTest {

    private final AnswerPrinter printer = new AnswerPrinter();

    @Test
    void prints_the_answer_then_numbered_sources_without_repeating_quotes_the_answer_already_reads() {
        GroundedAnswer a = new GroundedAnswer("q", "q", GroundedAnswer.Status.ANSWERED,
                "Kyrgyzstan will share the schedule. [1] Uzbekistan wants guarantees. [2]  ",
                List.of(new Citation(1, "dam", "Dam talks", "Highland Courier", "Dana Ortiz", "2024-03-14",
                                "https://example.org/dam", "knowledge/dam.md", " Kyrgyzstan will share the schedule. "),
                        new Citation(2, "water", "Water worries", "", "", "", "", "knowledge/water.md",
                                "Uzbekistan wants guarantees.")),
                "", "extractive", List.of(), 12);
        assertEquals("""
                Kyrgyzstan will share the schedule. [1] Uzbekistan wants guarantees. [2]
                Sources:
                [1] Dam talks \u2014 Highland Courier, Dana Ortiz, 2024-03-14
                    https://example.org/dam
                [2] Water worries
                    knowledge/water.md
                """, printer.format(a));
    }

    @Test
    void prints_the_quote_when_the_answer_paraphrases_it_and_names_speaker_and_date() {
        GroundedAnswer a = new GroundedAnswer("q", "q", GroundedAnswer.Status.ANSWERED,
                "Kyrgyzstan promised to share the schedule [1].",
                List.of(new Citation(1, "dam", "Dam talks", "Highland Courier", "Dana Ortiz", "2024-03-14", "",
                        "knowledge/dam.md", "Kyrgyzstan will share the schedule, Minister Almaz Tokonov said.")
                        .withAttribution("Almaz Tokonov, Minister", "official", "Kyrgyzstan", "2024-03-12", "sentence")),
                "", "llm:test", List.of(), 12);
        assertEquals("""
                Kyrgyzstan promised to share the schedule [1].
                Sources:
                [1] Dam talks \u2014 Highland Courier, Dana Ortiz, 2024-03-14
                    said by Almaz Tokonov, Minister (official of Kyrgyzstan), 12 March 2024
                    \u201CKyrgyzstan will share the schedule, Minister Almaz Tokonov said.\u201D
                    knowledge/dam.md
                """, printer.format(a));
    }

    @Test
    void wraps_at_word_boundaries_to_the_width() {
        GroundedAnswer a = new GroundedAnswer("q", "q", GroundedAnswer.Status.ANSWERED,
                "Uzbekistan has asked for guarantees that summer releases for its cotton farms will not shrink. [1]",
                List.of(new Citation(1, "w", "Water worries in the Fergana valley", "Aral Post", "", "2024-01-02", "",
                        "knowledge/w.md", "Uzbekistan has asked for guarantees that summer releases for its cotton "
                        + "farms will not shrink.")),
                "", "extractive", List.of(), 1);
        String out = new AnswerPrinter(30, false).format(a);
        for (String line : out.split("\n")) {
            assertTrue(line.length() <= 30, "line within 30 columns: '" + line + "'");
        }
        assertTrue(out.contains("Uzbekistan has asked for\nguarantees"), out);
        assertTrue(out.contains("[1] Water worries in the\n    Fergana valley"), out);
    }

    @Test
    void styles_numbers_bold_and_source_lines_dim_only_on_a_terminal_without_no_color() {
        GroundedAnswer a = new GroundedAnswer("q", "q", GroundedAnswer.Status.ANSWERED, "Text [1]",
                List.of(new Citation(1, "x", "Title", "", "", "", "", "knowledge/x.md", "Text")),
                "", "extractive", List.of(), 1);
        String styled = new AnswerPrinter(80, true).format(a);
        assertTrue(styled.contains("\u001B[1m[1]"), styled);
        assertTrue(styled.contains("\u001B[2m"), styled);
        assertFalse(new AnswerPrinter(80, false).format(a).contains("\u001B"));
        assertTrue(AnswerPrinter.stylesFor(true, null));
        assertTrue(AnswerPrinter.stylesFor(true, ""));
        assertFalse(AnswerPrinter.stylesFor(true, "1"));
        assertFalse(AnswerPrinter.stylesFor(false, null));
    }

    @Test
    void leaves_out_metadata_the_article_does_not_state() {
        GroundedAnswer a = new GroundedAnswer("q", "q", GroundedAnswer.Status.ANSWERED, "Text [1]",
                List.of(new Citation(1, "x", "Title", "", "An Author", "", "", "knowledge/x.md", "Text")),
                "", "extractive", List.of(), 1);
        String out = printer.format(a);
        assertTrue(out.contains("[1] Title \u2014 An Author\n"), out);
        assertFalse(out.contains(", ,"), out);
        assertFalse(out.contains(", \n"), out);
    }

    @Test
    void a_refusal_has_no_sources_block() {
        GroundedAnswer a = new GroundedAnswer("q", "q", GroundedAnswer.Status.REFUSED, "I can't answer that.",
                List.of(), "searched for: x", "extractive", List.of(), 1);
        assertEquals("I can't answer that.\n", printer.format(a));
    }

    @Test
    void lists_sources_with_language_and_passage_counts() {
        String out = printer.formatSources(List.of(
                new SourceInfo("a", "Dam talks", "Highland Courier", "", "2024-03-14", "", "en", 4),
                new SourceInfo("b", "Gas union", "", "", "", "", "", 1)));
        assertEquals("""
                1. Dam talks \u2014 Highland Courier, 2024-03-14  [en, 4 passages]
                2. Gas union  [?, 1 passage]
                """, out);
    }

    @Test
    void says_so_when_there_are_no_articles() {
        assertEquals("(no articles)\n", printer.formatSources(List.of()));
    }
}
