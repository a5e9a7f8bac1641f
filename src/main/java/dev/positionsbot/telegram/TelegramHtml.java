package dev.positionsbot.telegram;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Telegram's HTML parse mode: escaping text, and reading back what the user will see. */
public final class TelegramHtml {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot);");

    private TelegramHtml() {
    }

    /** Escapes {@code <}, {@code >}, {@code &} (Telegram's parser rejects a stray one) and {@code "} for attributes. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** What Telegram shows for {@code html}: tags removed, entities decoded. Used for the plain-text fallback. */
    public static String toPlainText(String html) {
        String noTags = TAG.matcher(html).replaceAll("");
        Matcher m = ENTITY.matcher(noTags);
        StringBuilder sb = new StringBuilder(noTags.length());
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(decodeEntity(m.group(1))));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Length of the visible text in UTF-16 units, the unit of Telegram's 4096 limit. */
    public static int visibleLength(String html) {
        return toPlainText(html).length();
    }

    static String decodeEntity(String name) {
        return switch (name) {
            case "lt" -> "<";
            case "gt" -> ">";
            case "amp" -> "&";
            case "quot" -> "\"";
            default -> {
                int cp = name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                yield Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : "\uFFFD";
            }
        };
    }
}
