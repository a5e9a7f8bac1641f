package dev.positionsbot.answer;

import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.Passage;
import dev.positionsbot.index.SearchHit;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnswerAfterQuestionTest {

    // an invented interview
    private static final String BODY = "Q: Will the ministry open new offices abroad?\n\n"
            + "A: Yes. We plan four, the first in Riga next spring.\n\n"
            + "The minister then left for the airport.";

    private static SearchHit hitOn(String text) {
        Article a = new Article("interview", "interview.md", "An interview", "", "", "", "", "en", "", BODY);
        int start = BODY.indexOf(text);
        return new SearchHit(a, new Passage("interview", 0, start, start + text.length(), "", text), 0.5, null, null);
    }

    @Test
    void a_passage_that_asks_a_question_brings_the_paragraph_that_replies() {
        Optional<SearchHit> reply = AnswerAfterQuestion.replyTo(hitOn("Q: Will the ministry open new offices abroad?"));
        assertTrue(reply.isPresent());
        assertEquals("A: Yes. We plan four, the first in Riga next spring.", reply.get().passage().text());
        Passage p = reply.get().passage();
        assertEquals(p.text(), BODY.substring(p.start(), p.end()), "offsets must point at the reply in the body");
    }

    @Test
    void a_passage_that_states_something_brings_nothing() {
        assertTrue(AnswerAfterQuestion.replyTo(hitOn("A: Yes. We plan four, the first in Riga next spring.")).isEmpty());
    }

    @Test
    void a_question_at_the_end_of_the_article_brings_nothing() {
        String body = "Who will pay for it?";
        Article a = new Article("end", "end.md", "End", "", "", "", "", "en", "", body);
        SearchHit hit = new SearchHit(a, new Passage("end", 0, 0, body.length(), "", body), 0.5, null, null);
        assertTrue(AnswerAfterQuestion.replyTo(hit).isEmpty());
    }

    @Test
    void a_question_inside_closing_quotes_still_counts() {
        String body = "“Will you stay?”\n\nShe said she would.";
        Article a = new Article("q", "q.md", "Q", "", "", "", "", "en", "", body);
        SearchHit hit = new SearchHit(a, new Passage("q", 0, 0, 16, "", body.substring(0, 16)), 0.5, null, null);
        assertEquals("She said she would.", AnswerAfterQuestion.replyTo(hit).orElseThrow().passage().text());
    }

    @Test
    void the_backward_check_agrees_with_the_question_pattern_on_every_ending() {
        java.util.List<String> texts = new java.util.ArrayList<>(java.util.List.of("", "?", "Why?", "Why? ",
                "Why?\u2028", "Why? \u2028", "Why?\u2028 ", "Why?\r\n", "Why?”", "Why? ”", "Why?»)\n", "Why？",
                "Why?\u0085", "Why?\u2029\u2029", "Why.", "Why?\u00A0", "(why?)_*", "?a"));
        String alphabet = "a?？\"”»’)]*_ \t\n\u000B\f\r\u0085\u2028\u2029\u00A0.";
        texts.addAll(dev.positionsbot.RandomTexts.of(alphabet, 5, 20_000));
        for (String text : texts) {
            assertEquals(AnswerAfterQuestion.ENDS_AS_QUESTION.matcher(text).find(),
                    AnswerAfterQuestion.endsAsQuestion(text), "\"" + text.replace("\n", "\\n") + "\"");
        }
    }
}
