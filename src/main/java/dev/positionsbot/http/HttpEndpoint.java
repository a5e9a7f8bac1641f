package dev.positionsbot.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.positionsbot.answer.Answerer;
import dev.positionsbot.answer.GroundedAnswer;
import dev.positionsbot.answer.GroundedAnswerJson;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A small optional HTTP side door for operators and scripts: {@code GET /healthz} (200 once the index is loaded,
 * 503 before), {@code GET /metrics} (Prometheus text) and {@code POST /ask} ({@code {"question": "..."}} in, the
 * {@code ask --json} shape out).
 *
 * <p>Built on Jetty 12 (core handlers, no servlets) rather than the JDK's HttpServer. The JDK server reads a request
 * on one of its worker threads, so every half-sent request holds a worker until its request timer
 * ({@code sun.net.httpserver.maxReqTime}, a JVM-wide system property read once) closes the connection. Measured on
 * this machine with 16 half-sent requests open (a small stand-alone program, with 2 busy cores): 4 workers and no
 * timer, a plain request timed out after 30 s; 4 workers and maxReqTime=5, it waited 3.3 s; only with more workers
 * than slow clients (32) did it come back in 0.35 s. Jetty parses requests on its selector without a thread per
 * connection, so slow clients cost no workers (HttpEndpointLoadTest: /ask in normal latency with 16 open), and it
 * has the rest built in: a per-connection idle timeout (headers or body that stop arriving), a connection limit, and
 * graceful shutdown that stops accepting and waits for requests in flight.
 *
 * <p>Load: at most {@value #CONCURRENT_ANSWERS} answers are computed at once (answering is CPU-bound); up to
 * {@value #MAX_WAITING} more questions wait their turn for up to {@link #QUEUE_WAIT} before a {@code 503} with
 * {@code Retry-After}. The answering slot is released before the response is written, so a slow reader never holds
 * it. Every response is counted by status on {@code /metrics}.
 */
public final class HttpEndpoint implements AutoCloseable {

    public static final int MAX_BODY_BYTES = 64 * 1024;
    static final int CONCURRENT_ANSWERS = 2;
    static final int MAX_WAITING = 32;
    static final Duration QUEUE_WAIT = Duration.ofSeconds(5);
    /** A connection that sends nothing (headers, body, or the next request) for this long is closed. */
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(10);
    static final int MAX_CONNECTIONS = 256;
    /** How long SIGTERM waits for answers in flight; well under systemd's default stop timeout of 90 s. */
    static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(20);
    /** Answering, waiting, plus a few for health checks, metrics and Jetty's own acceptor and selector. */
    private static final int MAX_THREADS = CONCURRENT_ANSWERS + MAX_WAITING + 12;

    private static final Logger log = LoggerFactory.getLogger(HttpEndpoint.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final InetSocketAddress address;
    private final Answerer answerer;
    private final AnswerMetrics metrics;
    private final BooleanSupplier ready;
    private final LongSupplier telegramErrors;
    private final HttpStatusCounts statuses = new HttpStatusCounts();
    private final Semaphore answering = new Semaphore(CONCURRENT_ANSWERS, true);
    private final AtomicInteger waiting = new AtomicInteger();
    private Server server;
    private ServerConnector connector;
    private volatile Supplier<List<String>> healthDetail = List::of;

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
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 4);
        threads.setName("http");
        threads.setDaemon(true);
        server = new Server(threads);
        HttpConfiguration config = new HttpConfiguration();
        config.setSendServerVersion(false);
        config.setSendDateHeader(false);
        config.setRequestHeaderSize(16 * 1024);
        connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(config));
        connector.setHost(address.getHostString());
        connector.setPort(address.getPort());
        connector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, connector));
        server.setHandler(new GracefulHandler(new Routes()));
        server.setErrorHandler(new CountingErrorHandler());
        server.setStopTimeout(SHUTDOWN_GRACE.toMillis());
        server.setStopAtShutdown(false);
        try {
            server.start();
        } catch (Exception e) {
            stopQuietly();
            throw new HttpEndpointException("cannot listen on " + address.getHostString() + ":" + address.getPort()
                    + ": " + e.getMessage(), e);
        }
        log.info("HTTP endpoint listening on {}:{} (/healthz, /metrics, /ask)", address.getHostString(), port());
        return this;
    }

    /** The port actually listened on. */
    public synchronized int port() {
        if (connector == null) {
            throw new IllegalStateException("not started");
        }
        return connector.getLocalPort();
    }

    /** How long {@link #close()} waits for requests in flight. */
    public static Duration shutdownGrace() {
        return SHUTDOWN_GRACE;
    }

    /** Responses sent so far, by status. */
    public HttpStatusCounts statuses() {
        return statuses;
    }

    /**
     * Stops accepting connections, lets the requests in flight (answers being computed and questions waiting their
     * turn) finish within {@link #SHUTDOWN_GRACE}, then stops. Idempotent and safe from a shutdown hook.
     */
    @Override
    public synchronized void close() {
        if (server != null) {
            long t0 = System.nanoTime();
            stopQuietly();
            log.info("HTTP endpoint stopped in {} ms", (System.nanoTime() - t0) / 1_000_000);
            server = null;
        }
    }

    private void stopQuietly() {
        try {
            server.stop();
        } catch (Exception e) {
            log.warn("stopping the HTTP endpoint: {}", e.toString());
        }
    }

    /** The endpoint's paths; anything unexpected is a logged 500 rather than a dropped connection. */
    private final class Routes extends Handler.Abstract {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            try {
                switch (Request.getPathInContext(request)) {
                    case "/healthz" -> healthz(request, response, callback);
                    case "/metrics" -> metrics(request, response, callback);
                    case "/ask" -> ask(request, response, callback);
                    default -> sendJson(response, callback, 404,
                            error("no such path; try /healthz, /metrics or POST /ask"));
                }
            } catch (IOException | RuntimeException e) {
                log.error("HTTP {} {} failed", request.getMethod(), Request.getPathInContext(request), e);
                if (response.isCommitted()) {
                    callback.failed(e);
                } else {
                    sendJson(response, callback, 500, error("internal error"));
                }
            }
            return true;
        }
    }

    /** Counts the responses Jetty writes itself (a malformed request line, headers too large, ...). */
    private final class CountingErrorHandler extends ErrorHandler {
        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            statuses.record(response.getStatus());
            return super.handle(request, response, callback);
        }
    }

    private void healthz(Request request, Response response, Callback callback) {
        if (!method(request, response, callback, "GET", "HEAD")) {
            return;
        }
        boolean ok = ready.getAsBoolean();
        StringBuilder body = new StringBuilder(ok ? "ok\n" : "starting\n");
        if (ok) {
            healthDetail.get().forEach(line -> body.append(line).append('\n'));
        }
        send(request, response, callback, ok ? 200 : 503, "text/plain; charset=utf-8", body.toString());
    }

    private void metrics(Request request, Response response, Callback callback) {
        if (!method(request, response, callback, "GET", "HEAD")) {
            return;
        }
        send(request, response, callback, 200, PrometheusText.CONTENT_TYPE,
                PrometheusText.render(metrics.snapshot(), telegramErrors.getAsLong(), statuses.snapshot()));
    }

    private void ask(Request request, Response response, Callback callback) throws IOException {
        if (!method(request, response, callback, "POST")) {
            return;
        }
        if (!ready.getAsBoolean()) {
            sendJson(response, callback, 503, error("not ready: the index is still loading"));
            return;
        }
        byte[] body = readBody(request);
        if (body == null) {
            sendJson(response, callback, 400, error("request body too large (limit " + MAX_BODY_BYTES + " bytes)"));
            return;
        }
        String question;
        try {
            JsonNode json = JSON.readTree(body);
            if (json == null || !json.isObject()) {
                sendJson(response, callback, 400, error("body must be a JSON object like {\"question\": \"...\"}"));
                return;
            }
            JsonNode q = json.get("question");
            if (q == null || !q.isTextual() || q.asText().isBlank()) {
                sendJson(response, callback, 400, error("field \"question\" is missing or not a non-empty string"));
                return;
            }
            question = q.asText();
        } catch (JsonProcessingException e) {
            sendJson(response, callback, 400, error("body is not valid JSON: " + e.getOriginalMessage()));
            return;
        }
        if (!awaitTurn()) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, Long.toString(QUEUE_WAIT.toSeconds()));
            sendJson(response, callback, 503, error("busy: too many questions at once, retry shortly"));
            return;
        }
        GroundedAnswer answer;
        try {
            answer = answerer.answer(question);
        } finally {
            // released before writing: a client that reads its response slowly must not hold up the next question
            answering.release();
        }
        sendJson(response, callback, 200, GroundedAnswerJson.toJson(answer));
    }

    /** Waits up to {@link #QUEUE_WAIT} for an answering slot; false when the queue is full or the wait ran out. */
    private boolean awaitTurn() {
        if (waiting.incrementAndGet() > MAX_WAITING) {
            waiting.decrementAndGet();
            return false;
        }
        try {
            return answering.tryAcquire(QUEUE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            waiting.decrementAndGet();
        }
    }

    /**
     * A body over the limit is still read (and dropped) up to this size before the 400 goes out: a server that answers
     * and closes while the client is still sending makes the client see a reset connection instead of the answer.
     */
    private static final long DRAIN_LIMIT = 1024 * 1024;

    /** The body, or null when it is larger than {@link #MAX_BODY_BYTES}. */
    private static byte[] readBody(Request request) throws IOException {
        long declared = request.getLength();
        try (InputStream in = Content.Source.asInputStream(request)) {
            if (declared > MAX_BODY_BYTES) {
                drain(in, declared);
                return null;
            }
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                drain(in, declared);
                return null;
            }
            return bytes;
        }
    }

    private static void drain(InputStream in, long declared) throws IOException {
        if (declared > DRAIN_LIMIT) {
            return; // too much to read for nothing: the client may see the connection close instead
        }
        long left = DRAIN_LIMIT;
        byte[] sink = new byte[8192];
        int n;
        while (left > 0 && (n = in.read(sink, 0, (int) Math.min(sink.length, left))) > 0) {
            left -= n;
        }
    }

    private boolean method(Request request, Response response, Callback callback, String... allowed) {
        for (String m : allowed) {
            if (m.equals(request.getMethod())) {
                return true;
            }
        }
        response.getHeaders().put(HttpHeader.ALLOW, String.join(", ", allowed));
        sendJson(response, callback, 405, error("method " + request.getMethod() + " not allowed on "
                + Request.getPathInContext(request) + "; use " + String.join(" or ", allowed)));
        return false;
    }

    private static JsonNode error(String message) {
        return JSON.valueToTree(Map.of("error", message));
    }

    private void sendJson(Response response, Callback callback, int status, JsonNode json) {
        String text;
        try {
            text = JSON.writeValueAsString(json) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
        send(null, response, callback, status, "application/json; charset=utf-8", text);
    }

    private void send(Request request, Response response, Callback callback, int status, String contentType,
                      String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        statuses.record(status);
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        boolean head = request != null && "HEAD".equals(request.getMethod());
        response.write(true, head ? ByteBuffer.allocate(0) : ByteBuffer.wrap(bytes), callback);
    }
}
