package dev.positionsbot.answer.llm;

import dev.positionsbot.answer.Evidence;
import dev.positionsbot.corpus.Article;
import dev.positionsbot.index.SearchHit;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The passages shown to the model, numbered from 1 in evidence order (best first), each passage at most once.
 * The numbers are only the model's handles: the final citations are renumbered from what survives verification.
 */
public final class NumberedPassages {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

    private final List<SearchHit> hits;

    private NumberedPassages(List<SearchHit> hits) {
        this.hits = List.copyOf(hits);
    }

    public static NumberedPassages of(Evidence evidence, int max) {
        Set<String> seen = new LinkedHashSet<>();
        List<SearchHit> picked = new ArrayList<>();
        for (SearchHit hit : evidence.hits()) {
            if (picked.size() >= max) {
                break;
            }
            if (seen.add(hit.passage().id())) {
                picked.add(hit);
            }
        }
        return new NumberedPassages(picked);
    }

    public int size() {
        return hits.size();
    }

    public boolean isEmpty() {
        return hits.isEmpty();
    }

    public boolean contains(int n) {
        return n >= 1 && n <= hits.size();
    }

    /** The passage numbered {@code n} (1-based). */
    public SearchHit get(int n) {
        return hits.get(n - 1);
    }

    /** {@code [1] (title — outlet, date) text}, one passage per paragraph. */
    public String render() {
        StringBuilder b = new StringBuilder();
        for (int n = 1; n <= hits.size(); n++) {
            SearchHit hit = get(n);
            if (n > 1) {
                b.append("\n\n");
            }
            b.append('[').append(n).append("] (").append(header(hit.article())).append(") ")
                    .append(hit.passage().text().strip());
        }
        return b.toString();
    }

    static String header(Article a) {
        StringBuilder b = new StringBuilder(a.title().isEmpty() ? a.id() : a.title());
        List<String> meta = new ArrayList<>();
        if (!a.outlet().isEmpty()) {
            meta.add(a.outlet());
        }
        if (!a.published().isEmpty()) {
            meta.add(a.published());
        }
        if (!meta.isEmpty()) {
            b.append(" — ").append(String.join(", ", meta));
        }
        return b.toString();
    }

    /**
     * The article metadata a sentence may legitimately restate besides the passage text: title, outlet and the
     * publication date, also spelled out ("September 27, 2022") since models rarely keep ISO dates.
     */
    static String metadataText(Article a) {
        StringBuilder b = new StringBuilder(a.title()).append('\n').append(a.outlet()).append('\n')
                .append(a.published());
        if (!a.published().isEmpty()) {
            try {
                b.append('\n').append(LocalDate.parse(a.published()).format(LONG_DATE));
            } catch (DateTimeParseException ignored) {
                // a non-ISO date is kept as written above
            }
        }
        return b.toString();
    }
}
