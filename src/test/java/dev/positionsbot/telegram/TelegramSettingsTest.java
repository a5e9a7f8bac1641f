package dev.positionsbot.telegram;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TelegramSettingsTest {

    @Test
    void allows_listed_users_and_whole_groups_and_strips_the_token() {
        TelegramSettings s = TelegramSettings.defaults(" 42:abcdefghijk ")
                .withApiUrl(URI.create("http://127.0.0.1:8081")).withAllowedIds(Set.of(12L, -1001234L, 7L))
                .withMaxUpdateAge(Duration.ofSeconds(90));
        assertEquals("42:abcdefghijk", s.token());
        assertEquals(URI.create("http://127.0.0.1:8081"), s.apiUrl());
        assertEquals(Duration.ofSeconds(90), s.maxUpdateAge());
        assertTrue(s.allows(12L, 99L));
        assertTrue(s.allows(99L, -1001234L), "a whole group can be allowed");
        assertFalse(s.allows(99L, 98L));
    }

    @Test
    void defaults_to_the_public_bot_api_and_everyone_allowed() {
        TelegramSettings s = TelegramSettings.defaults("42:abcdefghijk");
        assertEquals(URI.create("https://api.telegram.org"), s.apiUrl());
        assertTrue(s.allows(1L, 2L));
        assertTrue(s.pollTimeoutSeconds() < 100 - 20, "read timeout (poll + 20 s) stays below common proxies' limits");
    }

    @Test
    void says_how_to_fix_a_missing_token_or_a_bad_url() {
        // the allowlist and the update age are parsed (and their errors named) by the configuration loader
        TelegramException missing = assertThrows(TelegramException.class, () -> TelegramSettings.defaults(null));
        assertTrue(missing.getMessage().startsWith("set TELEGRAM_BOT_TOKEN"), missing.getMessage());
        TelegramException url = assertThrows(TelegramException.class,
                () -> TelegramSettings.defaults("42:abcdefghijk").withApiUrl(URI.create("ftp://x")));
        assertTrue(url.getMessage().contains("TELEGRAM_API_URL"), url.getMessage());
    }

    @Test
    void never_prints_the_token() {
        TelegramSettings s = TelegramSettings.defaults("42:very-secret-value");
        assertFalse(s.toString().contains("very-secret-value"), s.toString());
        assertTrue(s.toString().contains("42:***"));
    }
}
