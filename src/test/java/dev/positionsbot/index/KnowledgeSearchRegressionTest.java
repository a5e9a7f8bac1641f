package dev.positionsbot.index;

import dev.positionsbot.corpus.KnowledgeLoader;
import dev.positionsbot.corpus.SentencePassageSplitter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Question -> expected top article on the bundled knowledge/ exactly as the bot indexes it (loader, sentence
 * passages, default embedding model, hybrid search), in the manner of Lucene's TestDemo.
 */
class KnowledgeSearchRegressionTest {

    private static final String REBUKE = "in-rebuke-to-putin-kazakhstan-will-reject-russias-forced";
    private static final String SILENCE = "russias-sham-referendums-in-ukraine-met-with-silence-from";
    private static final String NOT_RECOGNIZE = "kazakhstan-will-not-recognize-referendums-in-occupied";
    private static final String INDEPENDENT = "the-war-in-ukraine-has-revealed-an-independent-kazakhstan";
    private static final String QUASI_STATES = "kazakh-president-refuses-to-recognise-russian-held-republics";

    @TempDir
    static Path dir;

    private static HybridIndex index;

    @BeforeAll
    static void open() {
        index = HybridIndex.builder(dir).articles(new KnowledgeLoader().load(Path.of("knowledge")))
                .splitter(new SentencePassageSplitter()).embedder(EmbeddingChoice.defaultChoice().load()).open();
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static void assertTop(String[][] table) {
        List<String> failures = new ArrayList<>();
        for (String[] row : table) {
            List<SearchHit> hits = index.search(row[0], 1);
            String top = hits.isEmpty() ? "(nothing)" : hits.get(0).article().id();
            if (!top.equals(row[1])) {
                failures.add("\"" + row[0] + "\": expected " + row[1] + ", got " + top);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void exact_names_find_their_article() {
        assertTop(new String[][]{
                {"Margarita Simonyan moderator", QUASI_STATES},
                {"Ariel Cohen balancing act", INDEPENDENT},
                {"Igor Krasnov Russophobic", REBUKE},
                {"halted the export of weapons", NOT_RECOGNIZE},
                {"Raffaello Pantucci RUSI China", SILENCE}});
    }

    @Test
    void paraphrases_sharing_almost_no_words_find_their_article() {
        assertTop(new String[][]{
                {"people running away from being called up to the army", SILENCE},
                {"a nation invented from nothing, said the former Russian leader", INDEPENDENT},
                {"Kremlin mouthpiece television host on stage", QUASI_STATES}});
    }

    @Test
    void misspelled_and_transliterated_names_find_their_article() {
        assertTop(new String[][]{
                {"Tokaev quasi states", QUASI_STATES},
                {"Toqaev annexation Crimea too heavy", SILENCE},
                {"Medvedeff artificial state", INDEPENDENT},
                {"Маргарита Симоньян Токаев", QUASI_STATES},
                {"прокурор Игорь Краснов", REBUKE}});
    }
}
