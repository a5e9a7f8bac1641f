package dev.positionsbot;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A running {@code serve} process (the packaged jar) answers, cited, about an article copied into its knowledge
 * folder while it runs, stops citing it after the file is deleted, and reports a broken file on /healthz while
 * the rest stays served, all without a restart. Every answer during the updates must come back 200.
 */
class LiveServeIT {

    /** An invented article: the people, figures and places are made up for this test. */
    private static final String ARTICLE = """
            ---
            title: "Uzbekistan opens a railway to the Aral Sea coast"
            outlet: "Invented Wire"
            author: "Test Writer"
            published: "2025-02"
            url: ""
            language: en
            ---

            Uzbekistan opened a 310-kilometre railway between Nukus and the former port town of Muynak on Monday,
            the transport ministry said.

            The line cost 640 million dollars and will carry 2 million tonnes of freight a year, according to the
            ministry.

            Transport minister Ilhom Makhkamov said the railway would bring tourists back to the former fishing town.
            """;
    private static final String QUESTION = "How long is the railway between Nukus and Muynak?";
    private static final String TITLE = "Uzbekistan opens a railway to the Aral Sea coast";
    private static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path work;

    private Process serve;
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Integer> statuses = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        if (serve != null) {
            serve.destroy();
            if (!serve.waitFor(20, TimeUnit.SECONDS)) {
                serve.destroyForcibly();
            }
        }
    }

    @Test
    void a_running_server_answers_from_an_article_added_while_it_runs_and_forgets_it_once_deleted() throws Exception {
        Path knowledge = JarRunner.copyKnowledge(work);
        int port = freePort();
        start(port);
        awaitHealthy(port);

        JsonNode before = ask(port, QUESTION);
        assertFalse(cites(before, TITLE), "not in the knowledge base yet: " + before);

        // written elsewhere and moved in, as a careful operator (or `ingest`) does
        Path staged = Files.writeString(work.resolve("railway.md"), ARTICLE, StandardCharsets.UTF_8);
        Files.move(staged, knowledge.resolve("railway.md"), StandardCopyOption.ATOMIC_MOVE);
        long added = System.nanoTime();
        JsonNode answered = awaitAnswer(port, a -> cites(a, TITLE), "the new article cited");
        assertEquals("answered", answered.path("status").asText(), answered.toString());
        assertTrue(answered.toString().contains("310-kilometre railway between Nukus"), answered.toString());
        System.out.println("new article cited after " + (System.nanoTime() - added) / 1_000_000 + " ms");

        Files.writeString(knowledge.resolve("broken.md"), "no front matter\n", StandardCharsets.UTF_8);
        String health = awaitHealth(port, h -> h.contains("broken.md"));
        assertTrue(health.startsWith("ok\n"), health);
        assertTrue(health.contains("skipped file: ") && health.contains("missing front matter"), health);
        assertTrue(cites(ask(port, QUESTION), TITLE), "the rest stays served while a file is broken");

        Files.delete(knowledge.resolve("railway.md"));
        awaitAnswer(port, a -> !cites(a, TITLE), "the deleted article no longer cited");
        for (int i = 0; i < 3; i++) {
            assertFalse(cites(ask(port, QUESTION), TITLE), "a deleted article is never cited again");
        }
        assertTrue(statuses.stream().allMatch(s -> s == 200), "every answer during the updates was 200: " + statuses);
        assertTrue(stderr().contains("knowledge base updated"), stderr());
    }

    private void start(int port) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-Duser.home=" + work.toAbsolutePath(), "-jar", JarRunner.jar().toString(),
                "--knowledge", "knowledge", "serve", "--http-port", Integer.toString(port)));
        ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile()).redirectOutput(
                ProcessBuilder.Redirect.DISCARD);
        pb.environment().keySet().removeIf(k -> k.startsWith("POSITIONS_BOT_") || k.startsWith("TELEGRAM_")
                || k.startsWith("LLM_") || k.startsWith("OPENAI_") || k.startsWith("OLLAMA_"));
        serve = pb.start();
        Thread pump = new Thread(() -> {
            try (InputStream in = serve.getErrorStream()) {
                byte[] buf = new byte[8192];
                int n;
                while ((n = in.read(buf)) > 0) {
                    synchronized (stderr) {
                        stderr.write(buf, 0, n);
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        pump.setDaemon(true);
        pump.start();
    }

    private String stderr() {
        synchronized (stderr) {
            return stderr.toString(StandardCharsets.UTF_8);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private void awaitHealthy(int port) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            if (!serve.isAlive()) {
                fail("serve exited with " + serve.exitValue() + ":\n" + stderr());
            }
            try {
                if (get(port, "/healthz").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        fail("serve did not become healthy:\n" + stderr());
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private String awaitHealth(int port, Predicate<String> condition) throws Exception {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        String body = "";
        while (System.nanoTime() < deadline) {
            body = get(port, "/healthz").body();
            if (condition.test(body)) {
                return body;
            }
            Thread.sleep(250);
        }
        fail("not within " + LIMIT.toSeconds() + " s on /healthz; last:\n" + body + "\nstderr:\n" + stderr());
        return body;
    }

    private JsonNode ask(int port, String question) throws Exception {
        String body = JarRunner.JSON.writeValueAsString(java.util.Map.of("question", question));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ask"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        synchronized (statuses) {
            statuses.add(r.statusCode());
        }
        return JarRunner.JSON.readTree(r.body());
    }

    private JsonNode awaitAnswer(int port, Predicate<JsonNode> condition, String what) throws Exception {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            last = ask(port, QUESTION);
            if (condition.test(last)) {
                return last;
            }
            Thread.sleep(500);
        }
        fail("not within " + LIMIT.toSeconds() + " s: " + what + "; last answer " + last + "\nstderr:\n" + stderr());
        return last;
    }

    private static boolean cites(JsonNode answer, String title) {
        for (JsonNode c : answer.path("citations")) {
            if (c.path("title").asText().equals(title)) {
                return true;
            }
        }
        return false;
    }
}
