package dev.positionsbot.bench;

import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.SentencePassageSplitter;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyntheticCorpusTest {

    private static final List<Article> SOURCE = List.of(new Article("a", "a.md", "Title", "", "", "", "", "en", "",
            "Kazakhstan will not recognise the referendums. Tokayev said so in Astana on Tuesday."));
    private final SentencePassageSplitter splitter = new SentencePassageSplitter();

    @Test
    void the_same_seed_gives_the_same_articles() {
        List<Article> a = new SyntheticCorpus(SOURCE, 42).articles(200, splitter);
        List<Article> b = new SyntheticCorpus(SOURCE, 42).articles(200, splitter);
        assertEquals(a, b);
        assertNotEquals(a, new SyntheticCorpus(SOURCE, 43).articles(200, splitter));
    }

    @Test
    void reaches_the_requested_passage_count_without_a_whole_article_more() {
        List<Article> articles = new SyntheticCorpus(SOURCE, 1).articles(500, splitter);
        int passages = articles.stream().mapToInt(a -> splitter.split(a).size()).sum();
        int lastArticle = splitter.split(articles.get(articles.size() - 1)).size();
        assertTrue(passages >= 500, "only " + passages + " passages");
        assertTrue(passages - lastArticle < 500, "one article too many: " + passages);
    }

    @Test
    void uses_only_words_of_the_source_articles() {
        Set<String> vocabulary = Set.of(SOURCE.get(0).body().toLowerCase().split("[^\\p{L}]+"));
        Set<String> used = new SyntheticCorpus(SOURCE, 7).articles(20, splitter).stream()
                .flatMap(a -> List.of(a.body().toLowerCase().split("[^\\p{L}]+")).stream())
                .filter(w -> !w.isEmpty()).collect(Collectors.toSet());
        assertTrue(vocabulary.containsAll(used), "foreign words: " + used);
    }

    @Test
    void article_ids_are_unique() {
        List<Article> articles = new SyntheticCorpus(SOURCE, 3).articles(300, splitter);
        assertEquals(articles.size(), articles.stream().map(Article::id).distinct().count());
    }

    @Test
    void refuses_a_source_without_words() {
        List<Article> empty = List.of(new Article("e", "e.md", "T", "", "", "", "", "en", "", "  "));
        assertThrows(IllegalArgumentException.class, () -> new SyntheticCorpus(empty, 1));
    }
}
