package dev.positionsbot.answer.attribution;

import com.fasterxml.jackson.databind.JsonNode;
import dev.positionsbot.answer.Answerer;
import dev.positionsbot.answer.Citation;
import dev.positionsbot.answer.ExtractivePipeline;
import dev.positionsbot.answer.GroundedAnswer;
import dev.positionsbot.answer.GroundedAnswerJson;
import dev.positionsbot.chat.AnswerPrinter;
import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.SentencePassageSplitter;
import dev.positionsbot.index.EmbeddingChoice;
import dev.positionsbot.index.HybridIndex;
import dev.positionsbot.index.NewsTermAnalyzer;
import dev.positionsbot.index.PassageEmbedder;
import dev.positionsbot.telegram.TelegramReplyFormatter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Invented articles in which Kazakhstan's position on a grain cartel changes between 2022 and 2024, answered through
 * the whole offline pipeline as the application wires it: the statements come oldest first in the answer, the change
 * is named from the quotes' dates and speakers, the analyst is labelled as such, and the chat, Telegram and JSON all
 * carry it.
 */
class PositionChangeTest {

    static final List<Article> ARTICLES = List.of(
            new Article("grain-2024", "knowledge/grain-2024.md", "Kazakhstan warms to the grain cartel", "Caspian Wire",
                    "Lena Brandt", "2024-05-10", "https://example.org/grain-2024", "en", "", """
                    Kazakhstan is ready to join the grain export cartel, Foreign Minister Daulet Serikov said on \
                    Wednesday.

                    The shift on the grain cartel reflects two weak harvests, said Aliya Tulenova, an economist in \
                    Almaty."""),
            new Article("grain-2022", "knowledge/grain-2022.md", "Astana rejects a grain cartel", "Steppe Ledger", "",
                    "2022-03-18", "", "en", "", """
                    Kazakhstan will not join the proposed grain export cartel, Deputy Foreign Minister Nurlan Abenov \
                    said on Tuesday.

                    The cartel was proposed by a group of exporting countries last month."""),
            new Article("cotton", "knowledge/cotton.md", "Uzbek cotton harvest starts early", "Aral Post", "",
                    "2023-09-01", "", "en", "", """
                    Uzbekistan began its cotton harvest two weeks early because of the heat, the agriculture ministry \
                    said."""));

    @TempDir
    static Path dir;

    private static HybridIndex index;
    private static Answerer answerer;
    private static GroundedAnswer answer;

    @BeforeAll
    static void answer() {
        PassageEmbedder embedder = EmbeddingChoice.MINILM.load();
        index = HybridIndex.builder(dir.resolve("index")).articles(ARTICLES).splitter(new SentencePassageSplitter())
                .embedder(embedder).open();
        answerer = ExtractivePipeline.over(index, index.termStatistics(), new NewsTermAnalyzer(), ARTICLES,
                embedder.model()).answerer(index);
        answer = answerer.answer("What is Kazakhstan's position on the grain export cartel?");
    }

    @AfterAll
    static void close() {
        if (index != null) {
            index.close();
        }
    }

    private static Citation citing(String words) {
        return answer.citations().stream().filter(c -> c.quote().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no citation quotes '" + words + "': " + answer));
    }

    @Test
    void the_answer_lists_the_2022_statement_before_the_2024_one_and_numbers_them_in_that_order() {
        assertTrue(answer.answered(), answer.answer() + " / " + answer.refusalReason());
        Citation old = citing("will not join");
        Citation recent = citing("is ready to join");
        assertEquals("2022-03-15", old.statementDate());
        assertEquals("sentence", old.dateSource());
        assertEquals("2024-05-08", recent.statementDate());
        assertTrue(old.n() < recent.n(), answer.citations().toString());
        String text = answer.answer();
        assertTrue(text.indexOf("will not join") < text.indexOf("is ready to join"), text);
        assertTrue(text.indexOf("[" + old.n() + "]") < text.indexOf("[" + recent.n() + "]"), text);
        for (int i = 0; i < answer.citations().size(); i++) {
            assertEquals(i + 1, answer.citations().get(i).n(), "citations numbered in order");
        }
    }

    @Test
    void the_speakers_are_kazakh_officials_with_their_state() {
        Citation old = citing("will not join");
        Citation recent = citing("is ready to join");
        assertEquals("official", old.speakerKind());
        assertEquals("Kazakhstan", old.state());
        assertTrue(old.speaker().contains("Nurlan Abenov"), old.speaker());
        assertTrue(recent.speaker().contains("Daulet Serikov"), recent.speaker());
        assertEquals("Kazakhstan", recent.state());
    }

    @Test
    void the_answer_names_the_change_from_the_dates_and_speakers_of_the_quotes() {
        Citation old = citing("will not join");
        Citation recent = citing("is ready to join");
        String text = answer.answer();
        String expected = "Kazakhstan's officials over time: on 15 March 2022, " + old.speaker() + " [" + old.n()
                + "]; by 8 May 2024, " + recent.speaker() + " [" + recent.n() + "].";
        assertTrue(text.contains(expected), text);
    }

    @Test
    void an_analysts_view_is_labelled_and_not_presented_as_the_states() {
        answer.citations().stream().filter(c -> c.quote().contains("Tulenova")).findFirst().ifPresent(c -> {
            assertEquals("analyst", c.speakerKind());
            assertEquals("", c.state());
            assertTrue(answer.answer().contains("[" + c.n() + "] is the view of analyst"), answer.answer());
            assertFalse(answer.answer().matches("(?s).*over time:[^\\n]*\\[" + c.n() + "].*"), answer.answer());
        });
    }

    @Test
    void the_chat_prints_each_quote_once_with_its_speaker_and_date() {
        String out = new AnswerPrinter().format(answer);
        String quote = citing("will not join").quote();
        assertEquals(out.indexOf(quote), out.lastIndexOf(quote), "quote printed once: " + out);
        assertTrue(out.contains("said by Nurlan Abenov"), out);
        assertTrue(out.contains("(official of Kazakhstan), 15 March 2022"), out);
        assertTrue(out.contains("Kazakhstan's officials over time: on 15 March 2022"), out);
        assertTrue(out.indexOf("will not join") < out.indexOf("is ready to join"), out);
    }

    @Test
    void telegram_shows_the_order_the_change_and_the_speakers() {
        String html = String.join("\n", new TelegramReplyFormatter().answer(answer).parts());
        assertTrue(html.indexOf("will not join") < html.indexOf("is ready to join"), html);
        assertTrue(html.contains("Kazakhstan&#39;s officials over time") || html.contains("Kazakhstan's officials over time"),
                html);
        assertTrue(html.contains("Nurlan Abenov"), html);
        assertTrue(html.contains("official of Kazakhstan"), html);
    }

    @Test
    void json_citations_carry_speaker_kind_state_and_dated_statements_in_order() {
        JsonNode json = GroundedAnswerJson.toJson(answer);
        JsonNode citations = json.get("citations");
        // the asked state's officials first, oldest first among them; then the rest, oldest first among them
        String previous = "";
        boolean officials = true;
        for (JsonNode c : citations) {
            assertTrue(c.has("speaker") && c.has("speaker_kind") && c.has("state") && c.has("statement_date")
                    && c.has("date_source"), c.toString());
            boolean official = c.get("speaker_kind").asText().equals("official")
                    && c.get("state").asText().equals("Kazakhstan");
            assertTrue(officials || !official, "the officials' statements come first: " + citations);
            if (officials && !official) {
                officials = false;
                previous = "";
            }
            String date = c.get("statement_date").asText();
            assertTrue(previous.compareTo(date) <= 0, "oldest first: " + citations);
            previous = date;
        }
        assertEquals("2022-03-15", citations.get(0).get("statement_date").asText());
        assertEquals("sentence", citations.get(0).get("date_source").asText());
        assertEquals("official", citations.get(0).get("speaker_kind").asText());
        assertTrue(json.get("answer").asText().contains("over time: on 15 March 2022"), json.toString());
    }

    @Test
    void the_timeline_lists_only_kazakh_officials_oldest_first() {
        StateTimeline.Result r = answerer.timeline("kazakh", "grain");
        assertEquals("Kazakhstan", r.state());
        assertEquals(2, r.entries().size(), r.toString());
        assertEquals("2022-03-15", r.entries().get(0).statementDate());
        assertEquals("2024-05-08", r.entries().get(1).statementDate());
        assertTrue(r.entries().stream().noneMatch(e -> e.quote().contains("Tulenova")), "analyst left out");
        StateTimeline.Result none = answerer.timeline("Kazakhstan", "uranium");
        assertTrue(none.entries().isEmpty());
        assertTrue(none.holdings().startsWith("The articles hold no statement by Kazakhstan's officials on"),
                none.holdings());
        assertTrue(none.holdings().contains("2 statements by Kazakhstan's officials on other topics"), none.holdings());
    }
}
