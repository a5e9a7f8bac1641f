package dev.positionsbot.index.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.positionsbot.corpus.Article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A question of the public evaluation sets, with the title fragments of the articles that answer it.
 * An article is relevant if its title (or, for raw captures whose first line is site boilerplate, the
 * opening of its text) contains one of the fragments.
 */
public record EvalQuestion(String id, String question, boolean answerable, List<String> expectedSources) {

    /** Characters of the body, after the title, in which a raw capture's real headline may appear. */
    private static final int HEAD = 400;

    public boolean isRelevant(Article a) {
        String head = (a.title() + "\n" + a.body().substring(0, Math.min(HEAD, a.body().length())))
                .toLowerCase(Locale.ROOT).replace('’', '\'');
        for (String s : expectedSources) {
            if (head.contains(s.toLowerCase(Locale.ROOT).replace('’', '\''))) {
                return true;
            }
        }
        return false;
    }

    public static List<EvalQuestion> read(Path jsonl) {
        ObjectMapper json = new ObjectMapper();
        List<EvalQuestion> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(jsonl)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                List<String> sources = new ArrayList<>();
                n.path("expected_sources").forEach(s -> sources.add(s.asText()));
                out.add(new EvalQuestion(n.path("id").asText(), n.path("question").asText(),
                        n.path("answerable").asBoolean(false), sources));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jsonl, e);
        }
        return out;
    }
}
