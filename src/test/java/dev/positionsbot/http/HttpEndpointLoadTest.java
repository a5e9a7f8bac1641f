package dev.positionsbot.http;

import dev.positionsbot.answer.Answerer;
import dev.positionsbot.answer.Conversation;
import dev.positionsbot.answer.GroundedAnswer;
import dev.positionsbot.answer.SourceInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The endpoint under slow clients, concurrent clients, a full queue and shutdown, through real sockets. */
class HttpEndpointLoadTest {

    private final AnswerMetrics metrics = new AnswerMetrics();
    private final List<Socket> slowClients = new ArrayList<>();
    private HttpEndpoint endpoint;

    @AfterEach
    void stop() throws IOException {
        for (Socket s : slowClients) {
            s.close();
        }
        if (endpoint != null) {
            endpoint.close();
        }
    }

    private void start(Answerer answerer) {
        endpoint = new HttpEndpoint(new InetSocketAddress("127.0.0.1", 0), new MeteredAnswerer(answerer, metrics),
                metrics, () -> true, () -> 0).start();
    }

    @Test
    void ask_answers_in_normal_latency_while_sixteen_half_sent_requests_stay_open() throws Exception {
        start(new GatedAnswerer(Duration.ofMillis(20)));
        HttpClient client = HttpClient.newHttpClient();
        long baseline = slowestOf(5, client);
        for (int i = 0; i < 16; i++) {
            Socket s = new Socket("127.0.0.1", endpoint.port());
            OutputStream out = s.getOutputStream();
            // headers announced a body that never comes; the next one sends half a header block
            out.write((i % 2 == 0 ? "POST /ask HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{\"q"
                    : "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: ").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            slowClients.add(s);
        }
        long withSlowClients = slowestOf(5, client);
        assertTrue(withSlowClients < Math.max(1000, 5 * baseline), "slowest /ask took " + withSlowClients
                + " ms with 16 slow connections open, " + baseline + " ms without");
        assertEquals(200, send(client, "/healthz", null).statusCode());
    }

    @Test
    void a_connection_that_stops_sending_is_closed_after_the_idle_timeout() throws Exception {
        start(new GatedAnswerer(Duration.ZERO));
        try (Socket s = new Socket("127.0.0.1", endpoint.port())) {
            s.setSoTimeout((int) HttpEndpoint.IDLE_TIMEOUT.toMillis() + 10_000);
            s.getOutputStream().write("POST /ask HTTP/1.1\r\nHost: x\r\nContent-Le".getBytes(StandardCharsets.US_ASCII));
            long t0 = System.nanoTime();
            int read = s.getInputStream().read();
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(-1, read, "closed without a response");
            assertTrue(ms >= HttpEndpoint.IDLE_TIMEOUT.toMillis() - 500, "closed after " + ms + " ms");
        }
    }

    @Test
    void eight_concurrent_clients_asking_ten_questions_each_all_get_200() throws Exception {
        start(new GatedAnswerer(Duration.ofMillis(30)));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Integer>>> clients = new ArrayList<>();
            for (int c = 0; c < 8; c++) {
                clients.add(pool.submit(() -> {
                    HttpClient client = HttpClient.newHttpClient();
                    List<Integer> codes = new ArrayList<>();
                    for (int q = 0; q < 10; q++) {
                        codes.add(send(client, "/ask", "{\"question\": \"question " + q + "\"}").statusCode());
                    }
                    return codes;
                }));
            }
            for (Future<List<Integer>> f : clients) {
                assertEquals(List.of(200, 200, 200, 200, 200, 200, 200, 200, 200, 200), f.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(80, endpoint.statuses().count(200));
        assertEquals(0, endpoint.statuses().count(503));
    }

    @Test
    void a_hundred_sequential_questions_never_get_a_503() throws Exception {
        start(new GatedAnswerer(Duration.ZERO));
        HttpClient client = HttpClient.newHttpClient();
        for (int i = 0; i < 100; i++) {
            assertEquals(200, send(client, "/ask", "{\"question\": \"q" + i + "\"}").statusCode(), "question " + i);
        }
    }

    @Test
    void a_question_beyond_the_queue_gets_503_with_retry_after_and_every_status_is_counted() throws Exception {
        GatedAnswerer gated = new GatedAnswerer(Duration.ZERO);
        gated.close();
        start(gated);
        HttpClient client = HttpClient.newHttpClient();
        List<CompletableFuture<HttpResponse<String>>> queued = new ArrayList<>();
        for (int i = 0; i < HttpEndpoint.CONCURRENT_ANSWERS + HttpEndpoint.MAX_WAITING; i++) {
            queued.add(client.sendAsync(request("/ask", "{\"question\": \"q" + i + "\"}"),
                    HttpResponse.BodyHandlers.ofString()));
        }
        assertTrue(gated.waitUntilEntered(HttpEndpoint.CONCURRENT_ANSWERS), "two answers started");
        Thread.sleep(500); // the rest reach the queue
        HttpResponse<String> refused = send(client, "/ask", "{\"question\": \"one too many\"}");
        assertEquals(503, refused.statusCode(), refused.body());
        assertEquals("5", refused.headers().firstValue("Retry-After").orElse(""));
        gated.open();
        for (CompletableFuture<HttpResponse<String>> f : queued) {
            assertEquals(200, f.get(30, TimeUnit.SECONDS).statusCode());
        }
        assertEquals(404, send(client, "/nope", null).statusCode());
        String text = send(client, "/metrics", null).body();
        int answered = HttpEndpoint.CONCURRENT_ANSWERS + HttpEndpoint.MAX_WAITING;
        assertTrue(text.contains("positionsbot_http_responses_total{status=\"200\"} " + answered), text);
        assertTrue(text.contains("positionsbot_http_responses_total{status=\"503\"} 1"), text);
        assertTrue(text.contains("positionsbot_http_responses_total{status=\"404\"} 1"), text);
    }

    @Test
    void a_malformed_request_line_is_answered_by_jetty_and_counted() throws Exception {
        start(new GatedAnswerer(Duration.ZERO));
        int status;
        try (Socket s = new Socket("127.0.0.1", endpoint.port())) {
            s.getOutputStream().write("NOT A REQUEST\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            String reply = new String(s.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertTrue(reply.matches("HTTP/1\\.1 [45]\\d\\d"), reply);
            status = Integer.parseInt(reply.substring(9, 12));
        }
        assertEquals(1, endpoint.statuses().count(status), endpoint.statuses().snapshot().toString());
    }

    @Test
    void close_finishes_the_answers_in_flight_and_then_refuses_connections() throws Exception {
        GatedAnswerer gated = new GatedAnswerer(Duration.ZERO);
        gated.close();
        start(gated);
        int port = endpoint.port();
        HttpClient client = HttpClient.newHttpClient();
        List<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            inFlight.add(client.sendAsync(request("/ask", "{\"question\": \"q" + i + "\"}"),
                    HttpResponse.BodyHandlers.ofString()));
        }
        assertTrue(gated.waitUntilEntered(2));
        Thread closer = new Thread(endpoint::close);
        closer.start();
        Thread.sleep(300);
        assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", port).close(),
                "no new connections while draining");
        gated.open();
        for (CompletableFuture<HttpResponse<String>> f : inFlight) {
            HttpResponse<String> r = f.get(30, TimeUnit.SECONDS);
            assertEquals(200, r.statusCode(), r.body());
        }
        closer.join(30_000);
        endpoint = null;
    }

    private long slowestOf(int n, HttpClient client) throws Exception {
        long slowest = 0;
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            assertEquals(200, send(client, "/ask", "{\"question\": \"q" + i + "\"}").statusCode());
            slowest = Math.max(slowest, (System.nanoTime() - t0) / 1_000_000);
        }
        return slowest;
    }

    private HttpResponse<String> send(HttpClient client, String path, String body)
            throws IOException, InterruptedException {
        return client.send(request(path, body), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String path, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoint.port() + path))
                .timeout(Duration.ofSeconds(30));
        return body == null ? b.GET().build()
                : b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** Answers after a fixed delay, or holds every answer until {@link #open()} once {@link #close()}d. */
    private static final class GatedAnswerer implements Answerer {
        private final Duration delay;
        private final FakeAnswerer answers = new FakeAnswerer();
        private final AtomicInteger entered = new AtomicInteger();
        private volatile CountDownLatch gate = new CountDownLatch(0);

        GatedAnswerer(Duration delay) {
            this.delay = delay;
        }

        void close() {
            gate = new CountDownLatch(1);
        }

        void open() {
            gate.countDown();
        }

        boolean waitUntilEntered(int n) throws InterruptedException {
            for (int i = 0; i < 200 && entered.get() < n; i++) {
                Thread.sleep(25);
            }
            return entered.get() >= n;
        }

        @Override
        public GroundedAnswer answer(String question, Conversation conversation) {
            entered.incrementAndGet();
            try {
                gate.await(30, TimeUnit.SECONDS);
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return answers.answer(question, conversation);
        }

        @Override
        public List<SourceInfo> sources() {
            return List.of();
        }

        @Override
        public String coverage() {
            return "nothing";
        }
    }
}
