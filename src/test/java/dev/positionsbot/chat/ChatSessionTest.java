package dev.positionsbot.chat;

import dev.positionsbot.answer.Answerer;
import dev.positionsbot.answer.Citation;
import dev.positionsbot.answer.Conversation;
import dev.positionsbot.answer.GroundedAnswer;
import dev.positionsbot.answer.SourceInfo;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChatSessionTest {

    /** Answers every question with a one-source answer and records the conversation object it was given. */
    private static final class FakeAnswerer implements Answerer {
        final List<String> questions = new ArrayList<>();
        final List<Conversation> conversations = new ArrayList<>();
        final List<Integer> turnsSeen = new ArrayList<>();

        @Override
        public GroundedAnswer answer(String question, Conversation conversation) {
            questions.add(question);
            conversations.add(conversation);
            turnsSeen.add(conversation.turns().size());
            conversation.add(new Conversation.Turn(question, question, true));
            return new GroundedAnswer(question, question, GroundedAnswer.Status.ANSWERED, "Answer to " + question + " [1]",
                    List.of(new Citation(1, "a", "Article A", "Outlet", "", "2024-01-01", "", "knowledge/a.md",
                            "A quote.")), "", "fake", List.of(), 1);
        }

        @Override
        public List<SourceInfo> sources() {
            return List.of(new SourceInfo("a", "Article A", "Outlet", "", "2024-01-01", "", "en", 3),
                    new SourceInfo("b", "Article B", "", "", "", "", "en", 2));
        }

        @Override
        public String coverage() {
            return "2 articles";
        }
    }

    /** Replays lines; records the prompts asked and whether it was closed. */
    private static final class ScriptedLines implements ChatSession.LineSource {
        final Deque<String> lines;
        final List<String> prompts = new ArrayList<>();
        boolean closed;

        ScriptedLines(String... lines) {
            this.lines = new ArrayDeque<>(Arrays.asList(lines));
        }

        @Override
        public String readLine(String prompt) {
            prompts.add(prompt);
            return lines.pollFirst();
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private final FakeAnswerer answerer = new FakeAnswerer();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    private String run(ScriptedLines lines) {
        new ChatSession(answerer, new PrintStream(bytes, true, StandardCharsets.UTF_8)).run(lines);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void greets_with_the_article_count() {
        String out = run(new ScriptedLines());
        assertTrue(out.startsWith("positions-bot: answers from 2 articles"), out);
    }

    @Test
    void help_lists_the_commands() {
        String out = run(new ScriptedLines("/help"));
        for (String c : List.of("/help", "/sources", "/new", "/quit")) {
            assertTrue(out.contains(c), c + " in " + out);
        }
        assertTrue(answerer.questions.isEmpty(), "a command is not a question");
    }

    @Test
    void sources_lists_the_articles() {
        String out = run(new ScriptedLines("/sources"));
        assertTrue(out.contains("1. Article A \u2014 Outlet, 2024-01-01  [en, 3 passages]"), out);
        assertTrue(out.contains("2. Article B  [en, 2 passages]"), out);
    }

    @Test
    void answers_questions_with_their_sources() {
        String out = run(new ScriptedLines("  What did Kazakhstan say?  ", "", "   "));
        assertEquals(List.of("What did Kazakhstan say?"), answerer.questions, "stripped, blank lines skipped");
        assertTrue(out.contains("Answer to What did Kazakhstan say? [1]\nSources:\n[1] Article A"), out);
        assertTrue(out.contains("\u201CA quote.\u201D"), out);
    }

    @Test
    void follow_ups_share_one_conversation() {
        run(new ScriptedLines("What did Kazakhstan say?", "And Uzbekistan?"));
        assertEquals(2, answerer.conversations.size());
        assertTrue(answerer.conversations.get(0) == answerer.conversations.get(1), "same Conversation object");
        assertEquals(List.of(0, 1), answerer.turnsSeen);
    }

    @Test
    void new_forgets_the_conversation() {
        String out = run(new ScriptedLines("What did Kazakhstan say?", "/new", "And Uzbekistan?"));
        assertTrue(out.contains("(conversation cleared)"), out);
        assertEquals(List.of(0, 0), answerer.turnsSeen);
    }

    @Test
    void an_unknown_command_is_named_and_the_session_goes_on() {
        String out = run(new ScriptedLines("/frobnicate now", "What did Kazakhstan say?"));
        assertTrue(out.contains("unknown command /frobnicate; type /help"), out);
        assertEquals(1, answerer.questions.size());
    }

    @Test
    void quit_ends_the_session_before_later_lines() {
        ScriptedLines lines = new ScriptedLines("What did Kazakhstan say?", "/quit", "And Uzbekistan?");
        int answered = new ChatSession(answerer, new PrintStream(bytes, true, StandardCharsets.UTF_8)).run(lines);
        assertEquals(1, answered);
        assertEquals(List.of("What did Kazakhstan say?"), answerer.questions);
        assertEquals(List.of("And Uzbekistan?"), List.copyOf(lines.lines), "lines after /quit are not read");
        assertTrue(lines.closed);
    }

    @Test
    void end_of_input_ends_the_session_and_closes_the_source() {
        ScriptedLines lines = new ScriptedLines("What did Kazakhstan say?");
        int answered = new ChatSession(answerer, new PrintStream(bytes, true, StandardCharsets.UTF_8)).run(lines);
        assertEquals(1, answered);
        assertTrue(lines.closed);
        assertEquals(List.of("> ", "> "), lines.prompts);
    }

    @Test
    void a_failing_input_is_reported_as_an_unchecked_error() {
        ChatSession.LineSource broken = new ChatSession.LineSource() {
            @Override
            public String readLine(String prompt) throws IOException {
                throw new IOException("terminal gone");
            }

            @Override
            public void close() {
            }
        };
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> new ChatSession(answerer, new PrintStream(bytes, true, StandardCharsets.UTF_8)).run(broken));
        assertTrue(e.getMessage().contains("terminal gone"), e.getMessage());
    }

    @Test
    void plain_line_source_reads_utf8_lines_from_a_pipe() throws IOException {
        ChatSession.LineSource plain = LineSources.plain(
                new ByteArrayInputStream("А Узбекистан?\n/quit\n".getBytes(StandardCharsets.UTF_8)));
        run(new ScriptedLines()); // greeting only, for a clean buffer
        int answered = new ChatSession(answerer, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8)).run(plain);
        assertEquals(1, answered);
        assertEquals(List.of("А Узбекистан?"), answerer.questions);
        assertFalse(bytes.toString(StandardCharsets.UTF_8).isEmpty());
    }
}
