package dev.positionsbot.answer;

import dev.positionsbot.corpus.Article;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Russian-language article answers an English question, and an English article a Russian one, through the real
 * index and answering pipeline: the glossary's renderings and the names' Cyrillic spellings are synonyms in the
 * index and in sentence matching, and the embedding model reads the Russian text in English words.
 */
class RussianArticleAnswersTest {

    // invented articles
    private static final List<Article> ARTICLES = List.of(
            new Article("migranty", "knowledge/migranty.md", "Министр труда о мигрантах", "Вестник Долины", "",
                    "2024-03-12", "", "ru", "", """
                    Около 350 тысяч граждан Кыргызстана работают в России, заявил министр труда на пресс-конференции \
                    в Бишкеке.

                    Министр также сообщил, что в этом году в регионах откроются новые центры подготовки."""),
            new Article("senate", "knowledge/senate.md", "Tashkent rejects the votes", "Valley Wire", "",
                    "2022-10-04", "", "en", "", """
                    Uzbekistan does not recognise the referendums held in the occupied regions of Ukraine, the foreign \
                    minister told the Senate on Tuesday."""));

    @TempDir
    static Path dir;

    private static InventedCorpusIndex corpus;

    @BeforeAll
    static void openIndex() {
        corpus = new InventedCorpusIndex(ARTICLES, dir);
    }

    @AfterAll
    static void closeIndex() {
        if (corpus != null) {
            corpus.close();
        }
    }

    @Test
    void an_english_question_is_answered_from_a_russian_article_with_its_sentence_as_written() {
        GroundedAnswer a = corpus.answerer().answer("How many citizens of Kyrgyzstan work in Russia?",
                new Conversation());
        assertTrue(a.answered(), a.answer());
        assertEquals("migranty", a.citations().get(0).articleId(), a.answer());
        assertTrue(a.citations().get(0).quote().contains("Около 350 тысяч граждан Кыргызстана"), a.answer());
    }

    @Test
    void a_russian_question_is_answered_from_an_english_article() {
        GroundedAnswer a = corpus.answerer().answer("Признаёт ли Узбекистан референдумы?", new Conversation());
        assertTrue(a.answered(), a.answer());
        assertEquals("senate", a.citations().get(0).articleId(), a.answer());
        assertTrue(a.citations().get(0).quote().contains("does not recognise the referendums"), a.answer());
    }
}
