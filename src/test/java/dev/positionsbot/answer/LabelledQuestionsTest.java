package dev.positionsbot.answer;

import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.KnowledgeLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The team's labelled question sets are what the answer model is trained and tested on: they must be sound. */
class LabelledQuestionsTest {

    private final List<LabelledQuestion> questions = LabelledQuestion.all();
    private final DataSplit split = new DataSplit();

    @Test
    void there_are_at_least_three_hundred_questions_with_unique_ids() {
        assertTrue(questions.size() >= 300, questions.size() + " questions");
        Set<String> ids = questions.stream().map(q -> q.eval().id()).collect(Collectors.toSet());
        assertEquals(questions.size(), ids.size(), "ids are unique");
    }

    @Test
    void every_question_belongs_to_an_article_of_the_split_and_the_test_side_has_at_least_four_articles() {
        questions.forEach(split::side); // throws naming the question when its article is not in split.tsv
        long testArticles = questions.stream().filter(split::isTest).map(LabelledQuestion::article).distinct().count();
        assertTrue(testArticles >= 4, testArticles + " test articles");
        long share = Math.round(100.0 * questions.stream().filter(split::isTest).count() / questions.size());
        assertTrue(share >= 20 && share <= 40, "test split holds " + share + "% of the questions");
    }

    @Test
    void answerable_questions_have_facts_sources_and_gold_and_refusals_have_none() {
        for (LabelledQuestion q : questions) {
            String id = q.eval().id();
            if (q.eval().answerable()) {
                assertAll(id,
                        () -> assertTrue(!q.eval().expectedFacts().isEmpty(), id + " expected facts"),
                        () -> assertTrue(!q.eval().expectedSources().isEmpty(), id + " expected sources"),
                        () -> assertTrue(!q.gold().isEmpty(), id + " gold"));
            } else {
                assertTrue(q.eval().expectedFacts().isEmpty() && q.gold().isEmpty(), id + " refusal has no answer");
            }
        }
    }

    @Test
    void at_least_ten_invented_articles_in_knowledge_format_load() {
        List<Article> invented = new KnowledgeLoader().load(LabelledQuestion.DIR.resolve("articles"), false).articles();
        assertTrue(invented.size() >= 10, invented.size() + " invented articles");
    }

    @Test
    void every_gold_excerpt_of_the_bundled_and_invented_articles_is_verbatim_in_some_article() {
        Map<String, String> bodies = new java.util.HashMap<>();
        for (Path dir : List.of(Path.of("knowledge"), LabelledQuestion.DIR.resolve("articles"))) {
            for (Article a : new KnowledgeLoader().load(dir, false).articles()) {
                bodies.put(a.id(), QuoteVerifier.normalize(a.body()).toLowerCase(Locale.ROOT));
            }
        }
        for (LabelledQuestion q : questions) {
            if (q.isExtra()) {
                continue; // the extra articles live in ../shared; HeldOutAnswerQualityTest reads them when present
            }
            for (String g : q.gold()) {
                String needle = QuoteVerifier.normalize(g).toLowerCase(Locale.ROOT);
                assertTrue(bodies.values().stream().anyMatch(b -> b.contains(needle)),
                        q.eval().id() + ": gold excerpt not found verbatim: " + g);
            }
        }
    }
}
