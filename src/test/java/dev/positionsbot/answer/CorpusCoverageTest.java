package dev.positionsbot.answer;

import dev.positionsbot.corpus.Article;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusCoverageTest {

    private static Article article(String id, String title, String published, String body) {
        return new Article(id, "knowledge/" + id + ".md", title, "", "", published, "", "en", "", body);
    }

    private final List<Article> articles = List.of(
            article("a", "Astana weighs a new canal", "2021-04-02",
                    "Officials in Kazakhstan discussed the canal. Uzbek farmers worry about water."),
            article("b", "Bishkek and Dushanbe talk", "2021-06-10",
                    "Kyrgyz and Tajik envoys met. Kyrgyzstan proposed a joint survey; Kyrgyzstan's envoy spoke."),
            article("c", "Pipeline news", "",
                    "Turkmenistan sold more gas. Kazakhstani traders bought some of it."));

    @Test
    void counts_each_state_once_per_article_in_any_spelling() {
        String s = new CorpusCoverage(articles, Lexicon.bundled()).summary();
        assertTrue(s.contains("Kazakhstan 2"), s);
        assertTrue(s.contains("Uzbekistan 1"), s);
        assertTrue(s.contains("Kyrgyzstan 1"), s);
        assertTrue(s.contains("Tajikistan 1"), s);
        assertTrue(s.contains("Turkmenistan 1"), s);
    }

    @Test
    void summary_states_the_article_count_date_range_and_titles() {
        String s = new CorpusCoverage(articles, Lexicon.bundled()).summary();
        assertTrue(s.startsWith("3 articles"), s);
        assertTrue(s.contains("2021-04-02 to 2021-06-10"), s);
        for (Article a : articles) {
            assertTrue(s.contains("\u201C" + a.title() + "\u201D"), s);
        }
    }

    @Test
    void lists_only_states_that_have_sources() {
        CorpusCoverage c = new CorpusCoverage(List.of(articles.get(2)), Lexicon.bundled());
        assertEquals(List.of("Kazakhstan", "Turkmenistan"), c.statesWithSources());
        assertTrue(c.summary().startsWith("1 article;") || c.summary().startsWith("1 article "), c.summary());
        assertTrue(c.summary().contains("Uzbekistan 0"), c.summary());
    }

    @Test
    void long_title_lists_are_cut_with_a_count_of_the_rest() {
        List<Article> many = new ArrayList<>();
        for (int i = 1; i <= 15; i++) {
            many.add(article("x" + i, "Report number " + i, "", "Nothing about the region."));
        }
        String s = new CorpusCoverage(many, Lexicon.bundled()).summary();
        assertTrue(s.contains("Report number 12\u201D"), s);
        assertTrue(!s.contains("Report number 13\u201D"), s);
        assertTrue(s.contains("and 3 more"), s);
    }
}
