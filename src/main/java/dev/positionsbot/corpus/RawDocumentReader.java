package dev.positionsbot.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads a raw article file (.txt, .html/.htm, .md) into text lines and stated metadata. */
public final class RawDocumentReader {

    private final TextFileReader reader = new TextFileReader();

    public static boolean isSupported(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".md");
    }

    public RawDocument read(Path file) {
        String text = reader.read(file);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return HtmlText.parse(text);
        }
        if (name.endsWith(".md")) {
            return markdown(text);
        }
        return new RawDocument(text.lines().toList(), Map.of());
    }

    /** Markdown: front matter and a "# " headline are stated metadata; inline markup is reduced to its text. */
    private static RawDocument markdown(String text) {
        Map<String, String> hints = new HashMap<>();
        List<String> lines = new ArrayList<>(text.lines().toList());
        if (!lines.isEmpty() && lines.get(0).strip().equals("---")) {
            int close = -1;
            for (int i = 1; i < lines.size(); i++) {
                if (lines.get(i).strip().equals("---")) {
                    close = i;
                    break;
                }
            }
            if (close > 0) {
                readFrontMatter(String.join("\n", lines.subList(1, close)), hints);
                lines = new ArrayList<>(lines.subList(close + 1, lines.size()));
            }
        }
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            String s = line.strip();
            if (s.startsWith("# ") && !hints.containsKey("title")) {
                hints.put("title", s.substring(2).strip());
            }
            s = s.replaceFirst("^#{1,6}\\s+", "").replaceFirst("^>\\s?", "")
                    .replaceAll("!\\[[^\\]]*]\\([^)]*\\)", "")
                    .replaceAll("\\[([^\\]]+)]\\([^)]*\\)", "$1")
                    .replaceAll("(\\*\\*|__)(.+?)\\1", "$2");
            out.add(s);
        }
        return new RawDocument(out, hints);
    }

    private static void readFrontMatter(String yaml, Map<String, String> hints) {
        try {
            JsonNode node = new YAMLMapper().readTree(yaml);
            if (node == null || !node.isObject()) {
                return;
            }
            for (String key : List.of("title", "author", "outlet", "published", "url")) {
                JsonNode v = node.get(key);
                if (key.equals("published") && v == null) {
                    v = node.get("date");
                }
                if (v != null && v.isValueNode() && !v.asText().isBlank()) {
                    hints.put(key, v.asText().strip());
                }
            }
        } catch (Exception e) {
            // metadata of an input file is only a hint; the article text is still ingested
        }
    }
}
