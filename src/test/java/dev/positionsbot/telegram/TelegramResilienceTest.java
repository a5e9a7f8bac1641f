package dev.positionsbot.telegram;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bot against an API that is down, failing, rejecting the token, or slow to answer a poll. */
@Timeout(60)
class TelegramResilienceTest {

    private static final String TOKEN = "123456:AAF-resilience-test-secret-token";
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final FakeAnswerer answerer = new FakeAnswerer(List.of(), "nothing");
    private final List<FakeBotApi> apis = new ArrayList<>();
    private TelegramBotRunner runner;
    private ListAppender<ILoggingEvent> logs;

    @BeforeEach
    void captureLogs() {
        logs = new ListAppender<>();
        logs.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(logs);
    }

    @AfterEach
    void tearDown() {
        if (runner != null) {
            runner.close();
        }
        apis.forEach(FakeBotApi::close);
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
        for (String line : logLines()) {
            assertFalse(line.contains("resilience-test-secret"), "token in log: " + line);
        }
    }

    private FakeBotApi api(int port) throws Exception {
        FakeBotApi api = new FakeBotApi(TOKEN, port);
        apis.add(api);
        return api;
    }

    private TelegramSettings settings(URI url) {
        return TelegramSettings.defaults(TOKEN).withApiUrl(url).withPolling(1, Duration.ofMillis(100))
                .withRateLimits(Duration.ZERO, 1000, 1000).withShutdownGrace(Duration.ofSeconds(5));
    }

    private List<String> logLines() {
        synchronized (logs) {
            return logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void start_retries_an_unreachable_api_with_a_logged_backoff_until_it_comes_up() throws Exception {
        int port = freePort();
        runner = new TelegramBotRunner(settings(URI.create("http://127.0.0.1:" + port)), answerer);
        CompletableFuture<BotIdentity> started = CompletableFuture.supplyAsync(runner::start);
        Thread.sleep(800);
        assertFalse(started.isDone(), "still retrying");
        FakeBotApi api = api(port);
        assertEquals(FakeBotApi.BOT_USERNAME, started.get(20, TimeUnit.SECONDS).username());
        assertTrue(logLines().stream().anyMatch(l -> l.contains("not reachable") && l.contains("retrying in")),
                String.join("\n", logLines()));
        api.addUpdate(api.privateText(42, "water?"));
        api.await("sendMessage", 1, WAIT);
    }

    @Test
    void start_retries_a_server_error_on_getme() throws Exception {
        FakeBotApi api = api(0);
        api.failNext("getMe", 502, "<html>502 Bad Gateway</html>");
        api.failNext("getMe", 500, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error\"}");
        runner = new TelegramBotRunner(settings(api.url()), answerer);
        assertEquals(FakeBotApi.BOT_USERNAME, runner.start().username());
        assertEquals(3, api.requests("getMe").size());
    }

    @Test
    void start_gives_up_after_its_retry_window_naming_the_api() throws Exception {
        int port = freePort();
        runner = new TelegramBotRunner(settings(URI.create("http://127.0.0.1:" + port)), answerer)
                .withStartRetryWindow(Duration.ofSeconds(1));
        TelegramException e = assertThrows(TelegramException.class, runner::start);
        assertTrue(e.getMessage().contains("127.0.0.1:" + port) && e.getMessage().contains("attempts"),
                e.getMessage());
    }

    @Test
    void a_rejected_token_at_start_is_not_retried() throws Exception {
        FakeBotApi api = api(0);
        api.failNext("getMe", 401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
        api.failNext("getMe", 401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
        runner = new TelegramBotRunner(settings(api.url()), answerer);
        TelegramException e = assertThrows(TelegramException.class, runner::start);
        assertTrue(e.getMessage().contains("rejected the bot token"), e.getMessage());
        assertEquals(1, api.requests("getMe").size());
    }

    @Test
    void a_401_while_polling_stops_the_bot_with_a_clear_reason() throws Exception {
        FakeBotApi api = api(0);
        api.failNext("getUpdates", 401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
        runner = new TelegramBotRunner(settings(api.url()), answerer);
        runner.start();
        CompletableFuture.runAsync(() -> {
            try {
                runner.awaitStop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertTrue(runner.failure().orElse("").contains("rejected the bot token"), runner.failure().toString());
        assertTrue(runner.failure().orElse("").contains("401"), runner.failure().toString());
        int polls = api.requests("getUpdates").size();
        Thread.sleep(500);
        assertEquals(polls, api.requests("getUpdates").size(), "no polling after the token was rejected");
    }

    @Test
    void every_failed_poll_is_logged_with_status_and_description_and_counted() throws Exception {
        FakeBotApi api = api(0);
        api.failNext("getUpdates", 502, "<html><body>502 Bad Gateway</body></html>");
        api.failNext("getUpdates", 500, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error: "
                + "try later\"}");
        api.failNext("getUpdates", 429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: "
                + "retry after 1\",\"parameters\":{\"retry_after\":1}}");
        runner = new TelegramBotRunner(settings(api.url()), answerer);
        runner.start();
        api.await("getUpdates", 5, WAIT);
        List<String> lines = logLines();
        assertTrue(lines.stream().anyMatch(l -> l.contains("getupdates failed: HTTP 502 (502 Bad Gateway)")),
                String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.contains("HTTP 500 (Internal Server Error: try later)")),
                String.join("\n", lines));
        assertFalse(lines.stream().anyMatch(l -> l.contains(": null")), String.join("\n", lines));
        assertEquals(2, runner.stats().errors(), "502 and 500 are failures; a 429 is pacing");
    }

    @Test
    void never_more_than_one_getupdates_open_across_errors_and_shutdown() throws Exception {
        FakeBotApi api = api(0);
        api.failNext("getUpdates", 502, "<html>502 Bad Gateway</html>");
        api.failNext("getUpdates", 502, "<html>502 Bad Gateway</html>");
        // polls held open for 2 s (the fake's longest), so that close() meets one in flight
        runner = new TelegramBotRunner(settings(api.url()).withPolling(2, Duration.ofMillis(100)), answerer);
        runner.start();
        api.addUpdate(api.privateText(42, "first"));
        int second = api.addUpdate(api.privateText(43, "second"));
        api.await("sendMessage", 2, WAIT);
        api.awaitConfirmed(second, WAIT);
        int third = api.addUpdate(api.privateText(44, "third"));
        api.await("sendMessage", 3, WAIT);
        Thread.sleep(200); // the next long poll is open now
        runner.close();
        assertEquals(0, api.pollOverlaps(), "getUpdates sent while another was open");
        assertEquals(1, api.maxOpenPolls());
        api.awaitConfirmed(third, WAIT);
    }
}
