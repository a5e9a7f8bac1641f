package dev.positionsbot.answer;

import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.Passage;
import dev.positionsbot.index.NewsTermAnalyzer;
import dev.positionsbot.index.SearchHit;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The "about another party" hard check: a sentence that names another state while the question's subject is only in
 * its paragraph speaks for that state, unless a party is what the question asks for. Invented article.
 */
class OtherPartyCheckTest {

    private static final String BODY = "Kazakhstan kept its border open. Uzbekistan abstained in the vote on Friday.";
    private static final Article ARTICLE = new Article("vote", "knowledge/vote.md", "A vote at the assembly",
            "Valley Wire", "", "2024-02-02", "", "en", "", BODY);

    private final QuestionAnalyzer analyzer = new QuestionAnalyzer(new NewsTermAnalyzer(), new FixedTermStatistics(),
            Lexicon.bundled());
    private final ExtractiveComposer composer = new ExtractiveComposer(analyzer, new NewsTermAnalyzer(), null, null,
            AnswerModel.bundled(), CandidateScorer.builtin(AnswerModel.bundled()), Lexicon.bundled());

    /** The second sentence, measured as the generator would for a question whose subject is only in the paragraph. */
    private static ScoredSentence otherStatesSentence(AnalyzedQuestion q) {
        int start = BODY.indexOf("Uzbekistan");
        SearchHit hit = new SearchHit(ARTICLE, new Passage("vote", 0, 0, BODY.length(), "", BODY), 1,
                new SearchHit.Ranking(1, 1), null);
        List<KeyTerm> matched = q.terms().stream().filter(t -> t.label().equalsIgnoreCase("vote")).toList();
        return new ScoredSentence(hit, 0, start, BODY.length(), BODY.substring(start), null, 0.5, 0.5, 0.5, true,
                matched, List.of(), List.of(), ScoredSentence.Presence.NEARBY, true, false, 0.5, 1, Double.NaN);
    }

    @Test
    void a_sentence_naming_another_state_does_not_speak_for_the_subject() {
        AnalyzedQuestion q = analyzer.analyze("How did Kazakhstan vote?");
        assertEquals("about another party", composer.failedCheck(q, otherStatesSentence(q)));
    }

    @Test
    void naming_another_state_is_the_answer_when_the_question_asks_which_states() {
        AnalyzedQuestion q = analyzer.analyze("Which states near Kazakhstan abstained in the vote?");
        assertNull(composer.failedCheck(q, otherStatesSentence(q)));
    }
}
