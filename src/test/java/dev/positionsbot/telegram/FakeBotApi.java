package dev.positionsbot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Bot API server on 127.0.0.1 for tests: serves scripted updates through getUpdates with Telegram's offset
 * semantics (an update below the requested offset is confirmed and never served again), answers the other methods
 * the bot uses, records every request, and can be told to fail the next call of a method.
 */
final class FakeBotApi implements AutoCloseable {

    static final long BOT_ID = 999;
    static final String BOT_USERNAME = "positions_test_bot";

    /** One request as the bot sent it. */
    record Request(String method, JsonNode body, long nanoTime) {
        String text() {
            return body.path("text").asText();
        }

        long chatId() {
            return body.path("chat_id").asLong();
        }
    }

    private record Failure(int status, String body) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final String token;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-bot-api");
        t.setDaemon(true);
        return t;
    });
    private final List<Request> requests = new ArrayList<>();
    private final List<ObjectNode> pending = new ArrayList<>();
    private final Map<String, Deque<Failure>> failures = new HashMap<>();
    private final List<Integer> servedUpdateIds = new ArrayList<>();
    private final AtomicInteger nextUpdateId = new AtomicInteger(100);
    private final AtomicInteger nextMessageId = new AtomicInteger(5000);
    private final AtomicInteger nextIncomingMessageId = new AtomicInteger(1);

    private final AtomicInteger openPolls = new AtomicInteger();
    private final AtomicInteger maxOpenPolls = new AtomicInteger();
    private final AtomicInteger pollOverlaps = new AtomicInteger();

    FakeBotApi(String token) throws IOException {
        this(token, 0);
    }

    /** On a given port (0: any free one), e.g. one the bot was told about before the server came up. */
    FakeBotApi(String token, int port) throws IOException {
        this.token = token;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    // ---- scripting ----

    /** Makes the next call of {@code method} (case-insensitive) fail with this status and body. */
    synchronized void failNext(String method, int status, String body) {
        failures.computeIfAbsent(method.toLowerCase(Locale.ROOT), m -> new ArrayDeque<>()).add(new Failure(status, body));
    }

    synchronized int addUpdate(ObjectNode updateWithoutId) {
        int id = nextUpdateId.getAndIncrement();
        updateWithoutId.put("update_id", id);
        pending.add(updateWithoutId);
        notifyAll();
        return id;
    }

    ObjectNode privateText(long userId, String text) {
        return update("message", message(userId, userId, "private", text, Instant.now()));
    }

    ObjectNode groupText(long chatId, long userId, String text) {
        return update("message", message(chatId, userId, "supergroup", text, Instant.now()));
    }

    ObjectNode update(String kind, ObjectNode message) {
        ObjectNode u = json.createObjectNode();
        u.set(kind, message);
        return u;
    }

    ObjectNode message(long chatId, long userId, String chatType, String text, Instant date) {
        ObjectNode m = json.createObjectNode();
        m.put("message_id", nextIncomingMessageId.getAndIncrement());
        m.put("date", date.getEpochSecond());
        ObjectNode chat = m.putObject("chat");
        chat.put("id", chatId);
        chat.put("type", chatType);
        if (!chatType.equals("private")) {
            chat.put("title", "Analysts");
        }
        ObjectNode from = m.putObject("from");
        from.put("id", userId);
        from.put("is_bot", false);
        from.put("first_name", "Aida");
        if (text != null) {
            m.put("text", text);
        }
        return m;
    }

    ObjectNode callback(long chatId, long userId, int botMessageId, String data) {
        ObjectNode cq = json.createObjectNode();
        cq.put("id", "cb" + botMessageId);
        ObjectNode from = cq.putObject("from");
        from.put("id", userId);
        from.put("is_bot", false);
        from.put("first_name", "Aida");
        cq.put("chat_instance", "ci1");
        cq.put("data", data);
        ObjectNode m = cq.putObject("message");
        m.put("message_id", botMessageId);
        m.put("date", Instant.now().getEpochSecond());
        ObjectNode chat = m.putObject("chat");
        chat.put("id", chatId);
        chat.put("type", chatId == userId ? "private" : "supergroup");
        ObjectNode bot = m.putObject("from");
        bot.put("id", BOT_ID);
        bot.put("is_bot", true);
        bot.put("first_name", "Positions");
        m.put("text", "an answer");
        ObjectNode u = json.createObjectNode();
        u.set("callback_query", cq);
        return u;
    }

    // ---- inspection ----

    synchronized List<Request> requests(String method) {
        return requests.stream().filter(r -> r.method().equalsIgnoreCase(method)).toList();
    }

    synchronized List<Request> allRequests() {
        return List.copyOf(requests);
    }

    /** Most getUpdates calls open at the same moment; Telegram answers a second one with 409 Conflict. */
    int maxOpenPolls() {
        return maxOpenPolls.get();
    }

    /** getUpdates calls that arrived while another was still open. */
    int pollOverlaps() {
        return pollOverlaps.get();
    }

    synchronized List<Integer> servedUpdateIds() {
        return List.copyOf(servedUpdateIds);
    }

    /** Waits until at least {@code count} requests of {@code method} arrived; returns them. */
    List<Request> await(String method, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            while (requests(method).size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("expected " + count + " " + method + " requests within " + timeout
                            + ", got " + requests(method).size() + ": " + requests);
                }
                wait(Math.max(1, left / 1_000_000));
            }
            return requests(method);
        }
    }

    /** Waits until getUpdates has been called with an offset above {@code updateId}, i.e. the update is confirmed. */
    void awaitConfirmed(int updateId, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            while (requests("getupdates").stream().noneMatch(r -> r.body().path("offset").asInt() > updateId)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("update " + updateId + " not confirmed within " + timeout);
                }
                wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    // ---- serving ----

    private void handle(HttpExchange exchange) throws IOException {
        boolean poll = exchange.getRequestURI().getPath().toLowerCase(Locale.ROOT).endsWith("/getupdates");
        if (poll) {
            int open = openPolls.incrementAndGet();
            maxOpenPolls.accumulateAndGet(open, Math::max);
            if (open > 1) {
                pollOverlaps.incrementAndGet();
            }
        }
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String prefix = "/bot" + token + "/";
            if (!path.startsWith(prefix)) {
                respond(exchange, 401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
                return;
            }
            String method = path.substring(prefix.length()).toLowerCase(Locale.ROOT);
            JsonNode body;
            try (InputStream in = exchange.getRequestBody()) {
                byte[] bytes = in.readAllBytes();
                body = bytes.length == 0 ? json.createObjectNode() : json.readTree(bytes);
            }
            Failure failure;
            synchronized (this) {
                requests.add(new Request(method, body, System.nanoTime()));
                notifyAll();
                Deque<Failure> queue = failures.get(method);
                failure = queue == null ? null : queue.poll();
            }
            if (failure != null) {
                respond(exchange, failure.status(), failure.body());
                return;
            }
            respond(exchange, 200, json.writeValueAsString(result(method, body)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (poll) {
                openPolls.decrementAndGet();
            }
        }
    }

    private ObjectNode result(String method, JsonNode body) throws InterruptedException {
        ObjectNode response = json.createObjectNode();
        response.put("ok", true);
        switch (method) {
            case "getme" -> {
                ObjectNode me = response.putObject("result");
                me.put("id", BOT_ID);
                me.put("is_bot", true);
                me.put("first_name", "Positions");
                me.put("username", BOT_USERNAME);
            }
            case "getupdates" -> response.set("result", updates(body.path("offset").asInt(0),
                    body.path("timeout").asInt(0)));
            case "sendmessage", "editmessagetext" -> {
                ObjectNode m = response.putObject("result");
                m.put("message_id", method.equals("sendmessage") ? nextMessageId.getAndIncrement()
                        : body.path("message_id").asInt());
                m.put("date", Instant.now().getEpochSecond());
                ObjectNode chat = m.putObject("chat");
                chat.put("id", body.path("chat_id").asLong());
                chat.put("type", "private");
                ObjectNode from = m.putObject("from");
                from.put("id", BOT_ID);
                from.put("is_bot", true);
                from.put("first_name", "Positions");
                m.put("text", body.path("text").asText());
            }
            default -> response.put("result", true);
        }
        return response;
    }

    private synchronized ArrayNode updates(int offset, int timeoutSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(Math.min(timeoutSeconds, 2)).toNanos();
        while (true) {
            pending.removeIf(u -> u.path("update_id").asInt() < offset); // confirmed by the offset
            if (!pending.isEmpty()) {
                break;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        ArrayNode result = json.createArrayNode();
        for (ObjectNode u : pending) {
            result.add(u);
            servedUpdateIds.add(u.path("update_id").asInt());
        }
        return result;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
