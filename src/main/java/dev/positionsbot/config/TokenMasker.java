package dev.positionsbot.config;

import java.util.regex.Pattern;

/**
 * Removes Telegram bot tokens from text bound for logs. Libraries log request URLs ({@code /bot<token>/getUpdates})
 * and exception messages that contain them; scrubbing at the layout catches those as well as our own mistakes.
 * The numeric bot id before the colon is public and kept, so that a masked line still says which bot it was.
 */
public final class TokenMasker {

    private static final Pattern TELEGRAM_TOKEN = Pattern.compile("(\\d{6,}):[A-Za-z0-9_-]{30,}");

    private TokenMasker() {
    }

    public static String mask(String text) {
        if (text == null || text.indexOf(':') < 0) {
            return text;
        }
        return TELEGRAM_TOKEN.matcher(text).replaceAll("$1:***");
    }
}
