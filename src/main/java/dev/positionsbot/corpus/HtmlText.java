package dev.positionsbot.corpus;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an HTML page into text lines (one per block element) and reads the metadata its meta tags state.
 * Page regions that are never article text (scripts, navigation, footers, forms, asides) are removed whole.
 */
final class HtmlText {

    private static final Pattern NON_CONTENT = Pattern.compile(
            "(?is)<(script|style|noscript|svg|nav|footer|aside|form|iframe|template|button|select)\\b.*?</\\1\\s*>");
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern BLOCK = Pattern.compile(
            "(?i)</?(p|div|h[1-6]|li|ul|ol|br|hr|section|article|header|main|figure|figcaption|blockquote|tr|td|th|table|dd|dt|pre)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]+>");
    private static final Pattern META = Pattern.compile("(?is)<meta\\s+[^>]*>");
    private static final Pattern ATTR = Pattern.compile("(?is)(\\w[\\w:-]*)\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");
    private static final Pattern CANONICAL = Pattern.compile("(?is)<link\\s+[^>]*rel=[\"']canonical[\"'][^>]*>");
    private static final Pattern H1 = Pattern.compile("(?is)<h1\\b[^>]*>(.*?)</h1>");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#\\d+|[a-zA-Z]+);");
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("mdash", "—"), Map.entry("ndash", "–"),
            Map.entry("rsquo", "’"), Map.entry("lsquo", "‘"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"),
            Map.entry("laquo", "«"), Map.entry("raquo", "»"), Map.entry("hellip", "…"), Map.entry("copy", "©"),
            Map.entry("bull", "•"), Map.entry("middot", "·"), Map.entry("eacute", "é"), Map.entry("shy", ""));

    private HtmlText() {
    }

    static RawDocument parse(String html) {
        Map<String, String> hints = new HashMap<>();
        Matcher meta = META.matcher(html);
        while (meta.find()) {
            Map<String, String> attrs = attributes(meta.group());
            String key = attrs.getOrDefault("property", attrs.getOrDefault("name", "")).toLowerCase(Locale.ROOT);
            String content = decode(attrs.getOrDefault("content", "")).strip();
            if (content.isEmpty()) {
                continue;
            }
            switch (key) {
                case "og:title" -> hints.putIfAbsent("title", content);
                case "author", "article:author", "byl" -> hints.putIfAbsent("author", content.replaceFirst("^(?i)by\\s+", ""));
                case "og:site_name" -> hints.putIfAbsent("outlet", content);
                case "article:published_time", "date", "pubdate", "publish-date" -> hints.putIfAbsent("published", content);
                case "og:url" -> hints.putIfAbsent("url", content);
                default -> {
                }
            }
        }
        Matcher canonical = CANONICAL.matcher(html);
        if (canonical.find()) {
            String href = attributes(canonical.group()).getOrDefault("href", "");
            if (!href.isEmpty()) {
                hints.put("url", decode(href));
            }
        }
        Matcher h1 = H1.matcher(html);
        if (!hints.containsKey("title") && h1.find()) {
            String t = decode(TAG.matcher(h1.group(1)).replaceAll(" ")).replaceAll("\\s+", " ").strip();
            if (!t.isEmpty()) {
                hints.put("title", t);
            }
        }
        String body = html.replaceFirst("(?is)^.*?<body\\b[^>]*>", "");
        body = COMMENT.matcher(body).replaceAll(" ");
        body = body.replaceAll("(?is)<head\\b.*?</head>", " ");
        body = NON_CONTENT.matcher(body).replaceAll("\n");
        body = BLOCK.matcher(body).replaceAll("\n");
        body = TAG.matcher(body).replaceAll("");
        body = decode(body);
        List<String> lines = body.lines().map(l -> l.replaceAll("[ \\t\\u00A0]+", " ").strip()).toList();
        return new RawDocument(lines, hints);
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> out = new HashMap<>();
        Matcher a = ATTR.matcher(tag);
        while (a.find()) {
            out.put(a.group(1).toLowerCase(Locale.ROOT), a.group(3) != null ? a.group(3) : a.group(4));
        }
        return out;
    }

    static String decode(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String rep;
            if (e.startsWith("#x") || e.startsWith("#X")) {
                rep = codePoint(Integer.parseInt(e.substring(2), 16), m.group());
            } else if (e.startsWith("#")) {
                rep = codePoint(Integer.parseInt(e.substring(1)), m.group());
            } else {
                rep = NAMED.getOrDefault(e, m.group());
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(rep));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String codePoint(int cp, String fallback) {
        return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : fallback;
    }
}
