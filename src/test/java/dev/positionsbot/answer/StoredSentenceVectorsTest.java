package dev.positionsbot.answer;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.SentencePassageSplitter;
import dev.positionsbot.corpus.SentenceUnits;
import dev.positionsbot.index.CountingEmbeddingModel;
import dev.positionsbot.index.EmbeddingChoice;
import dev.positionsbot.index.HybridIndex;
import dev.positionsbot.index.NewsTermAnalyzer;
import dev.positionsbot.index.PassageEmbedder;
import dev.positionsbot.index.SearchHit;
import dev.positionsbot.index.SearchMode;
import dev.positionsbot.index.SentenceVectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Candidate-unit vectors stored at index time give the composer the similarities it would compute itself, an index
 * without them still answers (embedding the units per question), and a changed article gets vectors for its new text.
 * An invented corpus, the real MiniLM model and real Lucene.
 */
class StoredSentenceVectorsTest {

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
        return new Article(id, id + ".md", title, "Invented Wire", "", "2024-03-05", "https://example.org/" + id, "en",
                "", body);
    }

    private static List<Article> corpus() {
        return List.of(
                article("grain", "Ministers discuss a grain corridor",
                        "The agriculture minister of Kazakhstan said the country would keep exporting wheat by rail."
                                + " He added that the new corridor also serves fertiliser shipments.\n\n"
                                + "Officials in Astana noted that prices had fallen. Short line.\n\n"
                                + "Traders warned of delays at the border crossing this winter. Another delay is"
                                + " expected in spring as well."),
                article("vote", "A resolution at the assembly",
                        "Uzbekistan abstained in the vote on the resolution about the occupied regions."
                                + " Its envoy told the assembly that dialogue was the only way forward.\n\n"
                                + "Kyrgyzstan did not take part in the vote, according to the record."
                                + " They said the text had been drafted in haste."),
                article("banks", "Banks and payments",
                        "Several banks in Bishkek stopped accepting cards issued by sanctioned lenders."
                                + " This decision followed a warning from the treasury in Washington."));
    }

    private static HybridIndex open(Path path, List<Article> articles, boolean sentenceVectors) {
        return HybridIndex.builder(path).articles(articles).splitter(new SentencePassageSplitter()).embedder(embedder)
                .sentenceVectors(sentenceVectors).open();
    }

    /** Every passage of a small index: a vector search asked for more hits than there are passages. */
    private static List<SearchHit> everyPassage(HybridIndex index) {
        List<SearchHit> hits = index.search("positions of the states", 100, SearchMode.VECTOR);
        assertEquals(index.passageTotal(), hits.size(), "every passage should be a hit");
        return hits;
    }

    /**
     * Stored unit vectors are int8-quantized ({@link SentenceVectors}): the largest difference from the float32
     * similarity measured on this corpus was 0.00075 (printed by the test below).
     */
    static final double SIMILARITY_TOLERANCE = 0.003;

    @Test
    void stored_vectors_give_the_similarity_of_embedding_each_unit_at_question_time_within_the_tolerance() {
        SentenceUnits units = new SentenceUnits();
        try (HybridIndex index = open(dir.resolve("agree"), corpus(), true)) {
            List<String> texts = new ArrayList<>();
            List<SearchHit> from = new ArrayList<>();
            for (SearchHit hit : everyPassage(index)) {
                List<String> unitTexts = units.texts(hit.passage().text());
                assertEquals(new HashSet<>(unitTexts), hit.sentenceVectors().byText().keySet(),
                        "stored units of " + hit.passage().id());
                for (String t : unitTexts) {
                    texts.add(t);
                    from.add(hit);
                }
            }
            assertTrue(texts.stream().anyMatch(t -> t.contains("\n") || t.contains(". He added")),
                    "the corpus should have a unit of two sentences: " + texts);
            String question = "What did Kazakhstan say about wheat exports?";
            model.embedded.clear();
            double[] stored = new SemanticSimilarity(model, 0).similarities(question, texts, from);
            assertEquals(List.of(question), model.embedded, "only the question is embedded when units are stored");
            double[] fresh = new SemanticSimilarity(model, 0).similarities(question, texts);
            assertEquals(1 + new HashSet<>(texts).size(), model.embedded.size() - 1, "without hits every unit is embedded");
            double worst = 0;
            boolean anyDiffers = false;
            for (int i = 0; i < texts.size(); i++) {
                assertEquals(fresh[i], stored[i], SIMILARITY_TOLERANCE, "int8 storage: " + texts.get(i));
                worst = Math.max(worst, Math.abs(fresh[i] - stored[i]));
                anyDiffers |= fresh[i] != stored[i];
            }
            System.err.printf(java.util.Locale.ROOT, "StoredSentenceVectorsTest: %d units, largest similarity"
                    + " difference stored (int8) against fresh (float32) %.5f%n", texts.size(), worst);
            assertTrue(anyDiffers, "int8 vectors should not give float32 similarities bit for bit: stored vectors"
                    + " were not used");
        }
    }

    @Test
    void vectors_stored_by_another_model_are_not_used() {
        try (HybridIndex index = open(dir.resolve("other"), corpus(), true)) {
            List<SearchHit> hits = everyPassage(index);
            EmbeddingModel other = new CountingEmbeddingModel(EmbeddingChoice.MINILM.newModel());
            String text = new SentenceUnits().texts(hits.get(0).passage().text()).get(0);
            assertTrue(hits.get(0).sentenceVectors().vector(text, model).isPresent());
            assertTrue(hits.get(0).sentenceVectors().vector(text, other).isEmpty());
        }
    }

    @Test
    void an_index_without_stored_vectors_answers_exactly_as_one_with_them() {
        List<String> questions = List.of("What did Kazakhstan say about wheat exports?",
                "How did Uzbekistan vote on the resolution about the occupied regions?",
                "Why did banks in Bishkek stop accepting cards?");
        List<GroundedAnswer> withVectors = new ArrayList<>();
        List<GroundedAnswer> without = new ArrayList<>();
        try (HybridIndex index = open(dir.resolve("with"), corpus(), true)) {
            Answerer a = ExtractivePipeline.over(index, index.termStatistics(), new NewsTermAnalyzer(), corpus(), model)
                    .answerer(index);
            model.embedded.clear();
            questions.forEach(q -> withVectors.add(a.answer(q, new Conversation())));
            Set<String> unitTexts = new HashSet<>();
            everyPassage(index).forEach(h -> unitTexts.addAll(new SentenceUnits().texts(h.passage().text())));
            assertTrue(model.embedded.stream().noneMatch(unitTexts::contains),
                    "with stored vectors no unit is embedded at question time: " + model.embedded);
        }
        try (HybridIndex index = open(dir.resolve("without"), corpus(), false)) {
            assertTrue(everyPassage(index).stream().allMatch(h -> h.sentenceVectors().equals(SentenceVectors.NONE)),
                    "an index built without sentence vectors has none");
            Answerer a = ExtractivePipeline.over(index, index.termStatistics(), new NewsTermAnalyzer(), corpus(), model)
                    .answerer(index);
            model.embedded.clear();
            questions.forEach(q -> without.add(a.answer(q, new Conversation())));
            assertTrue(model.embedded.size() > questions.size() * 2, "units are embedded at question time instead");
        }
        assertTrue(withVectors.stream().anyMatch(g -> g.status() == GroundedAnswer.Status.ANSWERED),
                "at least one invented question should be answered: " + withVectors);
        for (int i = 0; i < questions.size(); i++) {
            assertEquals(withVectors.get(i).status(), without.get(i).status(), questions.get(i));
            assertEquals(withVectors.get(i).answer(), without.get(i).answer(), questions.get(i));
            assertEquals(withVectors.get(i).citations(), without.get(i).citations(), questions.get(i));
        }
    }

    @Test
    void reopening_an_index_without_vectors_rebuilds_it_with_them() {
        Path path = dir.resolve("upgrade");
        open(path, corpus(), false).close();
        try (HybridIndex index = open(path, corpus(), true)) {
            assertTrue(index.syncReport().rebuilt(), "a stamp without sentence vectors must rebuild");
            assertTrue(everyPassage(index).stream().noneMatch(h -> h.sentenceVectors().byText().isEmpty()));
        }
    }

    @Test
    void a_changed_article_gets_vectors_for_its_new_text_and_only_its_units_are_embedded() {
        Path path = dir.resolve("refresh");
        open(path, corpus(), true).close();
        List<Article> changed = new ArrayList<>(corpus());
        String newSentence = "Several banks in Bishkek resumed accepting cards after the lenders were delisted.";
        changed.set(2, article("banks", "Banks and payments", newSentence
                + " They cited a letter from the central bank."));
        model.embedded.clear();
        try (HybridIndex index = open(path, changed, true)) {
            assertEquals(List.of("banks"), index.syncReport().updated());
            List<String> expected = new SentenceUnits().texts(changed.get(2).body());
            Set<String> storedUnits = new HashSet<>();
            for (SearchHit h : everyPassage(index)) {
                if (h.article().id().equals("banks")) {
                    storedUnits.addAll(h.sentenceVectors().byText().keySet());
                }
            }
            assertEquals(new HashSet<>(expected), storedUnits);
            assertTrue(storedUnits.contains(newSentence));
            assertTrue(storedUnits.stream().noneMatch(t -> t.contains("stopped accepting")), "old text is gone");
            List<String> embeddedUnits = model.embedded.stream().filter(t -> !t.startsWith("Banks and payments\n"))
                    .filter(t -> !t.equals("positions of the states")).toList();
            assertEquals(new HashSet<>(expected), new HashSet<>(embeddedUnits),
                    "only the changed article's units are embedded");
        }
    }
}
