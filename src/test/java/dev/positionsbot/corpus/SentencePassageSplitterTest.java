package dev.positionsbot.corpus;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SentencePassageSplitterTest {

    private final SentencePassageSplitter splitter = new SentencePassageSplitter();
    private final SentenceSplitter sentences = new SentenceSplitter();

    private static Article article(String body) {
        return new Article("a1", "a1.md", "Title", "", "", "", "", "en", "", body);
    }

    private static String sentence(int n, int words) {
        StringBuilder sb = new StringBuilder("Sentence").append(n);
        for (int i = 1; i < words; i++) {
            sb.append(" word");
        }
        return sb.append('.').toString();
    }

    private static String paragraph(int from, int count, int wordsEach) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < from + count; i++) {
            sb.append(i > from ? " " : "").append(sentence(i, wordsEach));
        }
        return sb.toString();
    }

    private void assertExact(Article a, List<Passage> passages) {
        for (int i = 0; i < passages.size(); i++) {
            Passage p = passages.get(i);
            assertEquals(a.id(), p.articleId());
            assertEquals(i, p.ordinal());
            assertEquals(p.text(), a.body().substring(p.start(), p.end()), "offsets of " + p.id());
            assertEquals(p.text(), p.text().strip());
            assertFalse(p.text().contains("\n\n"), "passage crosses a paragraph: " + p.id());
            assertFalse(p.text().contains("#"), "passage contains a heading: " + p.id());
        }
    }

    @Test
    void a_short_paragraph_is_one_passage() {
        Article a = article("One short sentence. And another one.");
        List<Passage> passages = splitter.split(a);
        assertEquals(1, passages.size());
        assertEquals("One short sentence. And another one.", passages.get(0).text());
        assertEquals("a1#0", passages.get(0).id());
    }

    @Test
    void a_long_paragraph_is_cut_into_passages_of_whole_sentences_within_bounds() {
        Article a = article(paragraph(0, 14, 22));
        List<Passage> passages = splitter.split(a);
        assertExact(a, passages);
        assertTrue(passages.size() >= 3, "308 words need at least three passages");
        int total = 0;
        for (Passage p : passages) {
            int n = sentences.split(p.text()).size();
            int words = p.text().split("\\s+").length;
            assertTrue(n >= 2 && n <= 5, p.id() + " has " + n + " sentences");
            assertTrue(words <= 120, p.id() + " has " + words + " words");
            assertTrue(p.text().endsWith("."), "ends mid-sentence: " + p.text());
            total += n;
        }
        assertEquals(14, total, "every sentence in exactly one passage");
    }

    @Test
    void many_short_sentences_are_grouped_at_most_five_at_a_time() {
        Article a = article(paragraph(0, 12, 4));
        List<Passage> passages = splitter.split(a);
        assertExact(a, passages);
        assertEquals(3, passages.size());
        for (Passage p : passages) {
            int n = sentences.split(p.text()).size();
            assertTrue(n >= 2 && n <= 5, p.id() + " has " + n + " sentences");
        }
    }

    @Test
    void passages_never_cross_a_heading_and_carry_the_heading_they_sit_under() {
        String body = paragraph(0, 2, 10) + "\n\n## Territorial Integrity\n\n" + paragraph(2, 2, 10)
                + "\n\n## Second Part\n" + paragraph(4, 1, 10);
        Article a = article(body);
        List<Passage> passages = splitter.split(a);
        assertExact(a, passages);
        assertEquals(List.of("", "Territorial Integrity", "Second Part"), passages.stream().map(Passage::heading).toList());
        assertTrue(passages.get(1).text().startsWith("Sentence2"));
        assertEquals(sentence(4, 10), passages.get(2).text());
    }

    @Test
    void passages_of_the_committed_knowledge_are_exact_and_never_cross_headings() {
        List<Article> articles = new KnowledgeLoader().load(Path.of("knowledge"));
        for (Article a : articles) {
            List<Passage> passages = splitter.split(a);
            assertFalse(passages.isEmpty(), a.id());
            assertExact(a, passages);
            for (Passage p : passages) {
                int n = sentences.split(p.text()).size();
                assertTrue(n >= 1 && n <= 5, p.id() + " has " + n + " sentences");
                assertFalse(p.text().contains(a.title()), "title is not part of the body: " + p.id());
            }
        }
        Article rferl = articles.stream().filter(x -> x.sourceFile().startsWith("001_")).findFirst().orElseThrow();
        assertTrue(splitter.split(rferl).stream().anyMatch(p -> p.heading().equals("Territorial Integrity Integral")));
    }

    @Test
    void an_empty_body_has_no_passages() {
        assertEquals(List.of(), splitter.split(article("")));
    }
}
