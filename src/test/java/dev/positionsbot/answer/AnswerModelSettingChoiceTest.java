package dev.positionsbot.answer;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AnswerModelSettingChoiceTest {

    private static AnswerModelTrainer.Setting at(double threshold, double objective, double falseRefusals) {
        return new AnswerModelTrainer.Setting(1.0, threshold, 0, 3, objective, falseRefusals);
    }

    @Test
    void of_settings_with_equal_objectives_the_one_refusing_fewer_answerable_questions_wins() {
        AnswerModelTrainer.Setting refusing = at(0.80, 0.652, 0.30);
        AnswerModelTrainer.Setting answering = at(0.75, 0.650, 0.16);
        assertEquals(answering, AnswerModelTrainer.choose(List.of(refusing, answering, at(0.70, 0.626, 0.10))));
    }

    @Test
    void a_clearly_better_objective_wins_however_often_it_refuses() {
        AnswerModelTrainer.Setting best = at(0.85, 0.680, 0.35);
        assertEquals(best, AnswerModelTrainer.choose(List.of(best, at(0.75, 0.660, 0.16))));
    }

    @Test
    void between_equal_false_refusal_rates_the_higher_objective_wins() {
        AnswerModelTrainer.Setting higher = at(0.80, 0.653, 0.20);
        assertEquals(higher, AnswerModelTrainer.choose(List.of(at(0.75, 0.650, 0.20), higher)));
    }
}
