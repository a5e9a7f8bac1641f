package dev.positionsbot.answer.attribution;

import dev.positionsbot.corpus.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StateTimelineTest {

    private final StateTimeline timeline = new StateTimeline();

    private static Article article(String id, String published, String body) {
        return new Article(id, "k/" + id + ".md", "T " + id, "Aral Post", "", published, "", "en", "", body);
    }

    @Test
    void a_state_named_in_several_words_or_spellings_is_split_from_the_topic() {
        assertEquals(List.of("United States", "sanctions on banks"), timeline.stateAndTopic("United States sanctions on banks"));
        assertEquals(List.of("Kazakhstan", "grain"), timeline.stateAndTopic("Kazakhstan grain"));
        assertEquals(List.of("Atlantis", "trade"), timeline.stateAndTopic("Atlantis trade"));
        assertEquals("Kazakhstan", timeline.stateNamed("Astana").orElseThrow());
    }

    @Test
    void a_quote_over_several_sentences_is_one_statement_and_other_speakers_are_left_out() {
        Article a = article("a", "2023-05-05", """
                \u201CWe will keep trading,\u201D Uzbek Trade Minister Laziz Kudratov said on Tuesday. \u201CBut not \
                in sanctioned goods.\u201D

                Economist Aziz Tursunov said the trade figures were inflated.

                Kazakh officials said on Monday that the border would stay open.""");
        StateTimeline.Result uz = timeline.build("Uzbekistan", "", List.of(a));
        assertEquals(1, uz.entries().size(), uz.toString());
        assertTrue(uz.entries().get(0).quote().endsWith("in sanctioned goods.\u201D"), uz.entries().get(0).quote());
        assertEquals("2023-05-02", uz.entries().get(0).statementDate());
        StateTimeline.Result kz = timeline.build("Kazakhstan", "border", List.of(a));
        assertEquals(1, kz.entries().size());
        assertEquals("2023-05-01", kz.entries().get(0).statementDate());
    }

    @Test
    void dated_statements_come_oldest_first_and_undated_ones_last() {
        List<Article> articles = List.of(
                article("new", "2024-02-02", "Kazakh Foreign Minister Ana Serik said yesterday that talks resumed."),
                article("undated", "", "Kazakh Foreign Minister Ana Serik said talks would resume."),
                article("old", "2022-03-04", "Kazakh Foreign Minister Ana Serik said yesterday that talks stopped."));
        StateTimeline.Result r = timeline.build("Kazakhstan", "talks", articles);
        assertEquals(List.of("2022-03-03", "2024-02-01", ""),
                r.entries().stream().map(StateTimeline.Entry::statementDate).toList());
        assertEquals(2, r.datedCount());
    }
}
