package dev.positionsbot.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a web page states about itself: headline ({@code og:title}, JSON-LD {@code headline}), outlet
 * ({@code og:site_name}, JSON-LD {@code publisher}), author ({@code author}, {@code article:author}, JSON-LD
 * {@code author}), publication date ({@code article:published_time}, JSON-LD {@code datePublished}) and language
 * ({@code <html lang>}). A field the page does not state is empty; nothing is guessed.
 *
 * @param published ISO {@code yyyy-MM-dd} as the page states it (the date part of a timestamp, in the page's own
 *                  time zone), or ""
 * @param language  the primary language subtag, lower case ("en" for "en-GB"), or ""
 */
public record PageMetadata(String title, String outlet, String author, String published, String language) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ISO_DAY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}.*");
    private static final Pattern LANGUAGE = Pattern.compile("^[a-zA-Z]{2,3}(?:[-_].*)?$");

    public static PageMetadata read(String html) {
        Document doc = Jsoup.parse(html);
        JsonLdArticle ld = JsonLdArticle.find(doc);
        String title = first(meta(doc, "og:title"), ld.headline);
        String outlet = first(meta(doc, "og:site_name"), ld.publisher);
        String author = first(person(meta(doc, "author")), person(meta(doc, "article:author")), ld.author);
        String published = first(date(meta(doc, "article:published_time")), date(ld.datePublished));
        Element root = doc.selectFirst("html");
        String lang = root == null ? "" : root.attr("lang").strip();
        String language = LANGUAGE.matcher(lang).matches()
                ? lang.split("[-_]")[0].toLowerCase(Locale.ROOT) : "";
        return new PageMetadata(title, outlet, author, published, language);
    }

    private static String meta(Document doc, String name) {
        for (Element e : doc.select("meta[property], meta[name]")) {
            String key = e.hasAttr("property") ? e.attr("property") : e.attr("name");
            if (key.strip().equalsIgnoreCase(name)) {
                String content = clean(e.attr("content"));
                if (!content.isEmpty()) {
                    return content;
                }
            }
        }
        return "";
    }

    /** An author meta tag often holds a profile address instead of a name: that is not a byline. */
    private static String person(String value) {
        String v = value.replaceFirst("(?i)^by\\s+", "").strip();
        return v.matches("(?i)^https?://.*") ? "" : v;
    }

    private static String date(String value) {
        String v = value.strip();
        if (ISO_DAY.matcher(v).matches()) {
            try {
                return LocalDate.parse(v.substring(0, 10)).toString();
            } catch (DateTimeParseException e) {
                return "";
            }
        }
        return v.isEmpty() ? "" : DateParser.find(v).map(LocalDate::toString).orElse("");
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }

    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    /** The first JSON-LD object of an article type on the page (also inside {@code @graph} or an array). */
    private record JsonLdArticle(String headline, String publisher, String author, String datePublished) {

        static final JsonLdArticle NONE = new JsonLdArticle("", "", "", "");

        static JsonLdArticle find(Document doc) {
            for (Element script : doc.select("script[type=application/ld+json]")) {
                JsonNode root;
                try {
                    root = JSON.readTree(script.data());
                } catch (Exception e) {
                    continue; // broken JSON-LD states nothing
                }
                Optional<JsonNode> article = articleNode(root);
                if (article.isPresent()) {
                    JsonNode a = article.get();
                    return new JsonLdArticle(text(a.get("headline")), names(a.get("publisher")),
                            names(a.get("author")), text(a.get("datePublished")));
                }
            }
            return NONE;
        }

        private static Optional<JsonNode> articleNode(JsonNode node) {
            if (node == null) {
                return Optional.empty();
            }
            if (node.isArray()) {
                for (JsonNode n : node) {
                    Optional<JsonNode> found = articleNode(n);
                    if (found.isPresent()) {
                        return found;
                    }
                }
                return Optional.empty();
            }
            if (!node.isObject()) {
                return Optional.empty();
            }
            if (isArticleType(node.get("@type"))) {
                return Optional.of(node);
            }
            return articleNode(node.get("@graph"));
        }

        private static boolean isArticleType(JsonNode type) {
            if (type == null) {
                return false;
            }
            if (type.isArray()) {
                for (JsonNode t : type) {
                    if (isArticleType(t)) {
                        return true;
                    }
                }
                return false;
            }
            String t = type.asText("");
            return t.equals("Article") || t.endsWith("NewsArticle");
        }

        /** A name, a {@code {"name": ...}} object, or a list of either, joined with ", ". */
        private static String names(JsonNode node) {
            if (node == null || node.isNull()) {
                return "";
            }
            Set<String> out = new LinkedHashSet<>();
            List<JsonNode> items = new ArrayList<>();
            if (node.isArray()) {
                node.forEach(items::add);
            } else {
                items.add(node);
            }
            for (JsonNode n : items) {
                String name = n.isObject() ? text(n.get("name")) : text(n);
                name = person(name);
                if (!name.isEmpty()) {
                    out.add(name);
                }
            }
            return String.join(", ", out);
        }

        private static String text(JsonNode node) {
            // sites often HTML-escape inside JSON-LD ("Smith &amp; Jones")
            return node == null || !node.isValueNode() ? "" : clean(Parser.unescapeEntities(node.asText(), false));
        }
    }
}
