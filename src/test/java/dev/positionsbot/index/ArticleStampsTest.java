package dev.positionsbot.index;

import dev.positionsbot.corpus.Article;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Article stamps read from doc values: only live ones, with the hash and passage count of the last indexing. */
class ArticleStampsTest {

    @TempDir
    Path dir;

    private final PassageEmbedder embedder = new PassageEmbedder(new HashingEmbeddingModel(), "hashing-test", "");

    private static Article article(String id, String body) {
        return new Article(id, id + ".md", "Title " + id, "Outlet", "", "2024-01-01", "https://example.org/" + id, "en",
                "", body);
    }

    private HybridIndex open(List<Article> articles) {
        return HybridIndex.builder(dir.resolve("idx")).articles(articles).splitter(new ParagraphPassageSplitter())
                .embedder(embedder).open();
    }

    private Map<String, ArticleStamps.Stamp> stamps() throws IOException {
        try (Directory d = FSDirectory.open(dir.resolve("idx")); DirectoryReader r = DirectoryReader.open(d)) {
            return ArticleStamps.read(r);
        }
    }

    @Test
    void an_updated_article_has_one_stamp_with_its_new_hash_and_a_removed_one_none() throws IOException {
        List<Article> articles = new ArrayList<>(List.of(article("a", "One paragraph."),
                article("b", "First paragraph.\n\nSecond paragraph."), article("c", "Gone soon.")));
        open(articles).close();
        Map<String, ArticleStamps.Stamp> before = stamps();
        assertEquals(Map.of("a", 1, "b", 2, "c", 1), counts(before));

        articles.set(0, article("a", "One paragraph.\n\nAnd now a second.\n\nAnd a third."));
        articles.remove(2);
        try (HybridIndex index = open(articles)) {
            assertEquals(List.of("a"), index.syncReport().updated());
            assertEquals(3, index.passageCount("a"));
            assertEquals(0, index.passageCount("c"));
        }
        Map<String, ArticleStamps.Stamp> after = stamps();
        assertEquals(Map.of("a", 3, "b", 2), counts(after), "deleted stamps are not read");
        assertNotEquals(before.get("a").hash(), after.get("a").hash());
        assertEquals(before.get("b"), after.get("b"));
    }

    private static Map<String, Integer> counts(Map<String, ArticleStamps.Stamp> stamps) {
        Map<String, Integer> out = new java.util.HashMap<>();
        stamps.forEach((id, s) -> out.put(id, s.passages()));
        return out;
    }
}
