package dev.positionsbot.telegram;

import dev.positionsbot.answer.GroundedAnswer;
import dev.positionsbot.answer.SourceInfo;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TelegramReplyFormatterTest {

    private final TelegramReplyFormatter formatter = new TelegramReplyFormatter();

    @Test
    void lists_numbered_sources_with_outlet_date_and_link_after_the_answer() {
        GroundedAnswer a = FakeAnswerer.answered("q", "Bishkek backs the plan [1]. Dushanbe objects [2].", List.of(
                FakeAnswerer.citation(1, "Plan backed", "24.kg", "2024-03-01", "https://24.kg/a", "q1"),
                FakeAnswerer.citation(2, "Objections", "", "", "", "q2")));
        TelegramReplyFormatter.FormattedAnswer f = formatter.answer(a);
        assertEquals(List.of("Bishkek backs the plan [1]. Dushanbe objects [2].\n\n<b>Sources</b>\n"
                + "1. <a href=\"https://24.kg/a\">Plan backed</a> — 24.kg, 2024-03-01\n2. Objections"), f.parts());
        assertTrue(f.hasQuotes());
    }

    @Test
    void escapes_user_visible_corpus_text_and_refuses_unsafe_link_schemes() {
        GroundedAnswer a = FakeAnswerer.answered("q", "x < y & z > w [1]", List.of(
                FakeAnswerer.citation(1, "<script>", "A&B", "", "javascript:alert(1)", "\"quoted\" <i>")));
        TelegramReplyFormatter.FormattedAnswer f = formatter.answer(a);
        String html = f.parts().get(0);
        assertTrue(html.startsWith("x &lt; y &amp; z &gt; w [1]"), html);
        assertTrue(html.contains("1. &lt;script&gt; — A&amp;B"), html);
        assertFalse(html.contains("javascript"));
        assertTrue(f.quotesHtml().contains("&quot;quoted&quot; &lt;i&gt;"), f.quotesHtml());
        TelegramBotRunnerTest.assertBalanced(html);
        TelegramBotRunnerTest.assertBalanced(f.quotesHtml());
    }

    @Test
    void shows_a_refusal_with_its_reason_and_no_sources_or_quotes() {
        GroundedAnswer r = FakeAnswerer.refused("q", "I can't answer that from my articles.",
                "no passage mentions Turkmenistan & gas");
        TelegramReplyFormatter.FormattedAnswer f = formatter.answer(r);
        assertEquals(List.of("I can't answer that from my articles.\n\n<i>Why: no passage mentions Turkmenistan &amp; gas</i>"),
                f.parts());
        assertFalse(f.hasQuotes());
    }

    @Test
    void answers_without_quotes_get_no_button() {
        GroundedAnswer a = FakeAnswerer.answered("q", "A [1].", List.of(
                FakeAnswerer.citation(1, "T", "O", "", "", " ")));
        assertFalse(formatter.answer(a).hasQuotes());
    }

    @Test
    void sources_lists_every_article_and_says_so_when_there_are_none() {
        List<String> parts = formatter.sources(List.of(new SourceInfo("a", "T1", "O1", "", "2024-01-01", "", "en", 3),
                new SourceInfo("b", "T2", "", "", "", "https://x.org", "", 1)));
        assertEquals("<b>Articles I answer from</b> (2, newest first)\n1. T1 — O1, 2024-01-01, EN\n"
                + "2. <a href=\"https://x.org\">T2</a> — undated", parts.get(0));
        assertTrue(formatter.sources(List.of()).get(0).contains("no articles"));
    }

    @Test
    void sources_are_listed_newest_first_with_their_dates_and_undated_ones_last() {
        List<String> parts = formatter.sources(List.of(
                new SourceInfo("old", "Old", "", "", "2021-03-02", "", "en", 1),
                new SourceInfo("none", "No date", "", "", "", "", "en", 1),
                new SourceInfo("month", "Month only", "", "", "2023-07", "", "en", 1),
                new SourceInfo("new", "New", "", "", "2024-02-10", "", "en", 1)));
        assertEquals("<b>Articles I answer from</b> (4, newest first)\n1. New — 2024-02-10, EN\n"
                + "2. Month only — 2023-07, EN\n3. Old — 2021-03-02, EN\n4. No date — undated, EN", parts.get(0));
    }
}
