package dev.positionsbot.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogLayoutTest {

    private static final String TOKEN = "123456789:AAF0abcdefghijklmnopqrstuvwxyz_-0123";
    private static final String SECRET_PART = "AAF0abcdefghijklmnopqrstuvwxyz";

    // the SLF4J-bound context: a bare new LoggerContext() has no MDC adapter, which events need
    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final Logger logger = context.getLogger("dev.positionsbot.telegram.Test");

    private LoggingEvent event(String message, Throwable thrown) {
        return new LoggingEvent(Logger.class.getName(), logger, Level.WARN, message, thrown, null);
    }

    @Test
    void masker_hides_the_secret_part_of_a_telegram_token_and_keeps_the_bot_id() {
        String masked = TokenMasker.mask("POST https://api.telegram.org/bot" + TOKEN + "/getUpdates failed");
        assertEquals("POST https://api.telegram.org/bot123456789:***/getUpdates failed", masked);
    }

    @Test
    void masker_leaves_times_ratios_and_short_ids_alone() {
        String text = "at 12:30:45, ratio 3:1, chat 123456:abc";
        assertEquals(text, TokenMasker.mask(text));
    }

    @Test
    void plain_layout_masks_tokens_in_messages_and_stack_traces_on_one_line() {
        MaskingPatternLayout layout = new MaskingPatternLayout();
        layout.setContext(context);
        layout.setPattern("%level %msg%n%ex");
        layout.start();

        String line = layout.doLayout(event("call failed for " + TOKEN + "\nsecond line",
                new IllegalStateException("url /bot" + TOKEN + "/sendMessage")));

        assertFalse(line.contains(SECRET_PART), line);
        assertTrue(line.startsWith("WARN call failed for 123456789:*** | second line | "
                + "java.lang.IllegalStateException: url /bot123456789:***/sendMessage"), line);
        assertEquals(1, line.lines().count(), line);
        assertTrue(line.endsWith("\n"));
    }

    @Test
    void json_layout_writes_one_parseable_object_per_line_with_tokens_masked() throws Exception {
        JsonLineLayout layout = new JsonLineLayout();
        layout.setContext(context);
        layout.start();

        String line = layout.doLayout(event("token " + TOKEN + " said \"hi\"\nbye",
                new RuntimeException("boom " + TOKEN)));

        assertEquals(1, line.lines().count(), line);
        assertFalse(line.contains(SECRET_PART), line);
        JsonNode json = new ObjectMapper().readTree(line);
        assertEquals("WARN", json.get("level").asText());
        assertEquals("dev.positionsbot.telegram.Test", json.get("logger").asText());
        assertEquals("token 123456789:*** said \"hi\"\nbye", json.get("msg").asText());
        assertTrue(json.get("exception").asText().startsWith("java.lang.RuntimeException: boom 123456789:***"));
        assertTrue(json.get("ts").asText().endsWith("Z"));
    }

    @Test
    void log_layout_switches_between_plain_and_json() throws Exception {
        LogLayout layout = new LogLayout();
        layout.setContext(context);
        layout.setPattern("%level %msg%n");
        layout.setFormat("plain");
        layout.start();
        assertEquals("WARN hello " + "123456789:***" + "\n", layout.doLayout(event("hello " + TOKEN, null)));

        layout.setFormat("JSON");

        JsonNode json = new ObjectMapper().readTree(layout.doLayout(event("hello", null)));
        assertEquals("hello", json.get("msg").asText());
    }

    @Test
    void the_bundled_logback_xml_uses_the_switchable_layout_on_the_root_logger() {
        assertTrue(LoggerFactory.getILoggerFactory() instanceof LoggerContext);
        assertTrue(LogLayout.useFormat(BotConfig.LogFormat.PLAIN), "logback.xml should configure LogLayout");
    }

    @Test
    void log_policy_shows_message_text_at_info_only_when_configured() {
        assertEquals("[5 chars]", new LogPolicy(false).forInfo("héllo"));
        assertEquals("héllo", new LogPolicy(true).forInfo("héllo"));
        assertEquals(new LogPolicy(true), LogPolicy.from(new BotConfig.Log(BotConfig.LogFormat.JSON, true)));
    }
}
