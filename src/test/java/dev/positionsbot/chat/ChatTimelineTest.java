package dev.positionsbot.chat;

import dev.positionsbot.answer.Answerer;
import dev.positionsbot.answer.Conversation;
import dev.positionsbot.answer.GroundedAnswer;
import dev.positionsbot.answer.SourceInfo;
import dev.positionsbot.answer.attribution.StateTimeline;
import dev.positionsbot.corpus.Article;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The chat's /timeline command. */
class ChatTimelineTest {

    @Test
    void timeline_prints_a_states_officials_statements_oldest_first() {
        List<Article> articles = List.of(
                new Article("b", "k/b.md", "Later", "", "", "2024-05-10", "", "en", "",
                        "Uzbek Foreign Minister Bakhtiyor Saidov said yesterday that the border would reopen."),
                new Article("a", "k/a.md", "Earlier", "", "", "2022-03-18", "", "en", "",
                        "Uzbek Foreign Minister Abdulaziz Komilov said yesterday that the border was closed."));
        Answerer answerer = new Answerer() {
            @Override
            public GroundedAnswer answer(String question, Conversation conversation) {
                throw new AssertionError("not a question: " + question);
            }

            @Override
            public List<SourceInfo> sources() {
                return List.of();
            }

            @Override
            public String coverage() {
                return "";
            }

            @Override
            public StateTimeline.Result timeline(String state, String topic) {
                return new StateTimeline().build(state, topic, articles);
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ChatSession(answerer, new PrintStream(out, true, StandardCharsets.UTF_8)).run(LineSources.plain(
                new ByteArrayInputStream("/timeline Uzbekistan border\n/timeline\n".getBytes(StandardCharsets.UTF_8))));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("Statements by Uzbekistan's officials on \u201Cborder\u201D, oldest first (2 statements)"),
                text);
        assertTrue(text.indexOf("1. 17 March 2022 \u2014 Abdulaziz Komilov") > 0, text);
        assertTrue(text.indexOf("2. 9 May 2024 \u2014 Bakhtiyor Saidov") > text.indexOf("Komilov"), text);
        assertTrue(text.contains("usage: /timeline STATE [TOPIC]"), text);
    }
}
