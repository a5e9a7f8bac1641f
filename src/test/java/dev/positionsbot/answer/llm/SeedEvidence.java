package dev.positionsbot.answer.llm;

import dev.positionsbot.answer.Evidence;
import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.Passage;
import dev.positionsbot.index.SearchHit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Test evidence built from the real seed articles in ../shared/seeds: an article whose body is the chosen
 * paragraphs (one passage each, offsets exact), and hits in the order given.
 */
final class SeedEvidence {

    private SeedEvidence() {
    }

    /** An article from seed {@code prefix} (e.g. "002") made of the paragraphs starting with the given texts. */
    static Article article(String prefix, String outlet, String published, String... paragraphStarts) {
        List<String> lines = seedLines(prefix);
        List<String> paragraphs = new ArrayList<>();
        for (String start : paragraphStarts) {
            paragraphs.add(lines.stream().filter(l -> l.startsWith(start)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("seed " + prefix + " has no paragraph '" + start + "'")));
        }
        return new Article("seed-" + prefix, "knowledge/seed-" + prefix + ".md", lines.get(0).strip(), outlet, "",
                published, "https://example.org/" + prefix, "en", "", String.join("\n\n", paragraphs));
    }

    /** One passage per paragraph of the article body. */
    static List<Passage> passages(Article a) {
        List<Passage> out = new ArrayList<>();
        int start = 0;
        int ordinal = 0;
        String body = a.body();
        while (start < body.length()) {
            int end = body.indexOf("\n\n", start);
            if (end < 0) {
                end = body.length();
            }
            out.add(new Passage(a.id(), ordinal++, start, end, "", body.substring(start, end)));
            start = end + 2;
        }
        return out;
    }

    static SearchHit hit(Article a, Passage p, double score) {
        return new SearchHit(a, p, score, new SearchHit.Ranking(1, score), null);
    }

    /** Evidence whose hits are every passage of the given articles, in order. */
    static Evidence evidence(String question, Article... articles) {
        List<SearchHit> hits = new ArrayList<>();
        double score = 1.0;
        for (Article a : articles) {
            for (Passage p : passages(a)) {
                hits.add(hit(a, p, score));
                score *= 0.9;
            }
        }
        return new Evidence(question, question.toLowerCase(), List.of("kazakhstan", "referendums"), hits);
    }

    private static List<String> seedLines(String prefix) {
        try (var files = Files.list(dev.positionsbot.TestMaterial.SEEDS)) {
            Path seed = files.filter(p -> p.getFileName().toString().startsWith(prefix + "_")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no seed " + prefix));
            return Files.readAllLines(seed, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
