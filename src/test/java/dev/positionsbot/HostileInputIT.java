package dev.positionsbot;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hostile but fair use through the packaged jar: damaged index, odd questions, huge paragraphs, leaky configs. */
class HostileInputIT {

    private static final String QUESTION = "What did Kazakhstan say about the referendums?";

    @TempDir
    Path work;

    @Test
    void ask_rebuilds_a_truncated_index_logs_why_and_answers() throws Exception {
        JarRunner.copyKnowledge(work);
        assertEquals(0, JarRunner.run(work, null, "index").exit());
        Path cfs = largest(work.resolve(".index"), ".cfs");
        byte[] bytes = Files.readAllBytes(cfs);
        Files.write(cfs, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        JarRunner.Run run = JarRunner.run(work, null, "ask", "--json", QUESTION);
        assertEquals(0, run.exit(), run.toString());
        assertEquals("answered", run.json().path("status").asText(), run.toString());
        assertTrue(run.err().contains("rebuilding it from the knowledge folder"), "the repair is logged: " + run);
    }

    @Test
    void index_rebuild_exits_0_when_a_compound_file_is_missing_and_ask_then_answers() throws Exception {
        JarRunner.copyKnowledge(work);
        assertEquals(0, JarRunner.run(work, null, "index").exit());
        Files.delete(largest(work.resolve(".index"), ".cfs"));
        JarRunner.Run rebuild = JarRunner.run(work, null, "index", "--rebuild");
        assertEquals(0, rebuild.exit(), rebuild.toString());
        JarRunner.Run run = JarRunner.run(work, null, "ask", "--json", QUESTION);
        assertEquals("answered", run.json().path("status").asText(), run.toString());
    }

    @Test
    void ask_rebuilds_an_index_whose_files_were_deleted_except_the_segments_file() throws Exception {
        JarRunner.copyKnowledge(work);
        assertEquals(0, JarRunner.run(work, null, "index").exit());
        try (Stream<Path> files = Files.list(work.resolve(".index"))) {
            for (Path f : files.filter(f -> !f.getFileName().toString().startsWith("segments")).toList()) {
                Files.delete(f);
            }
        }
        JarRunner.Run run = JarRunner.run(work, null, "ask", "--json", QUESTION);
        assertEquals(0, run.exit(), run.toString());
        assertEquals("answered", run.json().path("status").asText(), run.toString());
    }

    @Test
    void serve_starts_on_a_truncated_index_answers_and_drains_questions_in_flight_on_sigterm() throws Exception {
        JarRunner.copyKnowledge(work);
        assertEquals(0, JarRunner.run(work, null, "index").exit());
        Path cfs = largest(work.resolve(".index"), ".cfs");
        Files.write(cfs, java.util.Arrays.copyOf(Files.readAllBytes(cfs), 100));
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process serve = start(work, "serve", "--http-port", Integer.toString(port));
        try {
            HttpClient client = HttpClient.newHttpClient();
            awaitHealthy(client, port, serve);
            HttpResponse<String> one = client.send(ask(port, QUESTION), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, one.statusCode(), one.body());
            assertEquals("answered", JarRunner.JSON.readTree(one.body()).path("status").asText(), one.body());
            List<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                inFlight.add(HttpClient.newHttpClient().sendAsync(ask(port, QUESTION + " " + i),
                        HttpResponse.BodyHandlers.ofString()));
            }
            Thread.sleep(150);
            serve.destroy(); // SIGTERM
            for (CompletableFuture<HttpResponse<String>> f : inFlight) {
                HttpResponse<String> r = f.get(60, TimeUnit.SECONDS);
                assertTrue(r.statusCode() == 200, r.statusCode() + " " + r.body());
            }
            assertTrue(serve.waitFor(60, TimeUnit.SECONDS), "serve exits after draining");
        } finally {
            serve.destroyForcibly();
        }
    }

    @Test
    void questions_of_invisible_characters_only_are_refused_as_empty_by_ask_and_search() {
        JarRunner.copyKnowledge(work);
        String invisible = "\u00A0\u200B\uFEFF\u3000\u200D\u0007";
        JarRunner.Run ask = JarRunner.run(work, null, "ask", "--json", invisible);
        assertEquals(0, ask.exit(), ask.toString());
        assertEquals("refused", ask.json().path("status").asText(), ask.toString());
        assertTrue(ask.json().path("refusal_reason").asText().contains("nothing to search for"), ask.toString());
        assertFalse(ask.err().contains("Exception"), "no stack trace: " + ask);

        JarRunner.Run search = JarRunner.run(work, null, "search", invisible);
        assertEquals(0, search.exit(), search.toString());
        assertTrue(search.out().contains("nothing to search for"), search.toString());
        assertFalse(search.err().contains("Exception") || search.out().contains("Exception"), search.toString());

        // full-width letters and a zero-width space inside a word are normalised, not refused
        JarRunner.Run wide = JarRunner.run(work, null, "ask", "--json",
                "What did Ｋａｚａｋｈ\u200Bstan say about the referendums?");
        assertEquals(QUESTION, wide.json().path("question").asText(), wide.toString());
        assertEquals("answered", wide.json().path("status").asText(), wide.toString());
    }

    @Test
    void ask_json_batch_writes_one_line_per_input_line_in_order_with_its_number() throws Exception {
        JarRunner.copyKnowledge(work);
        String input = QUESTION + "\n\n   \n\u200B\nHow many tourists visited Paris last summer?\n";
        JarRunner.Run run = JarRunner.run(work, input, "ask", "--json");
        assertEquals(0, run.exit(), run.toString());
        List<String> lines = run.out().lines().toList();
        assertEquals(5, lines.size(), run.toString());
        String[] expected = {"answered", "refused", "refused", "refused", "refused"};
        for (int i = 0; i < 5; i++) {
            JsonNode a = JarRunner.JSON.readTree(lines.get(i));
            assertEquals(i + 1, a.path("line").asInt(), lines.get(i));
            assertEquals(expected[i], a.path("status").asText(), lines.get(i));
        }
        assertTrue(JarRunner.JSON.readTree(lines.get(1)).path("refusal_reason").asText()
                .contains("nothing to search for"), lines.get(1));
    }

    @Test
    void a_600_kb_paragraph_without_sentence_ends_gives_an_answer_under_20_kb_with_short_quotes() throws Exception {
        Path knowledge = JarRunner.copyKnowledge(work);
        Files.writeString(knowledge.resolve("zz-run-on.md"), "---\ntitle: \"A run-on page\"\nlanguage: en\n---\n\n"
                + runOn(600_000) + "\n", StandardCharsets.UTF_8);
        JarRunner.Run run = JarRunner.run(work, null, "ask", "--json",
                "What did Kazakhstan say about the referendums in the occupied regions?");
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().getBytes(StandardCharsets.UTF_8).length < 20_000,
                "answer of " + run.out().length() + " chars");
        for (JsonNode c : run.json().path("citations")) {
            assertTrue(c.path("quote").asText().length() <= 400, c.toString());
        }
        assertTrue(telegramMessages(run.json()) <= 3, run.toString());
        JarRunner.Run big = JarRunner.run(work, null, "ask", "--json",
                "What did the ministry say about the neutral region and trade routes?");
        assertEquals(0, big.exit(), big.toString());
        assertTrue(big.out().getBytes(StandardCharsets.UTF_8).length < 20_000, "answer of " + big.out().length());
        for (JsonNode c : big.json().path("citations")) {
            assertTrue(c.path("quote").asText().length() <= 400, c.toString());
        }
        assertTrue(telegramMessages(big.json()) <= 3, big.toString());
    }

    /** How many Telegram messages the bot would send for this answer: the answer's parts plus its quotes. */
    private static int telegramMessages(JsonNode a) {
        List<dev.positionsbot.answer.Citation> citations = new ArrayList<>();
        for (JsonNode c : a.path("citations")) {
            citations.add(new dev.positionsbot.answer.Citation(c.path("n").asInt(), c.path("file").asText(),
                    c.path("title").asText(), c.path("outlet").asText(), c.path("author").asText(),
                    c.path("published").asText(), c.path("url").asText(), c.path("file").asText(),
                    c.path("quote").asText()));
        }
        dev.positionsbot.answer.GroundedAnswer answer = new dev.positionsbot.answer.GroundedAnswer(
                a.path("question").asText(), a.path("question").asText(),
                a.path("status").asText().equals("answered") ? dev.positionsbot.answer.GroundedAnswer.Status.ANSWERED
                        : dev.positionsbot.answer.GroundedAnswer.Status.REFUSED,
                a.path("answer").asText(), citations, a.path("refusal_reason").asText(), a.path("composer").asText(),
                List.of(), 0);
        dev.positionsbot.telegram.TelegramReplyFormatter.FormattedAnswer f =
                new dev.positionsbot.telegram.TelegramReplyFormatter().answer(answer);
        int quotes = f.hasQuotes() ? new dev.positionsbot.telegram.TelegramMessageSplitter().split(f.quotesHtml()).size()
                : 0;
        return f.parts().size() + quotes;
    }

    @Test
    void a_yaml_syntax_error_on_the_token_line_never_echoes_the_token() throws Exception {
        JarRunner.copyKnowledge(work);
        String token = "7412589630:AAH-secretSECRETsecret_0123456789abc";
        Files.writeString(work.resolve("positions-bot.yml"), "telegram:\n  token: \"" + token + "\n  api_url: x\n"
                + "http:\n  port: [1\n");
        for (String[] args : List.of(new String[]{"config", "check"}, new String[]{"ask", QUESTION},
                new String[]{"telegram"})) {
            JarRunner.Run run = JarRunner.run(work, null, args);
            assertFalse(run.exit() == 0, run.toString());
            assertFalse(run.out().contains("secretSECRET") || run.err().contains("secretSECRET"), run.toString());
            assertFalse(run.out().contains("7412589630") || run.err().contains("7412589630"), run.toString());
            assertTrue((run.out() + run.err()).contains("positions-bot.yml"), "the file is named: " + run);
        }
    }

    @Test
    void config_check_never_prints_a_password_inside_a_url() throws Exception {
        JarRunner.copyKnowledge(work);
        Files.writeString(work.resolve("positions-bot.yml"), "llm:\n  provider: ollama\n"
                + "ollama:\n  base_url: \"http://admin:hunter2pass@127.0.0.1:11434\"\n"
                + "openai:\n  base_url: \"https://bot:s3cr3tpw@llm.example.org/v1\"\n");
        JarRunner.Run run = JarRunner.run(work, null, "config", "check");
        assertFalse(run.out().contains("hunter2pass") || run.err().contains("hunter2pass"), run.toString());
        assertFalse(run.out().contains("s3cr3tpw") || run.err().contains("s3cr3tpw"), run.toString());
        assertTrue(run.out().contains("http://admin:***@127.0.0.1:11434"), run.toString());
    }

    @Test
    void telegram_with_a_token_the_api_rejects_exits_with_a_clear_message_and_no_token() throws Exception {
        JarRunner.copyKnowledge(work);
        com.sun.net.httpserver.HttpServer api = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        api.createContext("/", ex -> {
            byte[] body = "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}"
                    .getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(401, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        api.start();
        try {
            Files.writeString(work.resolve("positions-bot.yml"), "telegram:\n  token: \"4242:AAH-rejected-token-value\"\n"
                    + "  api_url: \"http://127.0.0.1:" + api.getAddress().getPort() + "\"\n");
            JarRunner.Run run = JarRunner.run(work, null, "telegram");
            assertFalse(run.exit() == 0, run.toString());
            assertTrue(run.err().contains("rejected the bot token"), run.toString());
            assertFalse((run.out() + run.err()).contains("rejected-token-value"), run.toString());
        } finally {
            api.stop(0);
        }
    }

    @Test
    void kazakh_and_uzbek_questions_in_both_scripts_are_answered_with_an_english_frame() throws Exception {
        JarRunner.copyKnowledge(work);
        List<String> questions = List.of("Qazaqstan referendum turaly ne dedi?",
                "Қазақстан референдум туралы не деді?", "O'zbekiston referendum haqida nima dedi?",
                "Ўзбекистон референдум ҳақида нима деди?", "Что Казахстан сказал о референдумах?");
        JarRunner.Run run = JarRunner.run(work, String.join("\n", questions) + "\n", "ask", "--json");
        assertEquals(0, run.exit(), run.toString());
        List<String> lines = run.out().lines().toList();
        assertEquals(questions.size(), lines.size(), run.toString());
        for (int i = 0; i < questions.size(); i++) {
            JsonNode a = JarRunner.JSON.readTree(lines.get(i));
            assertEquals("answered", a.path("status").asText(), "function words are no required terms: " + a);
            // the articles are in English: Cyrillic in the answer can only come from the Russian frame
            boolean cyrillicFrame = a.path("answer").asText().matches("(?s).*\\p{IsCyrillic}.*");
            assertEquals(i == questions.size() - 1, cyrillicFrame, "Russian frame only for Russian: " + a);
        }
    }

    /** Invented words around the corpus's vocabulary, with no sentence end in 600 KB. */
    private static String runOn(int chars) {
        String[] words = {"the", "ministry", "said", "that", "region", "would", "remain", "neutral", "and",
                "officials", "met", "again", "in", "capital", "on", "trade", "routes", "Kazakhstan", "referendums"};
        Random r = new Random(7);
        StringBuilder b = new StringBuilder(chars + 20);
        while (b.length() < chars) {
            b.append(words[r.nextInt(words.length)]).append(' ');
        }
        return b.toString().strip();
    }

    private static Path largest(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(suffix))
                    .max(java.util.Comparator.comparingLong(f -> f.toFile().length()))
                    .orElseThrow(() -> new AssertionError("no " + suffix + " file in " + dir));
        }
    }

    static Process start(Path workDir, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-Duser.home=" + workDir.toAbsolutePath(), "-jar", JarRunner.jar().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(workDir.resolve("serve.out").toFile())
                .redirectError(workDir.resolve("serve.err").toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("POSITIONS_BOT_") || k.startsWith("TELEGRAM_")
                || k.startsWith("LLM_") || k.startsWith("OPENAI_") || k.startsWith("OLLAMA_"));
        return pb.start();
    }

    static void awaitHealthy(HttpClient client, int port, Process p) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            assertTrue(p.isAlive(), "serve exited early with " + (p.isAlive() ? "" : p.exitValue()));
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/healthz")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("serve did not become healthy on port " + port);
    }

    static HttpRequest ask(int port, String question) throws IOException {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ask")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        JarRunner.JSON.writeValueAsString(java.util.Map.of("question", question)))).build();
    }
}
