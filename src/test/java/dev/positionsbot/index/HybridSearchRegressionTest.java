package dev.positionsbot.index;

import dev.positionsbot.TestMaterial;
import dev.positionsbot.corpus.Article;
import dev.positionsbot.index.bench.RawArticles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Question -> expected top article over the raw public texts, in the manner of Lucene's TestDemo. Articles are
 * made straight from the raw files (title = first non-empty line), passages are paragraphs. One model
 * instance and two indexes for the whole class.
 */
class HybridSearchRegressionTest {

    @TempDir
    static Path dir;

    private static PassageEmbedder embedder;
    private static HybridIndex extra;
    private static HybridIndex seeds;

    @BeforeAll
    static void buildIndexes() {
        // pins the retrieval quality of the bge option; KnowledgeSearchRegressionTest covers the default model
        embedder = EmbeddingChoice.BGE.load();
        seeds = open("seeds", RawArticles.read(TestMaterial.SEEDS));
    }

    /** The index over the extra corpus, built on first use; skips the test when ../shared is absent. */
    private static HybridIndex extra() {
        Path corpus = TestMaterial.requireShared("corpus-extra");
        if (extra == null) {
            extra = open("extra", RawArticles.read(corpus));
        }
        return extra;
    }

    private static HybridIndex open(String name, List<Article> articles) {
        return HybridIndex.builder(dir.resolve(name)).articles(articles).splitter(new ParagraphPassageSplitter())
                .embedder(embedder).open();
    }

    @AfterAll
    static void close() {
        if (extra != null) {
            extra.close();
        }
        seeds.close();
    }

    private record Case(String question, String expectedFilePrefix, SearchMode mode) {
    }

    private static void assertTopArticles(HybridIndex index, Stream<Case> cases) {
        List<String> failures = new ArrayList<>();
        for (Case c : cases.toList()) {
            List<SearchHit> hits = index.search(c.question(), 3, c.mode());
            String top = hits.isEmpty() ? "(nothing)" : hits.get(0).article().id();
            if (!top.startsWith(c.expectedFilePrefix())) {
                failures.add(c.mode() + " \"" + c.question() + "\": expected " + c.expectedFilePrefix() + ", got " + top);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void exact_names_and_topics_find_their_article() {
        assertTopArticles(extra(), Stream.of(
                new Case("Sadyr Japarov ceasefire border", "04", SearchMode.HYBRID),
                new Case("Xi'an summit China Central Asia", "08", SearchMode.HYBRID),
                new Case("CSTO mission Kazakhstan", "01", SearchMode.HYBRID),
                new Case("Turkmenistan gas union", "07", SearchMode.HYBRID),
                new Case("Eurasian Economic Union observer status", "05", SearchMode.HYBRID),
                new Case("Tengizchevroil shareholders", "02", SearchMode.HYBRID)));
    }

    @Test
    void misspelled_or_otherwise_transliterated_names_find_their_article() {
        assertTopArticles(extra(), Stream.of(
                new Case("Toqaev oil Caspian", "02", SearchMode.HYBRID),
                new Case("Toqaev oil Caspian", "02", SearchMode.BM25),
                new Case("Rahmon Taliban", "06", SearchMode.HYBRID),
                new Case("Rahmon Taliban", "06", SearchMode.BM25),
                new Case("Mirziyoev Eurasian union", "05", SearchMode.HYBRID),
                new Case("Zhaparov Rakhmonov ceasefire", "04", SearchMode.HYBRID)));
    }

    @Test
    void a_cyrillic_name_finds_passages_with_the_latin_spelling() {
        List<SearchHit> hits = extra().search("Токаев", 3, SearchMode.BM25);
        assertEquals(3, hits.size());
        assertTrue(hits.stream().allMatch(h -> h.passage().text().contains("Tokayev")), hits.toString());
    }

    @Test
    void paraphrases_without_shared_words_are_carried_by_the_vector_side() {
        assertTopArticles(extra(), Stream.of(
                new Case("people fleeing conscription", "03", SearchMode.HYBRID),
                new Case("people fleeing conscription", "03", SearchMode.VECTOR),
                new Case("truce after fighting between two neighbouring mountain republics", "04", SearchMode.VECTOR),
                new Case("new Afghan rulers must include all ethnic groups", "06", SearchMode.HYBRID)));
    }

    @Test
    void seed_articles_answer_their_own_questions() {
        assertTopArticles(seeds, Stream.of(
                new Case("Kazakhstan 4,750-mile border", "000", SearchMode.HYBRID),
                new Case("Medvedev called Kazakhstan an artificial state", "003", SearchMode.HYBRID),
                new Case("What did Tokaev call the Donetsk and Luhansk republics?", "004", SearchMode.HYBRID),
                new Case("Kyrgyz official off the record would not recognize plebiscite", "001", SearchMode.HYBRID),
                new Case("Abkhazia South Ossetia 2008", "001", SearchMode.HYBRID)));
    }

    @Test
    void hits_carry_both_rankings_and_the_passage_text_of_the_article_body() {
        List<SearchHit> hits = extra().search("Toqaev oil Caspian", 5, SearchMode.HYBRID);
        assertEquals(5, hits.size());
        SearchHit top = hits.get(0);
        assertTrue(top.bm25() != null || top.vector() != null);
        assertTrue(hits.stream().anyMatch(h -> h.bm25() != null && h.vector() != null), "some hit found by both");
        for (SearchHit h : hits) {
            assertEquals(h.passage().text(), h.article().body().substring(h.passage().start(), h.passage().end()));
        }
        for (int i = 1; i < hits.size(); i++) {
            assertTrue(hits.get(i - 1).score() >= hits.get(i).score(), "fused scores descend");
        }
    }

    @Test
    void blank_query_or_zero_k_returns_nothing() {
        assertTrue(seeds.search("  ", 5).isEmpty());
        assertTrue(seeds.search("oil", 0).isEmpty());
        assertTrue(seeds.search("the of and", 5, SearchMode.BM25).isEmpty());
    }
}
