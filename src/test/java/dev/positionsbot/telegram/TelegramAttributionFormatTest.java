package dev.positionsbot.telegram;

import dev.positionsbot.answer.Citation;
import dev.positionsbot.answer.GroundedAnswer;
import dev.positionsbot.answer.attribution.StateTimeline;
import dev.positionsbot.corpus.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Speakers and dates in Telegram answers, and the /timeline reply. */
class TelegramAttributionFormatTest {

    private final TelegramReplyFormatter formatter = new TelegramReplyFormatter();

    @Test
    void each_source_names_who_spoke_and_when_and_the_quotes_say_who_too() {
        Citation c = FakeAnswerer.citation(1, "Plan backed", "Caspian Wire", "2024-03-01", "", "We back it.")
                .withAttribution("Ana <Kim>, minister", "official", "Kyrgyzstan", "2024-02-27", "sentence");
        GroundedAnswer a = FakeAnswerer.answered("q", "We back it. [1]", List.of(c));
        TelegramReplyFormatter.FormattedAnswer f = formatter.answer(a);
        String html = String.join("\n", f.parts());
        assertTrue(html.contains("<i>said by Ana &lt;Kim&gt;, minister (official of Kyrgyzstan), 27 February 2024</i>"), html);
        assertTrue(f.quotesHtml().contains("— Ana &lt;Kim&gt;, minister (official of Kyrgyzstan), Plan backed"),
                f.quotesHtml());
    }

    @Test
    void a_timeline_lists_statements_oldest_first_with_speaker_quote_and_source() {
        Article a = new Article("a", "k/a.md", "Astana & the cartel", "Steppe Ledger", "", "2024-05-10",
                "https://example.org/a", "en", "", "");
        StateTimeline.Result r = new StateTimeline.Result("Kazakhstan", "grain", List.of(
                new StateTimeline.Entry("2022-03-15", "sentence", "Nurlan Abenov", "official", "Kazakhstan",
                        "We will not join.", a),
                new StateTimeline.Entry("", "", "Daulet Serikov", "official", "Kazakhstan", "We are ready.", a)), "");
        String html = String.join("\n", formatter.timeline(r));
        assertTrue(html.startsWith("<b>Kazakhstan</b>: statements by its officials on <i>grain</i>, oldest first"),
                html);
        assertTrue(html.indexOf("<b>1. 15 March 2022</b> — Nurlan Abenov (official of Kazakhstan)") > 0, html);
        assertTrue(html.indexOf("<b>2. undated</b> — Daulet Serikov") > html.indexOf("We will not join."), html);
        assertTrue(html.contains("<a href=\"https://example.org/a\">Astana &amp; the cartel</a>, Steppe Ledger"), html);
    }

    @Test
    void an_empty_timeline_says_what_the_articles_hold() {
        StateTimeline.Result r = new StateTimeline.Result("Tajikistan", "gas", List.of(),
                "The articles hold no statement by Tajikistan's officials on \u201Cgas\u201D.");
        assertEquals(List.of("<b>Tajikistan</b>: statements by its officials on <i>gas</i>, oldest first\n\n"
                + "The articles hold no statement by Tajikistan's officials on \u201Cgas\u201D."), formatter.timeline(r));
    }
}
