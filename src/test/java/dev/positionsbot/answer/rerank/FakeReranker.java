package dev.positionsbot.answer.rerank;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.ToDoubleBiFunction;

/**
 * A reranking server in text-embeddings-inference form on 127.0.0.1: {@code POST /rerank} scores each text with a
 * function of (query, text) and answers {@code [{"index", "score"}]} best first, as the real server does. It records
 * each request body; a fixed status and body, or a delay, can replace the normal reply.
 */
public final class FakeReranker implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    public final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private volatile ToDoubleBiFunction<String, String> scores = (q, t) -> 0.5;
    private volatile int status = 200;
    private volatile String fixedBody;
    private volatile long delayMs;

    public FakeReranker() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/rerank", exchange -> {
            try {
                JsonNode request = JSON.readTree(exchange.getRequestBody().readAllBytes());
                requests.add(request);
                if (delayMs > 0) {
                    Thread.sleep(delayMs);
                }
                String body = fixedBody != null ? fixedBody : reply(request);
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(fixedBody != null ? status : 200, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                // the client gave up (timeout): nothing to answer
            } finally {
                exchange.close();
            }
        });
        server.setExecutor(executor);
        server.start();
    }

    private String reply(JsonNode request) {
        String query = request.path("query").asText();
        List<double[]> scored = new ArrayList<>();
        JsonNode texts = request.path("texts");
        for (int i = 0; i < texts.size(); i++) {
            scored.add(new double[] {i, scores.applyAsDouble(query, texts.get(i).asText())});
        }
        scored.sort(Comparator.comparingDouble((double[] s) -> s[1]).reversed());
        ArrayNode out = JSON.createArrayNode();
        for (double[] s : scored) {
            out.addObject().put("index", (int) s[0]).put("score", s[1]);
        }
        return out.toString();
    }

    /** The base URL, without {@code /rerank}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Scores each text with {@code f(query, text)}. */
    public FakeReranker scoring(ToDoubleBiFunction<String, String> f) {
        this.scores = f;
        this.fixedBody = null;
        return this;
    }

    /** Answers every request with this status and body instead of scores. */
    public FakeReranker answering(int status, String body) {
        this.status = status;
        this.fixedBody = body;
        return this;
    }

    public FakeReranker delaying(long ms) {
        this.delayMs = ms;
        return this;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
