package dev.positionsbot.answer.rerank;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.data.segment.TextSegment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TeiRerankScoringModelTest {

    private FakeReranker server;

    @BeforeEach
    void start() throws IOException {
        server = new FakeReranker();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private TeiRerankScoringModel client() {
        return new TeiRerankScoringModel(server.url(), Duration.ofSeconds(2), Duration.ofSeconds(5));
    }

    private static List<TextSegment> segments(String... texts) {
        return java.util.Arrays.stream(texts).map(TextSegment::from).toList();
    }

    @Test
    void posts_the_query_and_the_texts_in_order_with_normalised_scores_asked_for() {
        client().scoreAll(segments("first sentence", "second sentence"), "what was said?");
        assertEquals(1, server.requests.size());
        JsonNode body = server.requests.get(0);
        assertEquals("what was said?", body.path("query").asText());
        assertEquals(List.of("first sentence", "second sentence"),
                IntStream.range(0, 2).mapToObj(i -> body.path("texts").get(i).asText()).toList());
        assertTrue(body.path("raw_scores").isBoolean() && !body.path("raw_scores").asBoolean(), body.toString());
    }

    @Test
    void maps_scores_back_to_the_texts_by_index_whatever_the_reply_order() {
        // the fake answers best first, as the real server does: the reply order is not the text order
        server.scoring((q, t) -> t.startsWith("low") ? 0.1 : t.startsWith("high") ? 0.9 : 0.5);
        List<Double> scores = client().scoreAll(segments("low one", "middle one", "high one"), "q").content();
        assertEquals(List.of(0.1, 0.5, 0.9), scores);
    }

    @Test
    void splits_many_texts_into_batches_the_server_accepts_and_keeps_their_order() {
        server.scoring((q, t) -> Integer.parseInt(t) / 100.0);
        TeiRerankScoringModel client = new TeiRerankScoringModel(server.url(), Duration.ofSeconds(2),
                Duration.ofSeconds(5), 4);
        List<TextSegment> texts = IntStream.range(0, 10).mapToObj(i -> TextSegment.from(Integer.toString(i))).toList();
        List<Double> scores = client.scoreAll(texts, "q").content();
        assertEquals(IntStream.range(0, 10).mapToObj(i -> i / 100.0).toList(), scores);
        assertEquals(List.of(4, 4, 2), server.requests.stream().map(r -> r.path("texts").size()).toList());
    }

    @Test
    void asks_nothing_for_no_texts() {
        assertTrue(client().scoreAll(List.of(), "q").content().isEmpty());
        assertTrue(server.requests.isEmpty());
    }

    @Test
    void a_server_error_names_the_url_and_the_status() {
        server.answering(503, "{\"error\":\"model is loading\"}");
        RerankerException e = assertThrows(RerankerException.class, () -> client().scoreAll(segments("a"), "q"));
        assertEquals(RerankerException.Kind.HTTP_STATUS, e.kind());
        assertTrue(e.getMessage().contains(server.url() + "/rerank"), e.getMessage());
        assertTrue(e.getMessage().contains("HTTP 503"), e.getMessage());
        assertTrue(e.getMessage().contains("model is loading"), "the server's own words help: " + e.getMessage());
    }

    @Test
    void a_reply_that_is_not_json_is_a_clear_error() {
        server.answering(200, "<html>gateway</html>");
        RerankerException e = assertThrows(RerankerException.class, () -> client().scoreAll(segments("a"), "q"));
        assertEquals(RerankerException.Kind.MALFORMED_REPLY, e.kind());
        assertTrue(e.getMessage().contains("not JSON") && e.getMessage().contains(server.url()), e.getMessage());
    }

    @Test
    void a_reply_of_another_shape_is_a_clear_error() {
        server.answering(200, "{\"results\":[{\"index\":0,\"relevance_score\":0.9}]}");
        RerankerException e = assertThrows(RerankerException.class, () -> client().scoreAll(segments("a"), "q"));
        assertTrue(e.getMessage().contains("not a JSON array"), e.getMessage());
    }

    @Test
    void a_reply_with_the_wrong_number_of_scores_is_a_clear_error() {
        server.answering(200, "[{\"index\":0,\"score\":0.9}]");
        RerankerException e = assertThrows(RerankerException.class,
                () -> client().scoreAll(segments("a", "b"), "q"));
        assertTrue(e.getMessage().contains("1 scores for 2 texts"), e.getMessage());
    }

    @Test
    void an_index_out_of_range_or_twice_is_a_clear_error() {
        server.answering(200, "[{\"index\":0,\"score\":0.9},{\"index\":2,\"score\":0.1}]");
        RerankerException out = assertThrows(RerankerException.class,
                () -> client().scoreAll(segments("a", "b"), "q"));
        assertTrue(out.getMessage().contains("index 2, outside 0..1"), out.getMessage());
        server.answering(200, "[{\"index\":1,\"score\":0.9},{\"index\":1,\"score\":0.1}]");
        RerankerException twice = assertThrows(RerankerException.class,
                () -> client().scoreAll(segments("a", "b"), "q"));
        assertTrue(twice.getMessage().contains("index 1 twice"), twice.getMessage());
    }

    @Test
    void raw_scores_outside_zero_to_one_are_refused_since_the_minimum_score_reads_that_scale() {
        server.answering(200, "[{\"index\":0,\"score\":4.2}]");
        RerankerException e = assertThrows(RerankerException.class, () -> client().scoreAll(segments("a"), "q"));
        assertTrue(e.getMessage().contains("outside [0, 1]"), e.getMessage());
        server.answering(200, "[{\"index\":0,\"score\":\"high\"}]");
        assertThrows(RerankerException.class, () -> client().scoreAll(segments("a"), "q"));
    }

    @Test
    void a_slow_server_times_out_with_the_url_and_the_limit() {
        server.scoring((q, t) -> 0.5).delaying(3_000);
        TeiRerankScoringModel client = new TeiRerankScoringModel(server.url(), Duration.ofSeconds(2),
                Duration.ofMillis(300));
        long t0 = System.nanoTime();
        RerankerException e = assertThrows(RerankerException.class, () -> client.scoreAll(segments("a"), "q"));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(RerankerException.Kind.TIMEOUT, e.kind());
        assertTrue(e.getMessage().contains("300 ms") && e.getMessage().contains(server.url()), e.getMessage());
        assertTrue(ms < 2_500, "gave up after the timeout, not the server's delay: " + ms + " ms");
    }

    @Test
    void a_server_that_is_down_is_reported_as_unreachable() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        TeiRerankScoringModel client = new TeiRerankScoringModel("http://127.0.0.1:" + port, Duration.ofSeconds(2),
                Duration.ofSeconds(2));
        RerankerException e = assertThrows(RerankerException.class, () -> client.scoreAll(segments("a"), "q"));
        assertEquals(RerankerException.Kind.UNREACHABLE, e.kind());
        assertTrue(e.getMessage().contains("127.0.0.1:" + port + "/rerank"), e.getMessage());
    }

    @Test
    void the_url_in_messages_hides_a_password() {
        TeiRerankScoringModel client = new TeiRerankScoringModel("http://user:secret@127.0.0.1:9/", Duration.ofSeconds(1),
                Duration.ofSeconds(1));
        assertEquals("http://127.0.0.1:9/rerank", client.url());
        assertFalse(client.toString().contains("secret"));
    }
}
