package dev.positionsbot.telegram;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.positionsbot.answer.Citation;
import dev.positionsbot.answer.SourceInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the real TelegramBots client and long-polling loop against {@link FakeBotApi} on 127.0.0.1.
 */
@Timeout(30)
class TelegramBotRunnerTest {

    private static final String TOKEN = "123456:AAF-secret-token-for-tests";
    private static final Duration WAIT = Duration.ofSeconds(10);

    private FakeBotApi api;
    private FakeAnswerer answerer;
    private TelegramBotRunner runner;
    private ListAppender<ILoggingEvent> logs;

    @BeforeEach
    void setUp() throws Exception {
        api = new FakeBotApi(TOKEN);
        answerer = new FakeAnswerer(List.of(
                new SourceInfo("a1", "Water talks in Astana", "Kazinform", "", "2024-05-02", "https://example.org/water",
                        "en", 12),
                new SourceInfo("a2", "Tariffs <draft> & quotas", "Gazeta.uz", "", "2024-06-10", "", "ru", 8)),
                "Kazakhstan: water, trade (3 articles). Uzbekistan: trade & energy (2 articles).");
        logs = new ListAppender<>();
        logs.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(logs);
    }

    @AfterEach
    void tearDown() {
        if (runner != null) {
            runner.close();
        }
        api.close();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
        String secret = TOKEN.substring(TOKEN.indexOf(':') + 1);
        // library threads may still be logging their shutdown; doAppend synchronises on the appender
        List<ILoggingEvent> events;
        synchronized (logs) {
            events = new ArrayList<>(logs.list);
        }
        for (ILoggingEvent e : events) {
            assertFalse(e.getFormattedMessage().contains(secret), "token in log: " + e.getFormattedMessage());
            for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
                assertFalse(String.valueOf(t.getMessage()).contains(secret), "token in logged exception: " + t.getMessage());
            }
        }
    }

    private TelegramSettings settings() {
        return TelegramSettings.defaults(TOKEN).withApiUrl(api.url()).withPolling(1, Duration.ofMillis(100))
                .withRateLimits(Duration.ZERO, 1000, 1000).withShutdownGrace(Duration.ofSeconds(5));
    }

    private void start(TelegramSettings settings) {
        runner = new TelegramBotRunner(settings, answerer);
        BotIdentity me = runner.start();
        assertEquals(FakeBotApi.BOT_USERNAME, me.username());
    }

    @Test
    void answers_a_private_question_with_sources_and_a_show_quotes_button() throws Exception {
        start(settings());
        ObjectNode update = api.privateText(42, "What does Kazakhstan want on water?");
        int incomingId = update.path("message").path("message_id").asInt();
        api.addUpdate(update);

        FakeBotApi.Request sent = api.await("sendMessage", 1, WAIT).get(0);
        assertEquals(42, sent.chatId());
        assertTrue("HTML".equalsIgnoreCase(sent.body().path("parse_mode").asText()));
        assertTrue(sent.text().startsWith("Astana supports a regional water consortium [1]."), sent.text());
        assertTrue(sent.text().contains("<b>Sources</b>\n1. <a href=\"https://example.org/water\">Water talks in Astana</a>"
                + " — Kazinform, 2024-05-02"), sent.text());
        assertFalse(sent.text().contains("the minister said"), "quotes stay behind the button");
        assertTrue(sent.body().path("link_preview_options").path("is_disabled").asBoolean());
        assertEquals(incomingId, sent.body().path("reply_parameters").path("message_id").asInt());
        JsonNode button = sent.body().path("reply_markup").path("inline_keyboard").path(0).path(0);
        assertEquals("Show quotes", button.path("text").asText());

        assertFalse(api.requests("sendChatAction").isEmpty(), "typing is shown while answering");
        assertEquals("typing", api.requests("sendChatAction").get(0).body().path("action").asText());
        assertTrue(api.requests("sendChatAction").get(0).nanoTime() < sent.nanoTime());
        assertEquals(1, api.requests("getMe").size());
        assertEquals(1, api.requests("deleteWebhook").size());
        JsonNode commands = api.requests("setMyCommands").get(0).body().path("commands");
        List<String> names = new ArrayList<>();
        commands.forEach(c -> names.add(c.path("command").asText()));
        assertEquals(List.of("start", "help", "sources", "timeline", "ask"), names);
        eventually(() -> runner.stats().answered() == 1, "one answered question");
    }

    @Test
    void the_command_menu_offers_timeline_and_only_commands_the_bot_handles() throws Exception {
        start(settings());
        JsonNode commands = api.await("setMyCommands", 1, WAIT).get(0).body().path("commands");
        List<String> names = new ArrayList<>();
        for (JsonNode c : commands) {
            String name = c.path("command").asText();
            String description = c.path("description").asText();
            names.add(name);
            // Telegram's limits for a menu entry: 1-32 of [a-z0-9_], a description of 1-256 characters
            assertTrue(name.matches("[a-z0-9_]{1,32}"), name);
            assertTrue(!description.isBlank() && description.length() <= 256, name + ": " + description);
            assertTrue(IncomingMessageClassifier.isKnown(name), "the menu offers /" + name + ", which is not handled");
        }
        assertTrue(names.contains("timeline"), "menu: " + names);
        assertEquals(List.of("start", "help", "sources", "timeline", "ask"), names);
    }

    @Test
    void in_groups_answers_only_when_mentioned_replied_to_or_asked() throws Exception {
        start(settings());
        api.addUpdate(api.groupText(-100, 7, "Does anyone know what Uzbekistan said?"));
        api.addUpdate(api.groupText(-100, 7, "/start@some_other_bot"));
        api.addUpdate(api.groupText(-100, 7, "@" + FakeBotApi.BOT_USERNAME + " what did Uzbekistan say on trade?"));
        api.addUpdate(api.groupText(-100, 8, "/ask@" + FakeBotApi.BOT_USERNAME + " and on energy?"));
        ObjectNode reply = api.groupText(-100, 9, "and Tajikistan?");
        ObjectNode botMessage = ((ObjectNode) reply.path("message")).putObject("reply_to_message");
        botMessage.put("message_id", 5000);
        botMessage.put("date", Instant.now().getEpochSecond());
        botMessage.putObject("chat").put("id", -100).put("type", "supergroup");
        botMessage.putObject("from").put("id", FakeBotApi.BOT_ID).put("is_bot", true).put("first_name", "Positions");
        int last = api.addUpdate(reply);

        api.await("sendMessage", 3, WAIT);
        api.awaitConfirmed(last, WAIT);
        Thread.sleep(300);
        assertEquals(List.of("what did Uzbekistan say on trade?", "and on energy?", "and Tajikistan?"),
                answerer.asked().stream().map(FakeAnswerer.Asked::question).toList());
        assertEquals(3, api.requests("sendMessage").size(), "chatter and other bots' commands get no reply");
    }

    @Test
    void start_help_and_sources_describe_the_bot_and_its_articles() throws Exception {
        start(settings());
        api.addUpdate(api.privateText(42, "/start"));
        api.addUpdate(api.privateText(42, "/help"));
        api.addUpdate(api.privateText(42, "/sources"));
        List<FakeBotApi.Request> sent = api.await("sendMessage", 3, WAIT);

        assertTrue(sent.get(0).text().contains("Uzbekistan: trade &amp; energy (2 articles)."), sent.get(0).text());
        assertTrue(sent.get(0).text().contains("Example"));
        assertTrue(sent.get(1).text().contains("/ask"));
        assertTrue(sent.get(1).text().contains("@" + FakeBotApi.BOT_USERNAME));
        assertTrue(sent.get(2).text().contains("<a href=\"https://example.org/water\">Water talks in Astana</a>"));
        assertTrue(sent.get(2).text().contains("Tariffs &lt;draft&gt; &amp; quotas — Gazeta.uz, 2024-06-10, RU"),
                sent.get(2).text());
        assertTrue(answerer.asked().isEmpty(), "commands are not questions");
    }

    @Test
    void splits_a_long_answer_into_valid_parts_within_telegrams_limit() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            text.append("Paragraph ").append(i).append(": Tashkent & Astana said tariffs < 5% and quotas > 0 ")
                    .append("x".repeat(200)).append(" [1].\n\n");
        }
        answerer.script(q -> FakeAnswerer.answered(q, text.toString().strip(), List.of(
                FakeAnswerer.citation(1, "Trade <talks>", "Kun.uz", "2024-01-01", "https://example.org/t", "quote"))));
        start(settings());
        api.addUpdate(api.privateText(42, "Tell me everything about trade"));

        api.awaitConfirmed(100, WAIT);
        List<FakeBotApi.Request> sent = awaitQuiet("sendMessage");
        assertTrue(sent.size() >= 3, "a 10k-character answer needs at least three messages, got " + sent.size());
        StringBuilder visible = new StringBuilder();
        for (int i = 0; i < sent.size(); i++) {
            String html = sent.get(i).text();
            assertTrue(TelegramHtml.visibleLength(html) <= 4096, "part " + i + " is too long");
            assertBalanced(html);
            assertEquals(i == 0, sent.get(i).body().has("reply_parameters"), "only the first part quote-replies");
            assertEquals(i == sent.size() - 1, sent.get(i).body().has("reply_markup"), "the button is on the last part");
            visible.append(TelegramHtml.toPlainText(html)).append("\n\n");
        }
        for (int i = 1; i <= 40; i++) {
            assertTrue(visible.toString().contains("Paragraph " + i + ": Tashkent & Astana said tariffs < 5% and quotas > 0 "),
                    "paragraph " + i + " kept whole");
        }
        assertTrue(visible.toString().contains("Trade <talks> — Kun.uz"));
    }

    @Test
    void escapes_titles_and_quotes_and_expands_quotes_on_the_button() throws Exception {
        answerer.script(q -> FakeAnswerer.answered(q, "Tariffs rise for A&B <soon> [1].", List.of(
                FakeAnswerer.citation(1, "Tariffs <draft> & \"quotas\"", "Kun.uz", "2024-01-01", "https://example.org/?a=1&b=2",
                        "Duties on goods < 5% & > 1% will \"apply\"."))));
        start(settings());
        api.addUpdate(api.privateText(42, "tariffs?"));
        FakeBotApi.Request sent = api.await("sendMessage", 1, WAIT).get(0);
        assertTrue(sent.text().contains("Tariffs rise for A&amp;B &lt;soon&gt; [1]."), sent.text());
        assertTrue(sent.text().contains("<a href=\"https://example.org/?a=1&amp;b=2\">Tariffs &lt;draft&gt; &amp; &quot;quotas&quot;</a>"),
                sent.text());
        assertBalanced(sent.text());

        int botMessageId = 5000;
        String data = sent.body().path("reply_markup").path("inline_keyboard").path(0).path(0).path("callback_data").asText();
        api.addUpdate(api.callback(42, 42, botMessageId, data));
        FakeBotApi.Request answered = api.await("answerCallbackQuery", 1, WAIT).get(0);
        assertEquals("cb" + botMessageId, answered.body().path("callback_query_id").asText());
        FakeBotApi.Request edit = api.await("editMessageText", 1, WAIT).get(0);
        assertEquals(botMessageId, edit.body().path("message_id").asInt());
        assertTrue(edit.text().startsWith(sent.text()), "the answer stays, the quotes are added");
        assertTrue(edit.text().contains("Duties on goods &lt; 5% &amp; &gt; 1% will &quot;apply&quot;."), edit.text());
        assertFalse(edit.body().has("reply_markup"), "the button goes away once pressed");
        assertBalanced(edit.text());
    }

    @Test
    void unknown_quotes_button_is_answered_with_a_note() throws Exception {
        start(settings());
        api.addUpdate(api.callback(42, 42, 77, "quotes:999999"));
        FakeBotApi.Request answered = api.await("answerCallbackQuery", 1, WAIT).get(0);
        assertTrue(answered.body().path("text").asText().contains("no longer available"));
    }

    @Test
    void resends_as_plain_text_when_telegram_cannot_parse_the_entities() throws Exception {
        api.failNext("sendMessage", 400, "{\"ok\":false,\"error_code\":400,\"description\":"
                + "\"Bad Request: can't parse entities: Unsupported start tag \\\"x\\\" at byte offset 3\"}");
        start(settings());
        api.addUpdate(api.privateText(42, "What does Kazakhstan want on water?"));

        List<FakeBotApi.Request> sent = api.await("sendMessage", 2, WAIT);
        assertTrue("HTML".equalsIgnoreCase(sent.get(0).body().path("parse_mode").asText()));
        assertFalse(sent.get(1).body().has("parse_mode"), "the retry is plain text");
        assertTrue(sent.get(1).text().contains("Sources\n1. Water talks in Astana — Kazinform, 2024-05-02"), sent.get(1).text());
        assertFalse(sent.get(1).text().contains("<"));
        eventually(() -> runner.stats().plainTextFallbacks() == 1, "one plain-text fallback");
    }

    @Test
    void waits_out_a_429_for_the_retry_after_telegram_asks() throws Exception {
        api.failNext("sendMessage", 429, "{\"ok\":false,\"error_code\":429,\"description\":"
                + "\"Too Many Requests: retry after 1\",\"parameters\":{\"retry_after\":1}}");
        start(settings());
        api.addUpdate(api.privateText(42, "water?"));

        List<FakeBotApi.Request> sent = api.await("sendMessage", 2, WAIT);
        long waitedMs = (sent.get(1).nanoTime() - sent.get(0).nanoTime()) / 1_000_000;
        assertTrue(waitedMs >= 950, "retried after " + waitedMs + " ms, Telegram asked for 1 s");
        assertTrue(waitedMs < 3000, "retried after " + waitedMs + " ms");
        assertEquals(sent.get(0).text(), sent.get(1).text());
        eventually(() -> runner.stats().replies() == 1, "one reply");
        assertEquals(1, runner.stats().rateLimited());
        assertEquals(0, runner.stats().errors());
    }

    @Test
    void retries_a_send_that_met_a_proxy_error_page() throws Exception {
        api.failNext("sendMessage", 502, "<html><body>502 Bad Gateway</body></html>");
        start(settings());
        api.addUpdate(api.privateText(42, "water?"));
        List<FakeBotApi.Request> sent = api.await("sendMessage", 2, WAIT);
        assertEquals(sent.get(0).text(), sent.get(1).text());
        eventually(() -> runner.stats().replies() == 1, "the retried message counts as one reply");
        assertEquals(1, runner.stats().errors(), "every failed call is counted, also one that was retried");
    }

    @Test
    void recovers_from_getUpdates_server_errors_without_losing_or_repeating_updates() throws Exception {
        String error = "{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error\"}";
        api.failNext("getUpdates", 500, error);
        api.failNext("getUpdates", 500, error);
        api.addUpdate(api.privateText(42, "first question"));
        int second = api.addUpdate(api.privateText(43, "second question"));
        start(settings());

        api.await("sendMessage", 2, WAIT);
        api.awaitConfirmed(second, WAIT);
        Thread.sleep(300);
        assertEquals(List.of("first question", "second question"),
                answerer.asked().stream().map(FakeAnswerer.Asked::question).sorted().toList());
        assertEquals(2, api.requests("sendMessage").size());
        assertTrue(api.requests("getUpdates").size() >= 3, "two failures, then success");
    }

    @Test
    void an_exception_while_handling_one_update_does_not_stop_the_loop() throws Exception {
        answerer.script(q -> {
            if (q.contains("boom")) {
                throw new IllegalStateException("index broke");
            }
            return FakeAnswerer.sourced(q);
        });
        start(settings());
        api.addUpdate(api.privateText(42, "boom"));
        api.await("sendMessage", 1, WAIT);
        api.addUpdate(api.privateText(42, "water?"));
        List<FakeBotApi.Request> sent = api.await("sendMessage", 2, WAIT);
        assertTrue(sent.get(0).text().contains("something went wrong"), sent.get(0).text());
        assertTrue(sent.get(1).text().contains("[1]"), sent.get(1).text());
        assertEquals(1, runner.stats().errors());
    }

    @Test
    void refuses_users_outside_the_allowlist_without_touching_the_corpus() throws Exception {
        start(settings().withAllowedIds(Set.of(42L)));
        api.addUpdate(api.privateText(43, "What does Kazakhstan want on water?"));
        api.addUpdate(api.privateText(42, "What does Kazakhstan want on water?"));
        List<FakeBotApi.Request> sent = api.await("sendMessage", 2, WAIT);
        FakeBotApi.Request toStranger = sent.stream().filter(r -> r.chatId() == 43).findFirst().orElseThrow();
        assertTrue(toStranger.text().contains("only available to approved"), toStranger.text());
        assertFalse(toStranger.text().contains("Sources"));
        assertEquals(1, answerer.asked().size(), "only the allowed user's question reached the answerer");
        assertEquals(1, runner.stats().accessDenied());
    }

    @Test
    void skips_a_stale_backlog_after_a_restart() throws Exception {
        api.addUpdate(api.update("message", api.message(42, 42, "private", "old question",
                Instant.now().minus(Duration.ofHours(2)))));
        int fresh = api.addUpdate(api.privateText(42, "new question"));
        start(settings().withMaxUpdateAge(Duration.ofMinutes(10)));

        api.await("sendMessage", 1, WAIT);
        api.awaitConfirmed(fresh, WAIT);
        Thread.sleep(300);
        assertEquals(List.of("new question"), answerer.asked().stream().map(FakeAnswerer.Asked::question).toList());
        assertEquals(1, runner.stats().staleUpdates());
    }

    @Test
    void non_text_messages_get_a_note_in_private_and_silence_in_groups() throws Exception {
        start(settings());
        ObjectNode groupPhoto = api.message(-100, 7, "supergroup", null, Instant.now());
        groupPhoto.putArray("photo").addObject().put("file_id", "p").put("file_unique_id", "p").put("width", 1)
                .put("height", 1);
        api.addUpdate(api.update("message", groupPhoto));
        ObjectNode sticker = api.message(42, 42, "private", null, Instant.now());
        sticker.putObject("sticker").put("file_id", "s").put("file_unique_id", "s").put("type", "regular")
                .put("width", 1).put("height", 1).put("is_animated", false).put("is_video", false);
        int last = api.addUpdate(api.update("message", sticker));

        FakeBotApi.Request note = api.await("sendMessage", 1, WAIT).get(0);
        api.awaitConfirmed(last, WAIT);
        Thread.sleep(300);
        assertEquals(42, note.chatId());
        assertTrue(note.text().contains("only read text"), note.text());
        assertEquals(1, api.requests("sendMessage").size());
    }

    @Test
    void edited_questions_are_answered_again_and_overlong_ones_refused() throws Exception {
        start(settings().withMaxQuestionChars(100));
        ObjectNode edited = api.message(42, 42, "private", "What does Kazakhstan want on water, really?", Instant.now());
        edited.put("edit_date", Instant.now().getEpochSecond());
        api.addUpdate(api.update("edited_message", edited));
        api.addUpdate(api.privateText(42, "why ".repeat(40)));
        List<FakeBotApi.Request> sent = api.await("sendMessage", 2, WAIT);
        assertEquals(List.of("What does Kazakhstan want on water, really?"),
                answerer.asked().stream().map(FakeAnswerer.Asked::question).toList());
        assertTrue(sent.get(1).text().contains("too long"), sent.get(1).text());
    }

    @Test
    void follow_ups_keep_context_per_chat_per_group_user_and_across_a_supergroup_migration() throws Exception {
        start(settings());
        String mention = "@" + FakeBotApi.BOT_USERNAME + " ";
        api.addUpdate(api.privateText(42, "water?"));
        api.addUpdate(api.privateText(42, "and Uzbekistan?"));
        api.addUpdate(api.groupText(-100, 7, mention + "trade?"));
        api.addUpdate(api.groupText(-100, 8, mention + "energy?"));
        api.await("sendMessage", 4, WAIT);
        ObjectNode migrate = api.message(-100, 7, "group", null, Instant.now());
        migrate.put("migrate_to_chat_id", -200L);
        api.addUpdate(api.update("message", migrate));
        int last = api.addUpdate(api.groupText(-200, 7, mention + "and Kyrgyzstan?"));
        api.await("sendMessage", 5, WAIT);
        api.awaitConfirmed(last, WAIT);

        List<FakeAnswerer.Asked> asked = answerer.asked();
        assertEquals(0, turnsBefore(asked, "water?"));
        assertEquals(1, turnsBefore(asked, "and Uzbekistan?"));
        assertEquals(0, turnsBefore(asked, "trade?"));
        assertEquals(0, turnsBefore(asked, "energy?"), "another group member starts fresh");
        assertEquals(1, turnsBefore(asked, "and Kyrgyzstan?"), "the conversation moved to the supergroup");
    }

    @Test
    void close_finishes_the_reply_in_flight_keeps_typing_and_stops_polling() throws Exception {
        answerer.script(q -> {
            try {
                Thread.sleep(1200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return FakeAnswerer.sourced(q);
        });
        start(settings().withTypingInterval(Duration.ofMillis(300)));
        api.addUpdate(api.privateText(42, "slow question"));
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (answerer.asked().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        runner.close();

        assertEquals(1, api.requests("sendMessage").size(), "the answer in flight was delivered before close returned");
        List<FakeBotApi.Request> polls = api.requests("getUpdates");
        JsonNode lastPoll = polls.get(polls.size() - 1).body();
        assertTrue(lastPoll.path("offset").asInt() > 100, "a getUpdates past the handled update confirms it");
        assertEquals(0, api.pollOverlaps(), "no getUpdates while another is open");
        assertTrue(api.requests("sendChatAction").size() >= 3, "typing renewed while the answer was slow");
        Thread.sleep(1500);
        assertEquals(polls.size(), api.requests("getUpdates").size(), "no polling after close");
        assertTrue(Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.isAlive() && (t.getName().startsWith("telegram-poll") || t.getName().startsWith("telegram-worker"))),
                "polling and worker threads are gone");
    }

    @Test
    void a_rejected_token_fails_start_with_a_clear_error_that_hides_the_token() {
        TelegramSettings wrong = TelegramSettings.defaults("123456:AAF-wrong-secret-value").withApiUrl(api.url());
        runner = new TelegramBotRunner(wrong, answerer);
        TelegramException e = org.junit.jupiter.api.Assertions.assertThrows(TelegramException.class, runner::start);
        assertTrue(e.getMessage().contains("TELEGRAM_BOT_TOKEN"), e.getMessage());
        assertFalse(e.getMessage().contains("wrong-secret-value"), e.getMessage());
    }

    /** Counters move after the HTTP response reaches the bot, a moment after the fake server saw the request. */
    private static void eventually(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, what);
            Thread.sleep(10);
        }
    }

    private static int turnsBefore(List<FakeAnswerer.Asked> asked, String question) {
        return asked.stream().filter(a -> a.question().equals(question)).findFirst().orElseThrow().turnsBefore();
    }

    /** The requests of a method once no new one has arrived for half a second. */
    private List<FakeBotApi.Request> awaitQuiet(String method) throws InterruptedException {
        int seen = -1;
        while (seen != api.requests(method).size()) {
            seen = api.requests(method).size();
            Thread.sleep(500);
        }
        return api.requests(method);
    }

    private static final Pattern TAG = Pattern.compile("<(/?)([a-z]+)[^>]*>");

    static void assertBalanced(String html) {
        Deque<String> stack = new ArrayDeque<>();
        Matcher m = TAG.matcher(html);
        while (m.find()) {
            if (m.group(1).isEmpty()) {
                stack.push(m.group(2));
            } else {
                assertFalse(stack.isEmpty(), "closing </" + m.group(2) + "> without opening in: " + html);
                assertEquals(stack.pop(), m.group(2), "badly nested tags in: " + html);
            }
        }
        assertTrue(stack.isEmpty(), "unclosed tags " + stack + " in: " + html);
        String text = TAG.matcher(html).replaceAll("");
        assertFalse(text.contains("<") || text.contains(">"), "stray angle bracket in: " + html);
        assertFalse(Pattern.compile("&(?!(lt|gt|amp|quot);)").matcher(text).find(), "stray & in: " + html);
    }
}
