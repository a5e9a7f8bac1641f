package dev.positionsbot.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.positionsbot.answer.Answerer;
import dev.positionsbot.answer.GroundedAnswer;
import dev.positionsbot.answer.GroundedAnswerJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A small optional HTTP side door for operators and scripts: {@code GET /healthz} (200 once the index is loaded,
 * 503 before), {@code GET /metrics} (Prometheus text) and {@code POST /ask} ({@code {"question": "..."}} in, the
 * {@code ask --json} shape out). Built on the JDK's HttpServer to add no dependency; the thread pool and the number
 * of concurrent answers are bounded so that a burst of requests cannot starve the Telegram front end.
 */
public final class HttpEndpoint implements AutoCloseable {

    public static final int MAX_BODY_BYTES = 64 * 1024;
    private static final int THREADS = 4;
    private static final int QUEUE = 64;
    private static final int CONCURRENT_ANSWERS = 2;

    private static final Logger log = LoggerFactory.getLogger(HttpEndpoint.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final InetSocketAddress address;
    private final Answerer answerer;
    private final AnswerMetrics metrics;
    private final BooleanSupplier ready;
    private final LongSupplier telegramErrors;
    private final Semaphore answering = new Semaphore(CONCURRENT_ANSWERS);
    private volatile Supplier<List<String>> healthDetail = List::of;
    private HttpServer server;
    private ThreadPoolExecutor executor;

    /**
     * @param address        where to listen; port 0 picks a free port (see {@link #port()})
     * @param answerer       answers {@code /ask}; pass the {@link MeteredAnswerer} so that /ask is counted too
     * @param metrics        what {@code /metrics} shows
     * @param ready          true once the index is loaded and questions can be answered
     * @param telegramErrors failed Telegram API calls so far (return 0 when Telegram is not running)
     */
    public HttpEndpoint(InetSocketAddress address, Answerer answerer, AnswerMetrics metrics, BooleanSupplier ready,
                        LongSupplier telegramErrors) {
        this.address = address;
        this.answerer = answerer;
        this.metrics = metrics;
        this.ready = ready;
        this.telegramErrors = telegramErrors;
    }

    /** Convenience for the configured bind address and port. */
    public HttpEndpoint(String bind, int port, Answerer answerer, AnswerMetrics metrics, BooleanSupplier ready,
                        LongSupplier telegramErrors) {
        this(new InetSocketAddress(bind, port), answerer, metrics, ready, telegramErrors);
    }

    /** Lines {@code /healthz} shows after "ok" (e.g. knowledge files skipped); a problem there does not make it fail. */
    public HttpEndpoint healthDetail(Supplier<List<String>> detail) {
        this.healthDetail = detail;
        return this;
    }

    public synchronized HttpEndpoint start() {
        try {
            server = HttpServer.create(address, 0);
        } catch (IOException e) {
            throw new HttpEndpointException("cannot listen on " + address.getHostString() + ":" + address.getPort()
                    + ": " + e.getMessage(), e);
        }
        AtomicInteger n = new AtomicInteger();
        // CallerRuns only when 64 requests are already queued: the accept thread then slows down, which is the
        // back-pressure we want, instead of the JDK server dropping connections on a rejected task.
        executor = new ThreadPoolExecutor(THREADS, THREADS, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUE),
                r -> {
                    Thread t = new Thread(r, "http-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
        server.setExecutor(executor);
        server.createContext("/", guarded(this::route));
        server.start();
        log.info("HTTP endpoint listening on {}:{} (/healthz, /metrics, /ask)", address.getHostString(), port());
        return this;
    }

    /** The port actually listened on. */
    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("not started");
        }
        return server.getAddress().getPort();
    }

    /** Stops listening, letting answers in progress finish (up to a few seconds) so that SIGTERM loses none. */
    @Override
    public synchronized void close() {
        if (server != null) {
            boolean drained = false;
            try {
                drained = answering.tryAcquire(CONCURRENT_ANSWERS, 5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            // HttpServer.stop(n) would also wait n seconds for idle keep-alive connections; answers are drained above
            server.stop(0);
            executor.shutdownNow();
            server = null;
            if (drained) {
                answering.release(CONCURRENT_ANSWERS);
            }
        }
    }

    private void route(HttpExchange ex) throws IOException {
        switch (ex.getRequestURI().getPath()) {
            case "/healthz" -> healthz(ex);
            case "/metrics" -> metrics(ex);
            case "/ask" -> ask(ex);
            default -> sendJson(ex, 404, error("no such path; try /healthz, /metrics or POST /ask"));
        }
    }

    private void healthz(HttpExchange ex) throws IOException {
        if (!method(ex, "GET", "HEAD")) {
            return;
        }
        boolean ok = ready.getAsBoolean();
        StringBuilder body = new StringBuilder(ok ? "ok\n" : "starting\n");
        if (ok) {
            healthDetail.get().forEach(line -> body.append(line).append('\n'));
        }
        send(ex, ok ? 200 : 503, "text/plain; charset=utf-8", body.toString());
    }

    private void metrics(HttpExchange ex) throws IOException {
        if (!method(ex, "GET", "HEAD")) {
            return;
        }
        send(ex, 200, PrometheusText.CONTENT_TYPE,
                PrometheusText.render(metrics.snapshot(), telegramErrors.getAsLong()));
    }

    private void ask(HttpExchange ex) throws IOException {
        if (!method(ex, "POST")) {
            return;
        }
        if (!ready.getAsBoolean()) {
            sendJson(ex, 503, error("not ready: the index is still loading"));
            return;
        }
        byte[] body = readBody(ex);
        if (body == null) {
            sendJson(ex, 400, error("request body too large (limit " + MAX_BODY_BYTES + " bytes)"));
            return;
        }
        String question;
        try {
            JsonNode json = JSON.readTree(body);
            JsonNode q = json == null ? null : json.get("question");
            if (json == null || !json.isObject()) {
                sendJson(ex, 400, error("body must be a JSON object like {\"question\": \"...\"}"));
                return;
            }
            if (q == null || !q.isTextual() || q.asText().isBlank()) {
                sendJson(ex, 400, error("field \"question\" is missing or not a non-empty string"));
                return;
            }
            question = q.asText().strip();
        } catch (JsonProcessingException e) {
            sendJson(ex, 400, error("body is not valid JSON: " + e.getOriginalMessage()));
            return;
        }
        if (!answering.tryAcquire()) {
            ex.getResponseHeaders().set("Retry-After", "1");
            sendJson(ex, 503, error("busy: too many questions at once, retry shortly"));
            return;
        }
        try {
            GroundedAnswer answer = answerer.answer(question);
            sendJson(ex, 200, GroundedAnswerJson.toJson(answer));
        } finally {
            answering.release();
        }
    }

    /** The body, or null when it is larger than {@link #MAX_BODY_BYTES}. */
    private static byte[] readBody(HttpExchange ex) throws IOException {
        String declared = ex.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.trim()) > MAX_BODY_BYTES) {
                    return null;
                }
            } catch (NumberFormatException e) {
                // let the server's own framing decide; the read below is bounded anyway
            }
        }
        try (InputStream in = ex.getRequestBody()) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            return bytes.length > MAX_BODY_BYTES ? null : bytes;
        }
    }

    private static boolean method(HttpExchange ex, String... allowed) throws IOException {
        for (String m : allowed) {
            if (m.equals(ex.getRequestMethod())) {
                return true;
            }
        }
        ex.getResponseHeaders().set("Allow", String.join(", ", allowed));
        sendJson(ex, 405, error("method " + ex.getRequestMethod() + " not allowed on " + ex.getRequestURI().getPath()
                + "; use " + String.join(" or ", allowed)));
        return false;
    }

    private static JsonNode error(String message) {
        return JSON.valueToTree(Map.of("error", message));
    }

    private static void sendJson(HttpExchange ex, int status, JsonNode json) throws IOException {
        send(ex, status, "application/json; charset=utf-8", JSON.writeValueAsString(json) + "\n");
    }

    private static void send(HttpExchange ex, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", contentType);
        boolean head = "HEAD".equals(ex.getRequestMethod());
        ex.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** Every exchange is closed, and an unexpected failure is a logged 500 rather than a dropped connection. */
    private static HttpHandler guarded(HttpHandler handler) {
        return ex -> {
            try {
                handler.handle(ex);
            } catch (RuntimeException e) {
                log.error("HTTP {} {} failed", ex.getRequestMethod(), ex.getRequestURI().getPath(), e);
                try {
                    sendJson(ex, 500, error("internal error"));
                } catch (IOException | RuntimeException ignored) {
                    // headers may already be sent; closing below ends the response
                }
            } finally {
                ex.close();
            }
        };
    }
}
