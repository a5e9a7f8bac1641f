package dev.positionsbot.telegram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Splits a Telegram HTML message into parts whose visible text fits Telegram's limit (4096 UTF-16 units after
 * parsing). Cuts at a paragraph break if there is one, else at a line break, else at a space, and never inside a
 * tag, an entity or a surrogate pair; tags open at a cut are closed at the end of the part and reopened in the next.
 */
public final class TelegramMessageSplitter {

    public static final int TELEGRAM_LIMIT = 4096;

    private final int limit;

    public TelegramMessageSplitter() {
        this(TELEGRAM_LIMIT);
    }

    public TelegramMessageSplitter(int limit) {
        if (limit < 16) {
            throw new IllegalArgumentException("limit must be at least 16, was " + limit);
        }
        this.limit = limit;
    }

    /** One lexical piece of the message: a tag, or one visible character (maybe an entity or a surrogate pair). */
    private record Unit(String raw, int visible, String tagName, boolean opening, boolean closing) {
        boolean isTag() {
            return tagName != null;
        }

        boolean isChar(char c) {
            return tagName == null && raw.length() == 1 && raw.charAt(0) == c;
        }

        boolean isWhitespace() {
            return tagName == null && raw.length() == 1 && Character.isWhitespace(raw.charAt(0));
        }
    }

    public List<String> split(String html) {
        if (TelegramHtml.visibleLength(html) <= limit) {
            return List.of(html);
        }
        List<Unit> units = lex(html);
        List<String> parts = new ArrayList<>();
        Deque<Unit> open = new ArrayDeque<>();
        int start = 0;
        while (start < units.size()) {
            int end = findCut(units, start);
            StringBuilder part = new StringBuilder();
            for (Unit u : open) {
                part.append(u.raw());
            }
            Deque<Unit> stack = new ArrayDeque<>(open);
            int last = trimTrailingWhitespace(units, start, end);
            for (int i = start; i < end; i++) {
                Unit u = units.get(i);
                track(stack, u);
                if (i < last || u.isTag()) {
                    part.append(u.raw());
                }
            }
            Deque<Unit> closing = new ArrayDeque<>(stack);
            while (!closing.isEmpty()) {
                part.append("</").append(closing.pollLast().tagName()).append('>');
            }
            if (!TelegramHtml.toPlainText(part.toString()).isBlank()) {
                parts.add(part.toString());
            }
            open = stack;
            start = end;
            while (start < units.size() && units.get(start).isWhitespace()) {
                start++;
            }
        }
        return parts;
    }

    private int findCut(List<Unit> units, int start) {
        int visible = 0;
        int paragraph = -1;
        int line = -1;
        int space = -1;
        int i = start;
        for (; i < units.size(); i++) {
            Unit u = units.get(i);
            if (visible + u.visible() > limit) {
                break;
            }
            visible += u.visible();
            if (u.isChar('\n') && i > start && units.get(i - 1).isChar('\n')) {
                paragraph = i + 1;
            } else if (u.isChar('\n')) {
                line = i + 1;
            } else if (u.isWhitespace()) {
                space = i + 1;
            }
        }
        if (i >= units.size()) {
            return units.size();
        }
        if (paragraph > start) {
            return paragraph;
        }
        if (line > start) {
            return line;
        }
        if (space > start) {
            return space;
        }
        return Math.max(i, start + 1);
    }

    /** Index after the last visible, non-whitespace unit in [start, end): trailing whitespace is dropped, tags kept. */
    private static int trimTrailingWhitespace(List<Unit> units, int start, int end) {
        int last = end;
        while (last > start && (units.get(last - 1).isWhitespace() || units.get(last - 1).isTag())) {
            last--;
        }
        return last;
    }

    private static void track(Deque<Unit> stack, Unit u) {
        if (!u.isTag()) {
            return;
        }
        if (u.closing()) {
            // pop up to and including the matching tag (well-formed input closes the top one)
            while (!stack.isEmpty()) {
                if (stack.pollLast().tagName().equals(u.tagName())) {
                    break;
                }
            }
        } else if (u.opening()) {
            stack.addLast(u);
        }
    }

    private static List<Unit> lex(String html) {
        List<Unit> units = new ArrayList<>(html.length());
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                int close = html.indexOf('>', i);
                if (close < 0) {
                    throw new IllegalArgumentException("unclosed tag at offset " + i + " in Telegram HTML");
                }
                String raw = html.substring(i, close + 1);
                boolean closing = raw.startsWith("</");
                String inner = raw.substring(closing ? 2 : 1, raw.length() - 1).strip();
                boolean selfClosing = inner.endsWith("/");
                String name = inner.split("[\\s/]", 2)[0].toLowerCase(java.util.Locale.ROOT);
                units.add(new Unit(raw, 0, name, !closing && !selfClosing, closing));
                i = close + 1;
            } else if (c == '&') {
                int semi = html.indexOf(';', i);
                if (semi < 0 || semi - i > 10) {
                    throw new IllegalArgumentException("stray '&' at offset " + i + " in Telegram HTML");
                }
                String raw = html.substring(i, semi + 1);
                units.add(new Unit(raw, TelegramHtml.decodeEntity(raw.substring(1, raw.length() - 1)).length(), null,
                        false, false));
                i = semi + 1;
            } else if (Character.isHighSurrogate(c) && i + 1 < html.length()) {
                units.add(new Unit(html.substring(i, i + 2), 2, null, false, false));
                i += 2;
            } else {
                units.add(new Unit(String.valueOf(c), 1, null, false, false));
                i++;
            }
        }
        return units;
    }
}
