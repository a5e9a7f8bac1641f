package dev.positionsbot.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HttpEndpointTest {

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicBoolean ready = new AtomicBoolean(false);
    private final AnswerMetrics metrics = new AnswerMetrics();
    private final FakeAnswerer fake = new FakeAnswerer();
    private HttpEndpoint endpoint;

    @BeforeEach
    void start() {
        endpoint = new HttpEndpoint(new InetSocketAddress("127.0.0.1", 0), new MeteredAnswerer(fake, metrics),
                metrics, ready::get, () -> 5).start();
    }

    @AfterEach
    void stop() {
        endpoint.close();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + endpoint.port() + path);
    }

    @Test
    void healthz_is_503_until_ready_then_200_ok() throws Exception {
        HttpResponse<String> before = get("/healthz");
        assertEquals(503, before.statusCode());

        ready.set(true);

        HttpResponse<String> after = get("/healthz");
        assertEquals(200, after.statusCode());
        assertEquals("ok", after.body().strip());
    }

    @Test
    void health_probe_succeeds_only_when_healthz_is_200() {
        String port = String.valueOf(endpoint.port());
        assertFalse(HealthProbe.probe(port));
        ready.set(true);
        assertTrue(HealthProbe.probe(port));
    }

    @Test
    void ask_returns_the_ask_json_shape() throws Exception {
        ready.set(true);

        HttpResponse<String> response = post("/ask", "{\"question\": \"What did Kazakhstan say?\"}");

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode body = json.readTree(response.body());
        assertEquals("What did Kazakhstan say?", body.get("question").asText());
        assertEquals("answered", body.get("status").asText());
        assertEquals("An answer [1].", body.get("answer").asText());
        JsonNode citation = body.get("citations").get(0);
        assertEquals(1, citation.get("n").asInt());
        assertEquals("knowledge/a1.md", citation.get("file").asText());
        assertEquals("A verbatim sentence.", citation.get("quote").asText());
        assertEquals(List.of("What did Kazakhstan say?"), fake.asked);
    }

    @Test
    void ask_with_malformed_json_is_400_naming_the_problem() throws Exception {
        ready.set(true);

        HttpResponse<String> response = post("/ask", "{\"question\": ");

        assertEquals(400, response.statusCode());
        assertTrue(json.readTree(response.body()).get("error").asText().contains("not valid JSON"), response.body());
        assertTrue(fake.asked.isEmpty());
    }

    @Test
    void ask_without_a_question_field_is_400() throws Exception {
        ready.set(true);

        HttpResponse<String> response = post("/ask", "{\"q\": \"hello\"}");

        assertEquals(400, response.statusCode());
        assertTrue(json.readTree(response.body()).get("error").asText().contains("\"question\""), response.body());
    }

    @Test
    void ask_with_a_body_over_64_kib_is_400() throws Exception {
        ready.set(true);
        String big = "{\"question\": \"" + "x".repeat(HttpEndpoint.MAX_BODY_BYTES) + "\"}";

        HttpResponse<String> response = post("/ask", big);

        assertEquals(400, response.statusCode());
        assertTrue(json.readTree(response.body()).get("error").asText().contains("too large"), response.body());
        assertTrue(fake.asked.isEmpty());
    }

    @Test
    void get_on_ask_is_405_with_an_allow_header() throws Exception {
        ready.set(true);

        HttpResponse<String> response = get("/ask");

        assertEquals(405, response.statusCode());
        assertEquals("POST", response.headers().firstValue("Allow").orElse(""));
    }

    @Test
    void ask_before_the_index_is_loaded_is_503() throws Exception {
        HttpResponse<String> response = post("/ask", "{\"question\": \"anything\"}");

        assertEquals(503, response.statusCode());
        assertTrue(fake.asked.isEmpty());
    }

    @Test
    void unknown_path_is_404() throws Exception {
        assertEquals(404, get("/nope").statusCode());
        assertEquals(404, get("/healthzx").statusCode());
    }

    @Test
    void metrics_count_questions_refusals_and_latency_after_two_questions() throws Exception {
        ready.set(true);
        assertEquals(200, post("/ask", "{\"question\": \"first\"}").statusCode());
        assertEquals(200, post("/ask", "{\"question\": \"please refuse\"}").statusCode());

        HttpResponse<String> response = get("/metrics");

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        Map<String, Double> samples = parseExposition(response.body());
        assertEquals(2.0, samples.get("positionsbot_questions_total"));
        assertEquals(1.0, samples.get("positionsbot_refusals_total"));
        assertEquals(5.0, samples.get("positionsbot_telegram_errors_total"));
        assertEquals(2.0, samples.get("positionsbot_answer_latency_seconds_count"));
        assertEquals(2.0, samples.get("positionsbot_answer_latency_seconds_bucket{le=\"+Inf\"}"));
        assertTrue(samples.get("positionsbot_answer_latency_seconds_sum") >= 0);
    }

    /**
     * A strict reading of the text exposition format: every sample belongs to a family declared by HELP and TYPE
     * lines before it, values are numbers, histogram buckets are cumulative and end with +Inf equal to _count.
     */
    static Map<String, Double> parseExposition(String text) {
        Map<String, Double> samples = new HashMap<>();
        Map<String, String> types = new HashMap<>();
        java.util.Set<String> helped = new java.util.HashSet<>();
        double previousBucket = -1;
        for (String line : text.split("\n")) {
            if (line.startsWith("# HELP ")) {
                helped.add(line.split(" ")[2]);
                continue;
            }
            if (line.startsWith("# TYPE ")) {
                String[] parts = line.split(" ");
                assertTrue(List.of("counter", "gauge", "histogram", "summary", "untyped").contains(parts[3]), line);
                types.put(parts[2], parts[3]);
                continue;
            }
            assertTrue(line.matches("[a-zA-Z_:][a-zA-Z0-9_:]*(\\{[a-zA-Z_]+=\"[^\"]*\"})? \\S+"), "bad line: " + line);
            String series = line.substring(0, line.lastIndexOf(' '));
            double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            String name = series.contains("{") ? series.substring(0, series.indexOf('{')) : series;
            String family = name.replaceFirst("_(bucket|sum|count)$", "");
            if (!types.containsKey(name)) {
                assertEquals("histogram", types.get(family), "no TYPE for " + name);
            } else {
                family = name;
            }
            assertTrue(helped.contains(family), "no HELP for " + family);
            if (name.endsWith("_bucket")) {
                assertTrue(value >= previousBucket, "buckets must be cumulative: " + line);
                previousBucket = value;
            }
            samples.put(series, value);
        }
        return samples;
    }
}
