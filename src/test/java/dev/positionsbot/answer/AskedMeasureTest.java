package dev.positionsbot.answer;

import dev.positionsbot.index.NewsTermAnalyzer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AskedMeasureTest {

    private final QuestionAnalyzer analyzer = new QuestionAnalyzer(new NewsTermAnalyzer(), new FixedTermStatistics(),
            Lexicon.bundled());

    private List<String> measured(String question) {
        return AskedMeasure.of(analyzer.analyze(question)).stream()
                .map(t -> t.label().toLowerCase(Locale.ROOT)).toList();
    }

    private static ScoredSentence unitMatching(List<KeyTerm> matched) {
        return new ScoredSentence(null, 0, 0, 1, "x", null, 0, 0, 0, true, matched, List.of(), List.of(),
                ScoredSentence.Presence.NOT_ASKED, false, false, 0, 1, Double.NaN);
    }

    @Test
    void namesWhatAFigureCountsUpToTheVerb() {
        assertEquals(List.of("wagons"), measured("How many wagons did the railway lease in March?"));
        assertTrue(measured("How much revenue did the port earn last year?").contains("revenue"));
    }

    @Test
    void namesWhatAShareIsOf() {
        assertTrue(measured("What share of the harvest was exported?").contains("harvest"));
    }

    @Test
    void asksForNoMeasureWhenNoFigureIsAsked() {
        assertTrue(measured("Why did the railway lease wagons?").isEmpty());
    }

    @Test
    void scoresTheShareOfTheMeasuredWordsAUnitHas() {
        List<KeyTerm> measure = AskedMeasure.of(analyzer.analyze("How many wagons did the railway lease in March?"));
        assertEquals(1.0, AskedMeasure.found(measure, unitMatching(measure)));
        assertEquals(0.0, AskedMeasure.found(measure, unitMatching(List.of())));
        assertEquals(1.0, AskedMeasure.found(List.of(), unitMatching(List.of())));
    }
}
