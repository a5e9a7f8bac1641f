package dev.positionsbot.corpus;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Over-long sentences and paragraphs become bounded, verbatim pieces. */
class LongSentenceSplittingTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    /** Words from a small invented vocabulary, no sentence end anywhere. */
    static String unpunctuated(int chars, long seed) {
        String[] words = {"the", "ministry", "said", "that", "the", "region", "would", "remain", "neutral", "and",
                "officials", "met", "again", "in", "the", "capital", "on", "trade", "routes"};
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder(chars + 20);
        while (b.length() < chars) {
            b.append(words[r.nextInt(words.length)]).append(' ');
        }
        return b.toString().strip();
    }

    private static void assertVerbatimAndBounded(String text, List<Sentence> sentences) {
        StringBuilder joined = new StringBuilder();
        for (Sentence s : sentences) {
            assertEquals(text.substring(s.start(), s.end()), s.text(), "offsets must match the text");
            assertTrue(s.text().length() <= SentenceSplitter.MAX_SENTENCE_CHARS, "piece of " + s.text().length());
            joined.append(s.text());
        }
        assertEquals(text.replaceAll("\\s+", ""), joined.toString().replaceAll("\\s+", ""), "nothing lost");
    }

    @Test
    void a_600_kb_paragraph_without_punctuation_becomes_pieces_of_at_most_the_limit_cut_between_words() {
        String text = unpunctuated(600_000, 1);
        List<Sentence> sentences = splitter.split(text);
        assertVerbatimAndBounded(text, sentences);
        for (Sentence s : sentences) {
            assertTrue(s.end() == text.length() || Character.isWhitespace(text.charAt(s.end())),
                    "cut between words at " + s.end());
        }
        assertTrue(sentences.size() >= 600_000 / SentenceSplitter.MAX_SENTENCE_CHARS);
    }

    @Test
    void a_long_run_on_sentence_is_cut_after_a_clause_mark() {
        String clause = "the delegation visited the northern provinces and inspected new rail depots";
        String text = String.join(", ", List.of(clause, clause, clause, clause, clause, clause, clause)) + ".";
        List<Sentence> sentences = splitter.split(text);
        assertVerbatimAndBounded(text, sentences);
        assertTrue(sentences.size() > 1);
        for (Sentence s : sentences.subList(0, sentences.size() - 1)) {
            assertTrue(s.text().endsWith(","), s.text());
        }
    }

    @Test
    void text_without_whitespace_is_cut_at_the_limit_without_splitting_a_surrogate_pair() {
        String text = "\uD83D\uDE00".repeat(1000);
        List<Sentence> sentences = splitter.split(text);
        assertVerbatimAndBounded(text, sentences);
        for (Sentence s : sentences) {
            assertTrue(!Character.isLowSurrogate(s.text().charAt(0)), "starts inside a pair at " + s.start());
        }
    }

    @Test
    void ordinary_sentences_are_untouched() {
        String text = "Kazakhstan abstained. The ministry, asked twice, declined to comment.";
        assertEquals(List.of("Kazakhstan abstained.", "The ministry, asked twice, declined to comment."),
                splitter.split(text).stream().map(Sentence::text).toList());
    }

    @Test
    void passages_of_a_huge_paragraph_are_bounded_and_verbatim() {
        String body = unpunctuated(200_000, 2);
        Article a = new Article("big", "big.md", "Big", "", "", "", "", "en", "", body);
        List<Passage> passages = new SentencePassageSplitter().split(a);
        for (Passage p : passages) {
            assertEquals(body.substring(p.start(), p.end()), p.text());
            assertTrue(p.text().length() <= SentencePassageSplitter.DEFAULT_MAX_SENTENCES
                    * SentenceSplitter.MAX_SENTENCE_CHARS + SentencePassageSplitter.DEFAULT_MAX_SENTENCES,
                    "passage of " + p.text().length());
        }
    }
}
