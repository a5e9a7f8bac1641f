package dev.positionsbot.corpus;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Parses a knowledge file ({@code ---} YAML front matter {@code ---}, then the Markdown body) into an
 * {@link Article}. Strict on purpose: a misspelt field would otherwise silently lose a source's outlet or date.
 */
public final class FrontMatterParser {

    public static final List<String> FIELDS =
            List.of("title", "outlet", "author", "published", "url", "language", "source_file");

    /** ISO 8601 calendar date, or its reduced precisions (year-month, year) when only that is known. */
    private static final Pattern ISO_DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}(?:[Tt ].*)?$");
    private static final Pattern ISO_REDUCED = Pattern.compile("^\\d{4}(?:-\\d{2})?$");

    private final YAMLFactory yaml = new YAMLFactory();

    public Article parse(Path file, String text) {
        String id = file.getFileName().toString().replaceFirst("(?i)\\.md$", "");
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            throw new CorpusException(file + ":1: missing front matter: the file must start with a '---' line");
        }
        int close = -1;
        for (int i = 1; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.equals("---") || l.equals("...")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            throw new CorpusException(file + ":1: front matter is not closed: no '---' line after the opening one");
        }
        Map<String, String> values = fields(file, String.join("\n", lines.subList(1, close)));
        String title = values.getOrDefault("title", "").strip();
        if (!values.containsKey("title")) {
            throw new CorpusException(file + ":1: front matter has no 'title' field");
        }
        if (title.isEmpty()) {
            throw new CorpusException(file + ":" + lineOf(lines, close, "title") + ": field 'title' is empty");
        }
        String published = values.getOrDefault("published", "").strip();
        if (!published.isEmpty()) {
            published = publishedDate(file + ":" + lineOf(lines, close, "published"), published);
        }
        String body = MarkdownBody.normalize(String.join("\n", lines.subList(close + 1, lines.size())).strip());
        if (body.isEmpty()) {
            throw new CorpusException(file + ": article body is empty (nothing after the front matter)");
        }
        String language = values.getOrDefault("language", "").strip();
        if (language.isEmpty()) {
            language = LineFeatures.cyrillicShare(body) > 0.3 ? "ru" : "en";
        }
        return new Article(id, file.toString(), title, values.getOrDefault("outlet", "").strip(),
                values.getOrDefault("author", "").strip(), published, values.getOrDefault("url", "").strip(),
                language, values.getOrDefault("source_file", "").strip(), body);
    }

    /**
     * The date as written, when it is an ISO 8601 date of full or reduced precision ({@code yyyy-MM-dd},
     * {@code yyyy-MM}, {@code yyyy}); a time after a full date is dropped. Reduced precision is kept as is: a month
     * is never completed with a guessed day.
     */
    static String publishedDate(String where, String value) {
        String bad = where + ": field 'published' is not an ISO date (yyyy-MM-dd, or yyyy-MM / yyyy when only that is "
                + "known): '" + value + "'";
        try {
            if (ISO_DATE.matcher(value).matches()) {
                LocalDate.parse(value.substring(0, 10));
                return value.substring(0, 10);
            }
            if (ISO_REDUCED.matcher(value).matches()) {
                if (value.length() == 7) {
                    YearMonth.parse(value);
                }
                return value;
            }
        } catch (DateTimeParseException e) {
            throw new CorpusException(bad + " (" + e.getMessage() + ")");
        }
        throw new CorpusException(bad);
    }

    /** Field values by name; line numbers in messages are lines of the file (the opening '---' is line 1). */
    private Map<String, String> fields(Path file, String frontMatter) {
        Map<String, String> values = new HashMap<>();
        if (frontMatter.isBlank()) {
            return values;
        }
        try (JsonParser p = yaml.createParser(frontMatter)) {
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_OBJECT) {
                throw new CorpusException(file + ":" + (p.currentTokenLocation().getLineNr() + 1)
                        + ": front matter must be 'field: value' lines, not " + describe(t));
            }
            while ((t = p.nextToken()) != JsonToken.END_OBJECT && t != null) {
                String name = p.currentName();
                int line = p.currentTokenLocation().getLineNr() + 1;
                if (!FIELDS.contains(name)) {
                    throw new CorpusException(file + ":" + line + ": unknown front matter field '" + name
                            + "' (known fields: " + String.join(", ", FIELDS) + ")");
                }
                if (values.containsKey(name)) {
                    throw new CorpusException(file + ":" + line + ": field '" + name + "' is given twice");
                }
                JsonToken v = p.nextToken();
                if (v == JsonToken.START_ARRAY || v == JsonToken.START_OBJECT) {
                    throw new CorpusException(file + ":" + line + ": field '" + name
                            + "' must be a single text value, not a " + (v == JsonToken.START_ARRAY ? "list" : "mapping"));
                }
                values.put(name, v == JsonToken.VALUE_NULL ? "" : p.getText());
            }
            return values;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr() + 1;
            throw new CorpusException(file + ":" + line + ": broken YAML in front matter: "
                    + e.getOriginalMessage().lines().findFirst().orElse("syntax error"), e);
        } catch (IOException e) {
            throw new CorpusException(file + ": cannot read front matter (" + e.getMessage() + ")", e);
        }
    }

    private static String describe(JsonToken t) {
        return t == null ? "nothing" : t == JsonToken.START_ARRAY ? "a list" : "a bare value";
    }

    private static int lineOf(List<String> lines, int close, String field) {
        for (int i = 1; i < close; i++) {
            if (lines.get(i).startsWith(field + ":")) {
                return i + 1;
            }
        }
        return 1;
    }
}
