package dev.positionsbot.answer;

import dev.positionsbot.corpus.Article;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "The sources give different figures" is a claim of the bot's own: it is made only when two articles' quotes give
 * different figures for the thing asked about, not when a second quote counts something else. Invented articles.
 */
class DifferingFiguresTest {

    private static final List<Article> ARTICLES = List.of(
            new Article("wagons-a", "knowledge/wagons-a.md", "Kyrgyz railway leases wagons for the winter",
                    "Highland Courier", "", "2024-01-10", "", "en", "", """
                    The Kyrgyz state railway leased 420 grain wagons from a Kazakh operator in December, its director \
                    told reporters in Bishkek."""),
            new Article("wagons-b", "knowledge/wagons-b.md", "Bishkek rail operator expands its fleet",
                    "Steppe Ledger", "", "2024-01-12", "", "en", "", """
                    According to the ministry of transport, the Kyrgyz state railway leased 380 grain wagons from \
                    Kazakhstan in December."""),
            new Article("engines", "knowledge/engines.md", "Chinese engines for Kyrgyz trains", "Valley Wire", "",
                    "2024-01-15", "", "en", "", """
                    The Kyrgyz state railway took 12 locomotives on lease from a Chinese maker in December, the \
                    company said."""));

    @TempDir
    static Path dir;

    private static InventedCorpusIndex corpus;
    private static Answerer answerer;

    @BeforeAll
    static void openIndex() {
        corpus = new InventedCorpusIndex(ARTICLES, dir);
        answerer = corpus.answerer();
    }

    @AfterAll
    static void closeIndex() {
        if (corpus != null) {
            corpus.close();
        }
    }

    @Test
    void notes_that_two_articles_count_the_asked_thing_differently() {
        GroundedAnswer a = answerer.answer("How many grain wagons did the Kyrgyz railway lease in December?");
        assertTrue(a.answered(), a.answer());
        assertTrue(a.answer().contains("420") && a.answer().contains("380"), a.answer());
        assertTrue(a.answer().startsWith("The sources give different figures."), a.answer());
    }

    @Test
    void makes_no_such_note_when_the_other_figure_counts_something_else() {
        GroundedAnswer a = answerer.answer("How many locomotives did the Kyrgyz railway lease in December?");
        assertTrue(a.answered(), a.answer());
        assertTrue(a.citations().get(0).quote().contains("12 locomotives"), a.answer());
        assertTrue(a.citations().size() > 1, "a further quote, counting wagons, is given: " + a.answer());
        assertFalse(a.answer().contains("different figures"), a.answer());
    }
}
