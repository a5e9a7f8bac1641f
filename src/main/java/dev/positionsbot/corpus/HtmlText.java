package dev.positionsbot.corpus;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns an HTML page into text lines (one per block element) and reads the metadata its meta tags state.
 * jsoup parses the page as a browser would (badly nested tags, every named and numeric entity); on top of its tree
 * the project's rules stay as they were: page regions that are never article text (scripts, navigation, footers,
 * forms, asides) are removed whole, each block element starts a line, and runs of spaces collapse.
 */
final class HtmlText {

    /** Regions that never hold article text. */
    private static final String NON_CONTENT =
            "script, style, noscript, svg, nav, footer, aside, form, iframe, template, button, select";

    /** Elements that start and end a line of text. */
    private static final Set<String> BLOCK = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "br", "hr", "section", "article", "header", "main", "figure", "figcaption", "blockquote", "tr", "td", "th",
            "table", "dd", "dt", "pre");

    private static final char SOFT_HYPHEN = '\u00AD';
    private static final char NO_BREAK_SPACE = '\u00A0';

    private HtmlText() {
    }

    static RawDocument parse(String html) {
        Document doc = Jsoup.parse(html);
        Map<String, String> hints = metadata(doc);
        Element body = doc.body();
        body.select(NON_CONTENT).remove();
        List<String> lines = Arrays.stream(blockText(body).split("\n", -1))
                .map(l -> l.replace(String.valueOf(SOFT_HYPHEN), "").replaceAll("[ \\t\\u00A0]+", " ").strip())
                .toList();
        return new RawDocument(lines, hints);
    }

    /** Title, author, outlet, date and URL as the page's meta tags, canonical link and first h1 state them. */
    private static Map<String, String> metadata(Document doc) {
        Map<String, String> hints = new HashMap<>();
        for (Element meta : doc.select("meta")) {
            String key = (meta.hasAttr("property") ? meta.attr("property") : meta.attr("name")).toLowerCase(Locale.ROOT);
            String content = clean(meta.attr("content"));
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
        for (Element link : doc.select("link[rel][href]")) {
            if (link.attr("rel").strip().equalsIgnoreCase("canonical") && !link.attr("href").isBlank()) {
                hints.put("url", link.attr("href").strip());
                break;
            }
        }
        Element h1 = doc.selectFirst("h1");
        if (!hints.containsKey("title") && h1 != null) {
            String t = clean(h1.text());
            if (!t.isEmpty()) {
                hints.put("title", t);
            }
        }
        return hints;
    }

    /** The text under {@code root} with a line break at the start and end of every block element. */
    private static String blockText(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(inPre(text) ? text.getWholeText() : text.getWholeText().replaceAll("[\\r\\n\\t ]+", " "));
                } else if (node instanceof Element e && BLOCK.contains(e.normalName())) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCK.contains(e.normalName())) {
                    out.append('\n');
                }
            }
        }, root);
        return out.toString();
    }

    private static boolean inPre(TextNode text) {
        for (Element e = text.parent(); e != null; e = e.parent()) {
            if (e.normalName().equals("pre")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Decodes HTML character references (every named entity HTML knows, decimal and hex); a soft hyphen is dropped
     * and a no-break space becomes a space, as in page text. Kept for callers that hold an attribute or a fragment.
     */
    static String decode(String s) {
        return Parser.unescapeEntities(s, false).replace(String.valueOf(SOFT_HYPHEN), "")
                .replace(NO_BREAK_SPACE, ' ');
    }

    /** An attribute or heading value: decoded by jsoup already; soft hyphens out, spaces collapsed. */
    private static String clean(String value) {
        return value.replace(String.valueOf(SOFT_HYPHEN), "").replaceAll("[\\s\\u00A0]+", " ").strip();
    }
}
