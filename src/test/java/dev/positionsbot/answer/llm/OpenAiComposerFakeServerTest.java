package dev.positionsbot.answer.llm;

import dev.positionsbot.answer.AnswerComposer;
import dev.positionsbot.answer.Evidence;
import dev.positionsbot.answer.FollowUpRewriter;
import dev.positionsbot.answer.GroundedAnswer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Drives the real LangChain4j OpenAiChatModel, wired from settings, against a fake server on 127.0.0.1. */
class OpenAiComposerFakeServerTest {

    static final String KEY = "sk-fake-server-key";

    FakeLlmServer server;
    Evidence evidence;
    final AnswerComposer extractive = new FixedComposer();

    @BeforeEach
    void start() throws IOException {
        server = new FakeLlmServer("/v1/chat/completions");
        evidence = SeedEvidence.evidence("Will Kazakhstan recognize the referendums?",
                LlmComposerTest.KZ, LlmComposerTest.RFE);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private AnswerComposer composer(int timeoutSeconds) {
        LlmSettings settings = new LlmSettings(LlmSettings.Provider.OPENAI, server.baseUrl() + "/v1", KEY,
                "test-model", java.time.Duration.ofSeconds(timeoutSeconds), LlmSettings.DEFAULT_MAX_RETRIES,
                LlmSettings.DEFAULT_TEMPERATURE, null);
        FollowUpRewriter unchanged = (q, c) -> q;
        return LlmComponents.create(settings, extractive, unchanged, Embeddings.miniLm()).orElseThrow().composer();
    }

    @Test
    void answers_end_to_end_through_the_real_client() throws IOException {
        server.respond(200, FakeLlmServer.openAiCompletion(
                "Kazakhstan said it will not recognize the annexation of Ukraine's four occupied regions [1]. "
                        + "Former president Nursultan Nazarbayev agreed [1]."));

        GroundedAnswer a = composer(5).compose(evidence);

        assertEquals(GroundedAnswer.Status.ANSWERED, a.status(), a::toString);
        assertEquals("llm:openai:test-model", a.composer());
        assertEquals(1, a.citations().size());
        assertEquals(1, a.droppedSentences().size());
        FakeLlmServer.Received r = server.received.get(0);
        assertEquals("/v1/chat/completions", r.path());
        assertEquals("Bearer " + KEY, r.authorization());
        JsonNode request = new ObjectMapper().readTree(r.body());
        assertEquals("test-model", request.get("model").asText());
        assertEquals("system", request.get("messages").get(0).get("role").asText());
        assertTrue(request.get("messages").get(1).get("content").asText().contains("[8] ("), r.body());
    }

    @Test
    void falls_back_within_bounded_time_when_the_server_is_too_slow() {
        server.delay(4_000).respond(200, FakeLlmServer.openAiCompletion("too late [1]."));

        long start = System.nanoTime();
        GroundedAnswer a = composer(1).compose(evidence);
        long ms = (System.nanoTime() - start) / 1_000_000;

        assertEquals(FixedComposer.ANSWER, a.answer());
        assertTrue(a.composer().startsWith("extractive (fallback: "), a.composer());
        assertTrue(ms < 5_000, "took " + ms + " ms with a 1 s timeout and no retries");
        assertEquals(1, server.requests.get(), "no retries by default");
    }

    @Test
    void falls_back_on_rate_limiting_without_retrying() {
        server.respond(429, "{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\"}}");

        GroundedAnswer a = composer(5).compose(evidence);

        assertEquals(FixedComposer.ANSWER, a.answer());
        assertTrue(a.composer().contains("RateLimitException"), a.composer());
        assertEquals(1, server.requests.get());
    }

    @Test
    void falls_back_on_a_server_error() {
        server.respond(500, "{\"error\":{\"message\":\"boom\"}}");

        GroundedAnswer a = composer(5).compose(evidence);

        assertEquals(FixedComposer.ANSWER, a.answer());
        assertTrue(a.composer().contains("InternalServerException"), a.composer());
    }

    @Test
    void falls_back_on_bad_credentials_without_revealing_the_key() {
        server.respond(401, "{\"error\":{\"message\":\"Incorrect API key provided: " + KEY + "\"}}");

        GroundedAnswer a = composer(5).compose(evidence);

        assertEquals(FixedComposer.ANSWER, a.answer());
        assertTrue(a.composer().contains("AuthenticationException"), a.composer());
        assertFalse(a.composer().contains(KEY), a.composer());
    }

    @Test
    void falls_back_on_a_malformed_body() {
        server.respond(200, "{\"choices\": [ this is not json");

        GroundedAnswer a = composer(5).compose(evidence);

        assertEquals(FixedComposer.ANSWER, a.answer());
        assertTrue(a.composer().startsWith("extractive (fallback: "), a.composer());
    }

    @Test
    void falls_back_on_an_empty_message() {
        server.respond(200, FakeLlmServer.openAiCompletion("").replace("\"content\":\"\"", "\"content\":null"));

        GroundedAnswer a = composer(5).compose(evidence);

        assertEquals(FixedComposer.ANSWER, a.answer());
        assertTrue(a.composer().contains("no text"), a.composer());
    }

    /** The stand-in for the extractive composer. */
    static final class FixedComposer implements AnswerComposer {
        static final String ANSWER = "extractive answer [1]";

        @Override
        public GroundedAnswer compose(Evidence e) {
            return new GroundedAnswer(e.question(), e.question(), GroundedAnswer.Status.ANSWERED, ANSWER, List.of(),
                    "", name(), List.of(), 1);
        }

        @Override
        public String name() {
            return "extractive";
        }
    }
}
