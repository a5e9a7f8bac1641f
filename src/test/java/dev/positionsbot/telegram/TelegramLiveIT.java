package dev.positionsbot.telegram;

import dev.positionsbot.corpus.ArticlePageServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The packaged jar's {@code telegram} command against {@link FakeBotApi}: an administrator adds a page with
 * {@code /add URL}, the bot answers about it, cited, without a restart, and stops citing it once its file is deleted.
 */
class TelegramLiveIT {

    private static final String TOKEN = "123456:AAF-secret-token-for-live-it";
    private static final long ADMIN = 42;
    private static final String TITLE = "Uzbekistan opens a railway to the Aral Sea coast";
    private static final String QUESTION = "How long is the railway between Nukus and Muynak?";
    private static final Duration LIMIT = Duration.ofSeconds(60);

    /** An invented article page: the people, figures and places are made up for this test. */
    private static final String PAGE = """
            <html lang="en"><head>
            <meta property="og:title" content="Uzbekistan opens a railway to the Aral Sea coast">
            <meta property="og:site_name" content="Invented Wire">
            <meta property="article:published_time" content="2025-02-10T08:00:00+05:00">
            </head><body><nav>Home | World</nav><article>
            <h1>Uzbekistan opens a railway to the Aral Sea coast</h1>
            <p>Uzbekistan opened a 310-kilometre railway between Nukus and the former port town of Muynak on Monday,
            the transport ministry said.</p>
            <p>The line cost 640 million dollars and will carry 2 million tonnes of freight a year, according to the
            ministry.</p>
            </article><footer>All rights reserved.</footer></body></html>
            """;

    @TempDir
    Path work;

    private Process bot;
    private FakeBotApi api;
    private ArticlePageServer site;
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    @AfterEach
    void stop() throws Exception {
        if (bot != null) {
            bot.destroy();
            if (!bot.waitFor(20, TimeUnit.SECONDS)) {
                bot.destroyForcibly();
            }
        }
        if (api != null) {
            api.close();
        }
        if (site != null) {
            site.close();
        }
    }

    @Test
    void an_article_added_with_slash_add_is_answered_and_forgotten_once_deleted_without_a_restart() throws Exception {
        api = new FakeBotApi(TOKEN);
        site = new ArticlePageServer().page("/news/railway", "text/html; charset=utf-8", PAGE);
        Path knowledge = Files.createDirectories(work.resolve("knowledge"));
        try (Stream<Path> seeds = Files.list(Path.of("knowledge"))) {
            for (Path f : seeds.filter(f -> f.toString().endsWith(".md")).toList()) {
                Files.copy(f, knowledge.resolve(f.getFileName()));
            }
        }
        start();
        api.await("getUpdates", 1, Duration.ofSeconds(180));

        String before = send(ADMIN, QUESTION);
        assertTrue(!before.contains(TITLE), before);

        String added = send(ADMIN, "/add " + site.url("/news/railway"));
        assertTrue(added.startsWith("Added <b>" + TITLE + "</b>"), added);
        assertTrue(added.contains("Outlet: Invented Wire") && added.contains("Published: 2025-02-10"), added);
        String refused = send(7, "/add " + site.url("/news/railway"));
        assertTrue(refused.startsWith("Sorry, only the bot's administrators"), refused);

        String answer = awaitReply(QUESTION, r -> r.contains(TITLE), "the added article cited");
        assertTrue(answer.contains("310-kilometre railway"), answer);
        String sources = send(ADMIN, "/sources");
        assertTrue(sources.contains("Aral Sea coast</a> — Invented Wire, 2025-02-10")
                || sources.contains("Aral Sea coast — Invented Wire, 2025-02-10"), sources);

        try (Stream<Path> files = Files.list(knowledge)) {
            for (Path f : files.toList()) {
                if (Files.readString(f).contains("310-kilometre")) {
                    Files.delete(f);
                }
            }
        }
        awaitReply(QUESTION, r -> !r.contains(TITLE), "the deleted article no longer cited");
        assertTrue(stderr().contains("knowledge base updated"), stderr());
    }

    private void start() throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-Duser.home=" + work.toAbsolutePath(), "-jar", jar().toString(), "--knowledge", "knowledge",
                "telegram"));
        ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().keySet().removeIf(k -> k.startsWith("POSITIONS_BOT_") || k.startsWith("TELEGRAM_")
                || k.startsWith("LLM_") || k.startsWith("OPENAI_") || k.startsWith("OLLAMA_"));
        pb.environment().put("TELEGRAM_BOT_TOKEN", TOKEN);
        pb.environment().put("TELEGRAM_API_URL", api.url().toString());
        pb.environment().put("TELEGRAM_ADMIN_IDS", Long.toString(ADMIN));
        bot = pb.start();
        Thread pump = new Thread(() -> {
            try (InputStream in = bot.getErrorStream()) {
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

    private static Path jar() {
        Path jar = Path.of(System.getProperty("positionsbot.jar", "target/positions-bot.jar"));
        assertTrue(Files.isRegularFile(jar), "packaged jar not found at " + jar.toAbsolutePath());
        return jar.toAbsolutePath();
    }

    private String stderr() {
        synchronized (stderr) {
            return stderr.toString(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** Sends a private message and returns the text of the bot's reply to it (all its parts joined). */
    private String send(long user, String text) throws InterruptedException {
        int sentBefore = api.requests("sendMessage").size();
        api.addUpdate(api.privateText(user, text));
        if (!bot.isAlive()) {
            fail("the bot exited:\n" + stderr());
        }
        List<FakeBotApi.Request> sent = api.await("sendMessage", sentBefore + 1, Duration.ofSeconds(90));
        Thread.sleep(300); // a long answer may come in several parts
        sent = api.requests("sendMessage");
        StringBuilder all = new StringBuilder();
        for (FakeBotApi.Request r : sent.subList(sentBefore, sent.size())) {
            all.append(r.text()).append('\n');
        }
        return all.toString();
    }

    private String awaitReply(String question, Predicate<String> condition, String what) throws Exception {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            last = send(ADMIN, question);
            if (condition.test(last)) {
                return last;
            }
            Thread.sleep(500);
        }
        fail("not within " + LIMIT.toSeconds() + " s: " + what + "; last reply:\n" + last + "\nstderr:\n" + stderr());
        return last;
    }
}
