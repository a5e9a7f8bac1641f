package dev.positionsbot.answer;

import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.SentencePassageSplitter;
import dev.positionsbot.index.CountingEmbeddingModel;
import dev.positionsbot.index.EmbeddingChoice;
import dev.positionsbot.index.HybridIndex;
import dev.positionsbot.index.NewsTermAnalyzer;
import dev.positionsbot.index.PassageEmbedder;
import dev.positionsbot.index.PassageSearch;
import dev.positionsbot.index.SearchHit;
import dev.positionsbot.index.SearchMode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The composer's similarity takes the question's vector from the retriever's query embedder when both use the same
 * model without a prefix, so a question is embedded once, and the answers are those of embedding it twice. An invented
 * corpus, the real MiniLM model and real Lucene.
 */
class SharedQueryEmbeddingTest {

    @TempDir
    static Path dir;

    private static CountingEmbeddingModel model;
    private static PassageEmbedder embedder;

    @BeforeAll
    static void loadModel() {
        model = new CountingEmbeddingModel(EmbeddingChoice.MINILM.newModel());
        embedder = EmbeddingChoice.MINILM.wrap(model);
    }

    @AfterAll
    static void forget() {
        model = null;
        embedder = null;
    }

    private static Article article(String id, String title, String body) {
        return new Article(id, id + ".md", title, "Invented Wire", "", "2024-06-10", "https://example.org/" + id, "en",
                "", body);
    }

    private static List<Article> corpus() {
        return List.of(
                article("rail", "Freight by rail",
                        "The transport minister of Kazakhstan said that freight trains to the port would run twice a"
                                + " week. He added that the new timetable starts in April.\n\n"
                                + "Shippers welcomed the decision at a meeting in the capital."),
                article("water", "Water talks",
                        "Negotiators from Uzbekistan and Tajikistan met to discuss the sharing of river water."
                                + " They agreed to meet again before the harvest."));
    }

    /** The same search with its query embedder hidden: the composer then embeds the question itself. */
    private static PassageSearch hidingEmbedder(PassageSearch search) {
        return new PassageSearch() {
            @Override
            public List<SearchHit> search(String query, int k, SearchMode mode) {
                return search.search(query, k, mode);
            }

            @Override
            public List<Article> articles() {
                return search.articles();
            }

            @Override
            public int passageCount(String articleId) {
                return search.passageCount(articleId);
            }
        };
    }

    private static int repeats(List<String> texts) {
        Map<String, Integer> counts = new HashMap<>();
        texts.forEach(t -> counts.merge(t, 1, Integer::sum));
        return counts.values().stream().mapToInt(n -> n - 1).sum();
    }

    @Test
    void a_question_is_embedded_once_and_answered_as_when_embedded_twice() {
        List<String> questions = List.of("What did the transport minister of Kazakhstan say about freight trains?",
                "Who met to discuss the sharing of river water?", "When does the new timetable start?");
        try (HybridIndex index = HybridIndex.builder(dir.resolve("idx")).articles(corpus())
                .splitter(new SentencePassageSplitter()).embedder(embedder).open()) {
            Answerer shared = ExtractivePipeline.over(index, index.termStatistics(), new NewsTermAnalyzer(), corpus(),
                    model).answerer(index);
            PassageSearch hidden = hidingEmbedder(index);
            Answerer twice = ExtractivePipeline.over(hidden, index.termStatistics(), new NewsTermAnalyzer(),
                    corpus(), model).answerer(hidden);
            int repeatedWithout = 0;
            for (String q : questions) {
                embedder.clearQueryCache();
                model.embedded.clear();
                GroundedAnswer a = shared.answer(q, new Conversation());
                assertEquals(0, repeats(model.embedded), "each text embedded once: " + model.embedded);
                assertTrue(model.embedded.contains(q), "the question is embedded: " + model.embedded);

                embedder.clearQueryCache();
                model.embedded.clear();
                GroundedAnswer b = twice.answer(q, new Conversation());
                repeatedWithout += repeats(model.embedded);

                assertEquals(b.status(), a.status(), q);
                assertEquals(b.answer(), a.answer(), q);
                assertEquals(b.citations(), a.citations(), q);
            }
            assertTrue(repeatedWithout > 0, "without sharing, some question should be embedded twice");
        }
    }

    @Test
    void only_the_same_model_without_a_query_prefix_shares_query_vectors() {
        assertTrue(embedder.embedsQueriesAs(model));
        assertFalse(embedder.embedsQueriesAs(new CountingEmbeddingModel(model)), "another model instance");
        assertFalse(EmbeddingChoice.BGE.wrap(model).embedsQueriesAs(model), "a query prefix changes the vector");
    }
}
