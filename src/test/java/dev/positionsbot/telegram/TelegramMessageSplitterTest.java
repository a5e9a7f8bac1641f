package dev.positionsbot.telegram;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TelegramMessageSplitterTest {

    @Test
    void keeps_a_message_within_the_limit_whole() {
        String html = "<b>Short</b> &amp; sweet";
        assertEquals(List.of(html), new TelegramMessageSplitter().split(html));
    }

    @Test
    void counts_visible_utf16_units_not_markup() {
        // 4096 visible characters wrapped in lots of markup still fit in one message
        String html = "<a href=\"https://example.org/very/long/url\">" + "&amp;".repeat(4000) + "</a>" + "😀".repeat(48);
        assertEquals(4096, TelegramHtml.visibleLength(html));
        assertEquals(1, new TelegramMessageSplitter().split(html).size());
        assertEquals(2, new TelegramMessageSplitter().split(html + "x").size());
    }

    @Test
    void cuts_at_paragraph_breaks_before_line_breaks_or_spaces() {
        String html = "aaaa bbbb\ncccc\n\ndddd eeee";
        List<String> parts = new TelegramMessageSplitter(20).split(html);
        assertEquals(List.of("aaaa bbbb\ncccc", "dddd eeee"), parts);
    }

    @Test
    void never_cuts_inside_a_tag_or_entity_and_reopens_open_tags() {
        String html = "<b>bold words &amp; more bold words</b> and <a href=\"https://x.org/?a=1&amp;b=2\">a link text here</a>";
        List<String> parts = new TelegramMessageSplitter(16).split(html);
        StringBuilder visible = new StringBuilder();
        for (String part : parts) {
            TelegramBotRunnerTest.assertBalanced(part);
            assertTrue(TelegramHtml.visibleLength(part) <= 16, part);
            visible.append(TelegramHtml.toPlainText(part)).append(' ');
        }
        assertEquals(TelegramHtml.toPlainText(html).replaceAll("\\s+", " "), visible.toString().strip().replaceAll("\\s+", " "));
        assertTrue(parts.get(1).startsWith("<b>"), "the bold text continues bold: " + parts);
    }

    @Test
    void hard_cuts_a_word_longer_than_the_limit_without_splitting_a_surrogate_pair() {
        String html = "😀".repeat(20);
        List<String> parts = new TelegramMessageSplitter(16).split(html);
        assertEquals(List.of("😀".repeat(8), "😀".repeat(8), "😀".repeat(4)), parts);
    }
}
