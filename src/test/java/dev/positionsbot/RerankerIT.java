package dev.positionsbot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.positionsbot.answer.rerank.FakeReranker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ask} through the packaged jar with a cross-encoder configured in {@code positions-bot.yml}. */
class RerankerIT {

    private static final String QUESTION = "What did Kazakhstan say about the referendums?";

    @TempDir
    static Path work;

    @BeforeAll
    static void knowledge() {
        JarRunner.copyKnowledge(work);
    }

    private static void configure(String mode, String url) throws IOException {
        Files.writeString(work.resolve("positions-bot.yml"), """
                scorer:
                  mode: %s
                reranker:
                  url: %s
                  min_score: 0.5
                  timeout: 5s
                """.formatted(mode, url));
    }

    @Test
    void the_configured_reranker_is_asked_and_its_minimum_score_decides() throws IOException {
        try (FakeReranker reranker = new FakeReranker().scoring((q, text) -> 0.1)) {
            configure("external", reranker.url());
            JarRunner.Run run = JarRunner.run(work, null, "ask", "--json", QUESTION);
            assertEquals(0, run.exit(), run.toString());
            assertFalse(reranker.requests.isEmpty(), "the reranker was asked: " + run);
            assertEquals(QUESTION, reranker.requests.get(0).path("query").asText());
            assertTrue(reranker.requests.get(0).path("texts").size() > 1, reranker.requests.get(0).toString());
            // the built-in scorer answers this question (AskIT); every candidate scoring 0.1 < 0.5 is no answer
            JsonNode a = run.json();
            assertEquals("refused", a.path("status").asText(), run.toString());
        }
    }

    @Test
    void with_the_reranker_down_the_built_in_scorer_answers_and_the_log_says_why() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        configure("both", "http://127.0.0.1:" + port);
        JarRunner.Run run = JarRunner.run(work, null, "ask", "--json", QUESTION);
        assertEquals(0, run.exit(), run.toString());
        JsonNode a = run.json();
        assertEquals("answered", a.path("status").asText(), run.toString());
        for (JsonNode c : a.path("citations")) {
            assertTrue(JarRunner.body(work.resolve(c.path("file").asText())).contains(c.path("quote").asText()),
                    c.toString());
        }
        assertTrue(run.err().contains("WARN") && run.err().contains("127.0.0.1:" + port + "/rerank"), run.err());
    }

    @Test
    void ask_explain_with_the_reranker_down_shows_the_built_in_scorers_view_and_says_why() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        configure("external", "http://127.0.0.1:" + port);
        JarRunner.Run run = JarRunner.run(work, null, "ask", "--explain", QUESTION);
        assertEquals(0, run.exit(), run.toString());
        String explained = run.out().substring(run.out().indexOf("--- explain ---"));
        assertTrue(explained.contains("external scorer failed") && explained.contains("127.0.0.1:" + port), run.out());
        assertTrue(explained.contains("passes checks"), "candidates are listed: " + run.out());
    }
}
