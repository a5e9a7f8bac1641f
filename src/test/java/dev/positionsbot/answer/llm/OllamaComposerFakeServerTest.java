package dev.positionsbot.answer.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.positionsbot.answer.AnswerComposer;
import dev.positionsbot.answer.Conversation;
import dev.positionsbot.answer.Evidence;
import dev.positionsbot.answer.FollowUpRewriter;
import dev.positionsbot.answer.GroundedAnswer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Drives the real LangChain4j OllamaChatModel (non-streaming /api/chat), wired from settings, against a fake server. */
class OllamaComposerFakeServerTest {

    FakeLlmServer server;
    Evidence evidence;
    final AnswerComposer extractive = new OpenAiComposerFakeServerTest.FixedComposer();
    final FollowUpRewriter ruleBased = (q, c) -> "rule-based: " + q;

    @BeforeEach
    void start() throws IOException {
        server = new FakeLlmServer("/api/chat");
        evidence = SeedEvidence.evidence("Will Kazakhstan recognize the referendums?",
                LlmComposerTest.KZ, LlmComposerTest.RFE);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private LlmComponents components(int timeoutSeconds) {
        LlmSettings settings = new LlmSettings(LlmSettings.Provider.OLLAMA, server.baseUrl(), "", "llama3.2:3b",
                java.time.Duration.ofSeconds(timeoutSeconds), LlmSettings.DEFAULT_MAX_RETRIES,
                LlmSettings.DEFAULT_TEMPERATURE, null);
        return LlmComponents.create(settings, extractive, ruleBased, Embeddings.miniLm()).orElseThrow();
    }

    @Test
    void answers_end_to_end_through_the_real_client() throws IOException {
        server.respond(200, FakeLlmServer.ollamaChat(
                "Uzbekistan did not refer to the referendums in its Foreign Ministry statement on Ukraine [7]. "
                        + "Kazakhstan will not recognize the annexation of the four occupied regions [1]."));

        GroundedAnswer a = components(5).composer().compose(evidence);

        assertEquals(GroundedAnswer.Status.ANSWERED, a.status(), a::toString);
        assertEquals("llm:ollama:llama3.2:3b", a.composer());
        assertEquals("seed-001", a.citations().get(0).articleId());
        assertEquals("seed-002", a.citations().get(1).articleId());
        JsonNode request = new ObjectMapper().readTree(server.received.get(0).body());
        assertEquals("llama3.2:3b", request.get("model").asText());
        assertFalse(request.get("stream").asBoolean(), server.received.get(0).body());
    }

    @Test
    void refuses_when_the_model_says_it_cannot_answer() {
        server.respond(200, FakeLlmServer.ollamaChat("CANNOT_ANSWER"));

        GroundedAnswer a = components(5).composer().compose(evidence);

        assertEquals(GroundedAnswer.Status.REFUSED, a.status());
        assertEquals("llm:ollama:llama3.2:3b", a.composer());
    }

    @Test
    void falls_back_within_bounded_time_when_the_server_is_too_slow() {
        server.delay(4_000).respond(200, FakeLlmServer.ollamaChat("too late [1]."));

        long start = System.nanoTime();
        GroundedAnswer a = components(1).composer().compose(evidence);
        long ms = (System.nanoTime() - start) / 1_000_000;

        assertEquals(OpenAiComposerFakeServerTest.FixedComposer.ANSWER, a.answer());
        assertTrue(ms < 5_000, "took " + ms + " ms with a 1 s timeout and no retries");
        assertEquals(1, server.requests.get());
    }

    @Test
    void falls_back_on_a_server_error() {
        server.respond(500, "{\"error\":\"model crashed\"}");

        GroundedAnswer a = components(5).composer().compose(evidence);

        assertEquals(OpenAiComposerFakeServerTest.FixedComposer.ANSWER, a.answer());
        assertTrue(a.composer().startsWith("extractive (fallback: "), a.composer());
    }

    @Test
    void falls_back_on_an_unknown_model() {
        server.respond(404, "{\"error\":\"model 'llama3.2:3b' not found\"}");

        GroundedAnswer a = components(5).composer().compose(evidence);

        assertEquals(OpenAiComposerFakeServerTest.FixedComposer.ANSWER, a.answer());
    }

    @Test
    void falls_back_on_a_malformed_body() {
        server.respond(200, "<html>502 Bad Gateway</html>");

        GroundedAnswer a = components(5).composer().compose(evidence);

        assertEquals(OpenAiComposerFakeServerTest.FixedComposer.ANSWER, a.answer());
    }

    @Test
    void rewrites_a_follow_up_through_the_real_client() {
        server.respond(200, FakeLlmServer.ollamaChat("What is Uzbekistan's position on the referendums?"));
        Conversation c = new Conversation();
        c.add(new Conversation.Turn("What is Kazakhstan's position on the referendums?",
                "What is Kazakhstan's position on the referendums?", true));

        String rewritten = components(5).rewriter().rewrite("And Uzbekistan?", c);

        assertEquals("What is Uzbekistan's position on the referendums?", rewritten);
        assertTrue(server.received.get(0).body().contains("And Uzbekistan?"));
    }

    @Test
    void rewriting_falls_back_to_the_rule_based_rewriter_when_the_server_fails() {
        server.respond(500, "{\"error\":\"boom\"}");
        Conversation c = new Conversation();
        c.add(new Conversation.Turn("What did Kazakhstan say?", "What did Kazakhstan say?", true));

        assertEquals("rule-based: And Uzbekistan?", components(5).rewriter().rewrite("And Uzbekistan?", c));
    }
}
