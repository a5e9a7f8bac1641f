package dev.positionsbot.telegram;

import dev.positionsbot.TelegramCommand;
import dev.positionsbot.answer.SourceInfo;
import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.ArticlePageServer;
import dev.positionsbot.corpus.KnowledgeLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /add URL} and {@code /sources} through the real TelegramBots client against {@link FakeBotApi}, with the
 * article pages served by a test web server on 127.0.0.1 and written into a temporary knowledge folder.
 */
@Timeout(60)
class AddAndSourcesCommandTest {

    private static final String TOKEN = "123456:AAF-secret-token-for-tests";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final long ADMIN = 42;
    private static final long STRANGER = 77;

    @TempDir
    Path knowledge;

    private FakeBotApi api;
    private ArticlePageServer site;
    private TelegramBotRunner runner;

    @BeforeEach
    void setUp() throws Exception {
        api = new FakeBotApi(TOKEN);
        site = new ArticlePageServer()
                .page("/news/power-line", "text/html; charset=utf-8", ArticlePageServer.ARTICLE_HTML)
                .status("/missing", 404);
        FakeAnswerer answerer = new FakeAnswerer(List.of(
                new SourceInfo("older", "Water talks in Astana", "Kazinform", "", "2024-05-02", "", "en", 12),
                new SourceInfo("undated", "A note without a date", "", "", "", "", "en", 2),
                new SourceInfo("newer", "Tariffs and quotas", "Gazeta.uz", "", "2024-06-10", "", "ru", 8)),
                "coverage");
        TelegramSettings settings = TelegramSettings.defaults(TOKEN).withApiUrl(api.url())
                .withPolling(1, Duration.ofMillis(100)).withRateLimits(Duration.ZERO, 1000, 1000)
                .withShutdownGrace(Duration.ofSeconds(5));
        runner = new TelegramBotRunner(settings, answerer).withSourceAdding(new SourceAdding(Set.of(ADMIN),
                address -> TelegramCommand.addArticle(address, knowledge, null)));
        runner.start();
    }

    @AfterEach
    void tearDown() {
        runner.close();
        api.close();
        site.close();
    }

    private String send(long user, String text, int nth) throws InterruptedException {
        api.addUpdate(api.privateText(user, text));
        return api.await("sendMessage", nth, WAIT).get(nth - 1).text();
    }

    private long articleFiles() throws Exception {
        try (Stream<Path> files = Files.list(knowledge)) {
            return files.filter(p -> p.toString().endsWith(".md")).count();
        }
    }

    @Test
    void an_administrator_adds_a_page_and_is_told_its_title_outlet_and_date() throws Exception {
        String reply = send(ADMIN, "/add " + site.url("/news/power-line"), 1);
        assertTrue(reply.startsWith("Added <b>Tajikistan and Kyrgyzstan agree on a cross\u2011border power line</b>"),
                reply);
        assertTrue(reply.contains("Outlet: Steppe Ledger"), reply);
        assertTrue(reply.contains("Published: 2024-03-05"), reply);
        assertEquals(1, articleFiles());
        try (Stream<Path> files = Files.list(knowledge)) {
            Article a = new KnowledgeLoader().loadFile(files.findFirst().orElseThrow());
            assertEquals(site.url("/news/power-line"), a.url());
        }

        String again = send(ADMIN, "/add " + site.url("/news/power-line"), 2);
        assertTrue(again.startsWith("That article is already in the knowledge base"), again);
        assertEquals(1, articleFiles());
    }

    @Test
    void an_administrator_is_told_why_an_address_failed() throws Exception {
        String reply = send(ADMIN, "/add " + site.url("/missing"), 1);
        assertTrue(reply.startsWith("I could not add it. " + site.url("/missing") + ": HTTP 404"), reply);
        String usage = send(ADMIN, "/add", 2);
        assertTrue(usage.contains("followed by one article's web address"), usage);
        assertEquals(0, articleFiles());
    }

    @Test
    void anyone_else_gets_a_polite_refusal_and_nothing_is_fetched() throws Exception {
        String reply = send(STRANGER, "/add " + site.url("/news/power-line"), 1);
        assertTrue(reply.startsWith("Sorry, only the bot's administrators can add articles."), reply);
        assertEquals(0, articleFiles());
    }

    @Test
    void sources_lists_the_newest_articles_first_with_their_dates() throws Exception {
        String reply = send(STRANGER, "/sources", 1);
        int newer = reply.indexOf("Tariffs and quotas — Gazeta.uz, 2024-06-10");
        int older = reply.indexOf("Water talks in Astana — Kazinform, 2024-05-02");
        int undated = reply.indexOf("A note without a date — undated");
        assertTrue(newer > 0 && older > newer && undated > older, reply);
    }
}
