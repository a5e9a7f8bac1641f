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
    void prints_the_answer_then_numbered_sources_with_quote_and_url() {
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
                    \u201CKyrgyzstan will share the schedule.\u201D
                    https://example.org/dam
                [2] Water worries
                    \u201CUzbekistan wants guarantees.\u201D
                    knowledge/water.md
                """, printer.format(a));
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
