package dev.positionsbot.telegram;

import dev.positionsbot.TelegramCommand;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TelegramCommandTest {

    @Test
    void fails_with_a_clear_error_before_building_the_answerer_when_the_token_is_missing() {
        AtomicBoolean built = new AtomicBoolean();
        TelegramCommand command = new TelegramCommand(app -> {
            built.set(true);
            return new FakeAnswerer(java.util.List.of(), "");
        }, Map.of());
        TelegramException e = assertThrows(TelegramException.class, command::call);
        assertTrue(e.getMessage().startsWith("set TELEGRAM_BOT_TOKEN"), e.getMessage());
        assertFalse(built.get(), "no index is loaded for a command that cannot start");
    }
}
