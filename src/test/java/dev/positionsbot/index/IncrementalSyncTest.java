package dev.positionsbot.index;

import dev.positionsbot.corpus.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IncrementalSyncTest {

    @TempDir
    Path dir;

    private final CountingEmbeddingModel model = new CountingEmbeddingModel(new HashingEmbeddingModel());
    private final PassageEmbedder embedder = new PassageEmbedder(model, "hashing-test", "");

    private static Article article(String id, String title, String body) {
        return new Article(id, id + ".md", title, "Outlet", "", "2024-01-01", "https://example.org/" + id, "en", "", body);
    }

    private static List<Article> corpus() {
        return new ArrayList<>(List.of(
                article("a", "Kazakhstan oil", "Kazakhstan ships oil across the Caspian.\n\nThe pipeline was stopped."),
                article("b", "Tajik border", "Tajikistan and Kyrgyzstan agreed a ceasefire.\n\nShooting stopped at night."),
                article("c", "Uzbek union", "Uzbekistan will be an observer in the union.")));
    }

    private HybridIndex open(List<Article> articles, boolean rebuild) {
        return HybridIndex.builder(dir.resolve("idx")).articles(articles).splitter(new ParagraphPassageSplitter())
                .embedder(embedder).rebuild(rebuild).open();
    }

    @Test
    void first_open_indexes_every_article_and_reopen_embeds_nothing() {
        try (HybridIndex index = open(corpus(), false)) {
            assertEquals(List.of("a", "b", "c"), index.syncReport().added());
            assertEquals(5, index.syncReport().passagesEmbedded());
            assertEquals(5, model.embedded.size());
            assertEquals(2, index.passageCount("a"));
            assertEquals(5, index.passageTotal());
        }
        model.reset();
        try (HybridIndex index = open(corpus(), false)) {
            SyncReport r = index.syncReport();
            assertEquals(List.of("a", "b", "c"), r.unchanged());
            assertFalse(r.changedAnything());
            assertEquals(0, model.embedded.size());
            assertEquals(2, index.passageCount("b"));
        }
    }

    @Test
    void changing_one_article_re_embeds_only_its_passages() {
        open(corpus(), false).close();
        model.reset();
        List<Article> changed = corpus();
        changed.set(1, article("b", "Tajik border", "Tajikistan and Kyrgyzstan agreed a ceasefire.\n\nTroops withdrew."));
        try (HybridIndex index = open(changed, false)) {
            SyncReport r = index.syncReport();
            assertEquals(List.of("b"), r.updated());
            assertEquals(List.of("a", "c"), r.unchanged());
            assertTrue(r.added().isEmpty() && r.removed().isEmpty());
            assertEquals(2, r.passagesEmbedded());
            assertEquals(2, model.embedded.size());
            assertTrue(model.embedded.stream().allMatch(t -> t.startsWith("Tajik border")), model.embedded.toString());
            List<SearchHit> hits = index.search("troops withdrew", 10, SearchMode.BM25);
            assertEquals("b", hits.get(0).article().id());
            assertTrue(index.search("shooting night", 10, SearchMode.BM25).isEmpty(), "old passage text must be gone");
        }
    }

    @Test
    void a_metadata_change_alone_counts_as_an_update() {
        open(corpus(), false).close();
        List<Article> changed = corpus();
        Article c = changed.get(2);
        changed.set(2, new Article(c.id(), c.file(), "A new headline", c.outlet(), c.author(), c.published(), c.url(),
                c.language(), c.sourceFile(), c.body()));
        try (HybridIndex index = open(changed, false)) {
            assertEquals(List.of("c"), index.syncReport().updated());
        }
    }

    @Test
    void removed_article_loses_its_passages_and_added_one_is_indexed() {
        open(corpus(), false).close();
        model.reset();
        List<Article> next = corpus();
        next.remove(0);
        next.add(article("d", "Turkmen gas", "Turkmenistan rejected a gas union."));
        try (HybridIndex index = open(next, false)) {
            SyncReport r = index.syncReport();
            assertEquals(List.of("a"), r.removed());
            assertEquals(List.of("d"), r.added());
            assertEquals(1, model.embedded.size());
            assertEquals(0, index.passageCount("a"));
            for (SearchMode mode : SearchMode.values()) {
                assertTrue(index.search("Caspian oil pipeline", 10, mode).stream()
                        .noneMatch(h -> h.article().id().equals("a")), mode.toString());
            }
            assertEquals(4, index.passageTotal());
        }
    }

    @Test
    void rebuild_re_embeds_everything() {
        open(corpus(), false).close();
        model.reset();
        try (HybridIndex index = open(corpus(), true)) {
            assertTrue(index.syncReport().rebuilt());
            assertEquals(5, model.embedded.size());
            assertEquals(5, index.passageTotal());
        }
    }

    @Test
    void switching_the_model_re_embeds_everything() {
        open(corpus(), false).close();
        model.reset();
        PassageEmbedder other = new PassageEmbedder(model, "another-model", "");
        try (HybridIndex index = HybridIndex.builder(dir.resolve("idx")).articles(corpus())
                .splitter(new ParagraphPassageSplitter()).embedder(other).open()) {
            assertTrue(index.syncReport().rebuilt());
            assertEquals(5, model.embedded.size());
        }
    }

    @Test
    void corrupt_index_directory_is_rebuilt_from_the_articles_on_open_and_by_rebuild() throws IOException {
        Path idx = dir.resolve("idx");
        open(corpus(), false).close();
        corruptCommit(idx);
        try (HybridIndex index = open(corpus(), false)) {
            assertTrue(index.syncReport().rebuilt(), "the index is a cache: rebuilt, not a reason to stop");
            assertEquals("a", index.search("Caspian", 1, SearchMode.BM25).get(0).article().id());
        }
        corruptCommit(idx);
        try (HybridIndex index = open(corpus(), true)) {
            assertEquals(5, index.passageTotal());
            assertEquals("a", index.search("Caspian", 1, SearchMode.BM25).get(0).article().id());
        }
    }

    private static void corruptCommit(Path idx) throws IOException {
        try (var files = Files.list(idx)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("segments_")).toList()) {
                Files.writeString(f, "not a lucene commit");
            }
        }
    }

    @Test
    void missing_index_directory_is_created() {
        Path nested = dir.resolve("x/y/idx");
        try (HybridIndex index = HybridIndex.builder(nested).articles(corpus()).splitter(new ParagraphPassageSplitter())
                .embedder(embedder).open()) {
            assertTrue(Files.isDirectory(nested));
            assertEquals(3, index.syncReport().added().size());
        }
    }

    @Test
    void progress_is_reported_while_embedding() {
        List<String> phases = new ArrayList<>();
        try (HybridIndex ignored = HybridIndex.builder(dir.resolve("idx")).articles(corpus())
                .splitter(new ParagraphPassageSplitter()).embedder(embedder)
                .progress((phase, done, total) -> phases.add(phase + " " + done + "/" + total)).open()) {
            assertTrue(phases.contains("embedding passages 5/5"), phases.toString());
        }
    }

    @Test
    void a_pasted_essay_as_query_does_not_overflow_lucene_clause_limit() {
        StringBuilder longQuery = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            longQuery.append("word").append(i).append(' ');
        }
        longQuery.append("Caspian");
        try (HybridIndex index = open(corpus(), false)) {
            assertTrue(index.search(longQuery.toString(), 3, SearchMode.HYBRID).size() > 0);
        }
    }
}
