package dev.positionsbot;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code sources} and {@code search} through the packaged jar. */
class SourcesAndSearchIT {

    @TempDir
    static Path work;

    @BeforeAll
    static void knowledge() {
        JarRunner.copyKnowledge(work);
    }

    @Test
    void sources_lists_the_five_articles_with_passage_counts() {
        JarRunner.Run run = JarRunner.run(work, null, "sources", "--json");
        assertEquals(0, run.exit(), run.toString());
        JsonNode articles = run.json().path("articles");
        assertEquals(5, articles.size(), run.toString());
        for (JsonNode a : articles) {
            assertFalse(a.path("id").asText().isBlank(), a.toString());
            assertFalse(a.path("title").asText().isBlank(), a.toString());
            assertTrue(a.path("passages").asInt() > 0, a.toString());
        }
    }

    @Test
    void search_finds_tokayev_under_another_spelling_with_both_rankings() {
        JarRunner.Run run = JarRunner.run(work, null, "search", "--json", "Tokaev", "-k", "3");
        assertEquals(0, run.exit(), run.toString());
        JsonNode hits = run.json().path("hits");
        assertEquals(3, hits.size(), run.toString());
        assertEquals("hybrid", run.json().path("mode").asText());
        int rank = 1;
        for (JsonNode h : hits) {
            assertEquals(rank++, h.path("rank").asInt());
            assertTrue(h.has("bm25") && h.has("vector"), h.toString());
            assertFalse(h.path("bm25").isNull() && h.path("vector").isNull(), "some ranker found it: " + h);
            assertFalse(h.path("text").asText().isBlank());
        }
        JsonNode top = hits.get(0);
        assertTrue(top.path("bm25").path("rank").asInt() >= 1, "the spelling variant matches in BM25: " + top);
        assertTrue(Pattern.compile("\\bTo[kq]a(y)?ev\\b").matcher(top.path("text").asText()).find(),
                "the top passage names him in some spelling: " + top);
    }

    @Test
    void search_text_mode_shows_what_each_ranker_said() {
        JarRunner.Run run = JarRunner.run(work, null, "search", "Smadiyarov", "-k", "2");
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().startsWith("1. "), run.toString());
        assertTrue(run.out().contains("| bm25 #"), run.toString());
    }
}
