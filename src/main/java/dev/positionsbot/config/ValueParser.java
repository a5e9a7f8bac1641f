package dev.positionsbot.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Parses the text of one configuration value. Each method throws {@link IllegalArgumentException} whose message
 * completes "VALUE ..." (e.g. "is not a port (0-65535)"); {@link ConfigLoader} adds the key and the source.
 */
final class ValueParser {

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

    private ValueParser() {
    }

    static int port(String text) {
        int port = integer(text, "is not a port (0-65535)");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("is not a port (0-65535)");
        }
        return port;
    }

    static int nonNegativeInt(String text) {
        int n = integer(text, "is not a whole number >= 0");
        if (n < 0) {
            throw new IllegalArgumentException("is not a whole number >= 0");
        }
        return n;
    }

    private static int integer(String text, String complaint) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(complaint);
        }
    }

    /** A number from 0 to 1, e.g. a minimum score. */
    static double unitInterval(String text) {
        double d;
        try {
            d = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("is not a number from 0 to 1");
        }
        if (!(d >= 0 && d <= 1)) {
            throw new IllegalArgumentException("is not a number from 0 to 1");
        }
        return d;
    }

    static boolean bool(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new IllegalArgumentException("is not a boolean (true|false)");
        };
    }

    /** "10m", "600s", "1500ms", "1h", "2d", or ISO-8601 "PT10M". */
    static Duration duration(String text) {
        String t = text.trim();
        Matcher m = DURATION.matcher(t.toLowerCase(Locale.ROOT));
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }
        if (t.toUpperCase(Locale.ROOT).startsWith("P")) {
            try {
                Duration d = Duration.parse(t.toUpperCase(Locale.ROOT));
                if (!d.isNegative()) {
                    return d;
                }
            } catch (DateTimeParseException e) {
                // fall through to the common complaint
            }
        }
        throw new IllegalArgumentException("is not a duration (a whole number with a unit: 500ms, 30s, 10m, 1h, 1d)");
    }

    static List<Long> idList(String text) {
        List<Long> ids = new ArrayList<>();
        for (String part : text.split(",")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            try {
                ids.add(Long.parseLong(p));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("is not a comma-separated list of numeric ids (\"" + p
                        + "\" is not a number)");
            }
        }
        return ids;
    }

    static <E extends Enum<E>> E enumValue(String text, Class<E> type) {
        String wanted = text.trim().toUpperCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(wanted)) {
                return e;
            }
        }
        throw new IllegalArgumentException("is not one of " + Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining("|")));
    }

    /** An http(s) URL with a host; returned without a trailing slash so that paths can be appended. */
    static String httpUrl(String text) {
        String t = text.trim();
        try {
            URI uri = new URI(t);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return t.endsWith("/") ? t.substring(0, t.length() - 1) : t;
            }
        } catch (URISyntaxException e) {
            // fall through
        }
        throw new IllegalArgumentException("is not an http(s) URL");
    }

    static String nonBlank(String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("is empty");
        }
        return text.trim();
    }
}
