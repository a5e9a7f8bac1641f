package dev.positionsbot.answer;

import dev.positionsbot.PositionsBotException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnswerModelTest {

    @Test
    void the_bundled_weights_name_every_feature_and_a_threshold_between_zero_and_one() {
        AnswerModel m = AnswerModel.bundled();
        assertTrue(m.threshold() > 0 && m.threshold() < 1, "threshold " + m.threshold());
        assertTrue(m.secondary() >= 0 && m.secondary() <= 1, "secondary " + m.secondary());
    }

    @Test
    void the_weights_file_round_trips_through_its_own_format() {
        double[] w = new double[CandidateFeatures.NAMES.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = i * 0.25 - 1;
        }
        AnswerModel m = new AnswerModel(w, -0.5, new double[AnswerabilityFeatures.NAMES.size()], 0.2, 0.35, 0.6, 3);
        AnswerModel back = AnswerModel.parse(m.format("# header\n").lines().toList(), "test");
        double[] f = new double[w.length];
        java.util.Arrays.fill(f, 0.5);
        assertEquals(m.probability(f), back.probability(f), 1e-6);
        assertEquals(0.35, back.threshold(), 1e-9);
        assertEquals(3, back.units());
    }

    @Test
    void a_single_fact_quotes_the_learned_number_of_units_and_a_list_at_least_five() {
        AnswerModel two = AnswerModel.bundled().withUnits(2);
        AnswerModel four = AnswerModel.bundled().withUnits(4);
        assertEquals(2, two.maxUnits(AnalyzedQuestion.AnswerType.NUMBER));
        assertEquals(5, two.maxUnits(AnalyzedQuestion.AnswerType.LIST));
        assertEquals(4, four.maxUnits(AnalyzedQuestion.AnswerType.PERSON));
        assertEquals(5, four.maxUnits(AnalyzedQuestion.AnswerType.COMPARISON));
        assertEquals(6, AnswerModel.bundled().withUnits(6).maxUnits(AnalyzedQuestion.AnswerType.STANCE));
    }

    @Test
    void a_fractional_or_zero_number_of_units_is_an_error_naming_the_file() {
        List<String> lines = new ArrayList<>(AnswerModel.bundled().format("").lines().toList());
        lines.replaceAll(l -> l.startsWith("units\t") ? "units\t2.5" : l);
        PositionsBotException e = assertThrows(PositionsBotException.class, () -> AnswerModel.parse(lines, "w.tsv"));
        assertTrue(e.getMessage().contains("w.tsv") && e.getMessage().contains("units"), e.getMessage());
        lines.replaceAll(l -> l.startsWith("units\t") ? "units\t0" : l);
        assertThrows(PositionsBotException.class, () -> AnswerModel.parse(lines, "w.tsv"));
    }

    @Test
    void a_weights_file_missing_a_feature_is_an_error_naming_it() {
        List<String> lines = new ArrayList<>(AnswerModel.bundled().format("").lines().toList());
        lines.removeIf(l -> l.startsWith("coverage\t"));
        PositionsBotException e = assertThrows(PositionsBotException.class, () -> AnswerModel.parse(lines, "w.tsv"));
        assertTrue(e.getMessage().contains("w.tsv") && e.getMessage().contains("\"coverage\""), e.getMessage());
    }

    @Test
    void a_malformed_line_is_an_error_naming_the_line() {
        PositionsBotException e = assertThrows(PositionsBotException.class,
                () -> AnswerModel.parse(List.of("# c", "similarity\tabc"), "w.tsv"));
        assertTrue(e.getMessage().contains("w.tsv line 2"), e.getMessage());
    }

    @Test
    void more_support_in_a_positive_weight_raises_the_probability() {
        double[] w = new double[CandidateFeatures.NAMES.size()];
        w[CandidateFeatures.NAMES.indexOf("coverage")] = 3;
        AnswerModel m = new AnswerModel(w, -1, new double[AnswerabilityFeatures.NAMES.size()], 0, 0.5, 0.5, 2);
        double[] low = new double[w.length];
        double[] high = low.clone();
        high[CandidateFeatures.NAMES.indexOf("coverage")] = 1;
        assertTrue(m.probability(high) > m.probability(low));
        assertEquals(3.0, m.contributions(high).get("coverage"), 1e-9);
    }
}
