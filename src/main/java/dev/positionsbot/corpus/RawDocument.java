package dev.positionsbot.corpus;

import java.util.List;
import java.util.Map;

/**
 * A raw article reduced to text lines, plus metadata the source format states explicitly (HTML meta tags,
 * Markdown front matter or "# " title) under the keys title, author, outlet, published, url.
 */
public record RawDocument(List<String> lines, Map<String, String> hints) {
    public RawDocument {
        lines = List.copyOf(lines);
        hints = Map.copyOf(hints);
    }

    public String hint(String key) {
        return hints.getOrDefault(key, "");
    }
}
