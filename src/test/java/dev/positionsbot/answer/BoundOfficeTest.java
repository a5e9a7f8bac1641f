package dev.positionsbot.answer;

import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.Passage;
import dev.positionsbot.index.NewsTermAnalyzer;
import dev.positionsbot.index.SearchHit;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "X's ministry" in a question: news names the state once and then the office alone, so a unit saying "the ministry"
 * in a paragraph about X does not lack the office; one that names another state may be about that state's ministry
 * and does. Invented articles.
 */
class BoundOfficeTest {

    private final QuestionAnalyzer analyzer = new QuestionAnalyzer(new NewsTermAnalyzer(), new FixedTermStatistics(),
            Lexicon.bundled());
    private final CandidateGenerator generator = new CandidateGenerator(analyzer, new NewsTermAnalyzer(),
            new SemanticSimilarity(new WordHashModel(), 0), new TypedSpanFinder(Lexicon.bundled()),
            AnswerModel.SYNONYM_CREDIT);

    private static SearchHit hit(String body) {
        Article a = new Article("invented", "knowledge/invented.md", "Fuel exports", "Valley Wire", "", "2024-03-02",
                "", "en", "", body);
        return new SearchHit(a, new Passage("invented", 0, 0, body.length(), "", body), 1,
                new SearchHit.Ranking(1, 1), null);
    }

    private ScoredSentence unit(String body, String question, String containing) {
        return generator.candidates(analyzer.analyze(question), List.of(hit(body)), AnswerModel.CANDIDATE_HITS)
                .stream().filter(s -> s.text().contains(containing)).findFirst().orElseThrow();
    }

    private static boolean lacksOffice(ScoredSentence s) {
        return s.missing().stream().anyMatch(t -> t.label().equalsIgnoreCase("ministry"));
    }

    @Test
    void theOfficeAloneCountsInAParagraphThatNamesItsState() {
        String body = "Kyrgyzstan will limit diesel exports from May. The energy ministry said the limit would last "
                + "three months.";
        ScoredSentence s = unit(body, "What did Kyrgyzstan's energy ministry say about the diesel limit?",
                "the limit would last");
        assertFalse(lacksOffice(s), s.missing().toString());
    }

    @Test
    void theOfficeStillCountsWhenTheUnitNamesTheState() {
        String body = "Diesel prices rose in May. Kyrgyzstan's energy ministry said the limit would last three months.";
        ScoredSentence s = unit(body, "What did Kyrgyzstan's energy ministry say about the diesel limit?",
                "the limit would last");
        assertFalse(lacksOffice(s), s.missing().toString());
    }

    @Test
    void anOfficeBesideAnotherStateDoesNotCount() {
        String body = "Kyrgyzstan will limit diesel exports from May. The energy ministry of Kazakhstan said the limit "
                + "would hurt its farmers.";
        ScoredSentence s = unit(body, "What did Kyrgyzstan's energy ministry say about the diesel limit?",
                "would hurt");
        assertTrue(lacksOffice(s), s.missing().toString());
    }

    @Test
    void theOfficeAloneDoesNotCountWhereTheStateIsNowhereAround() {
        String body = "Diesel prices rose in May. The energy ministry said the limit would last three months.";
        ScoredSentence s = unit(body, "What did Kyrgyzstan's energy ministry say about the diesel limit?",
                "the limit would last");
        assertTrue(lacksOffice(s), s.missing().toString());
    }
}
