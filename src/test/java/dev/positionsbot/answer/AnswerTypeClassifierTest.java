package dev.positionsbot.answer;

import dev.positionsbot.answer.AnalyzedQuestion.AnswerType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AnswerTypeClassifierTest {

    private static final AnswerTypeClassifier TYPES = new AnswerTypeClassifier(WordNetRelations.bundled());

    private static AnswerType type(String q) {
        return TYPES.classify(q, q);
    }

    @Test
    void question_words_say_what_is_asked_for() {
        assertEquals(AnswerType.NUMBER, type("How old is the deputy mayor?"));
        assertEquals(AnswerType.NUMBER, type("What was the tally of the vote?"));
        assertEquals(AnswerType.DATE, type("On what dates did the talks take place?"));
        assertEquals(AnswerType.PLACE, type("Where did the ministers meet?"));
        assertEquals(AnswerType.EVENT, type("At what event did the premier speak?"));
        assertEquals(AnswerType.PERSON, type("Who signed the declaration for Mongolia?"));
        assertEquals(AnswerType.REASON, type("Why did the council postpone the vote?"));
        assertEquals(AnswerType.YES_NO, type("Did the parliament ratify the treaty?"));
        assertEquals(AnswerType.COMPARISON, type("How did the two governments' replies differ?"));
        assertEquals(AnswerType.STANCE, type("What is Mongolia's position on the pipeline?"));
        assertEquals(AnswerType.STANCE, type("How did Mongolia vote on the fisheries resolution?"));
        assertEquals(AnswerType.STANCE, type("Как голосовала Монголия по резолюции?"));
        assertEquals(AnswerType.AUTHOR, type("Who wrote the analysis about grain prices?"));
    }

    @Test
    void who_is_a_named_person_asks_for_their_identity_not_for_someone_else() {
        assertEquals(AnswerType.IDENTITY, type("Who is Batbayar Dorj?"));
        assertEquals(AnswerType.PERSON, type("Who is leading the delegation?"));
    }

    @Test
    void the_head_noun_of_a_which_question_says_the_kind_by_the_dictionary() {
        assertEquals(AnswerType.PERSON, type("Which envoy carried the letter?"));
        assertEquals(AnswerType.ORGANISATION, type("Which agency published the figures?"));
        assertEquals(AnswerType.PLACE, type("Which city hosted the forum?"));
        assertEquals(AnswerType.LIST, type("Which four provinces held elections?"));
        assertEquals(AnswerType.GENERAL, type("What happened to the grain deal?"));
    }

    @Test
    void russian_question_words_count_too() {
        assertEquals(AnswerType.NUMBER, TYPES.classify("", "Сколько депутатов голосовало?"));
        assertEquals(AnswerType.DATE, TYPES.classify("", "Когда состоялась встреча?"));
        assertEquals(AnswerType.REASON, TYPES.classify("", "Почему министр отказался?"));
    }

    @Test
    void a_measure_named_after_the_verb_asks_for_a_figure() {
        assertEquals(AnswerType.NUMBER, type("What was the budget deficit of the province in 2019?"));
        assertEquals(AnswerType.NUMBER, type("What is the region's unemployment rate?"));
        assertEquals(AnswerType.NUMBER, type("What were the republic's total wool exports last year?"));
        assertEquals(AnswerType.NUMBER, type("By what margin did the senate pass the bill?"));
        assertEquals(AnswerType.REASON, type("What was the reason for the price rise?"));
    }

    @Test
    void a_verb_after_what_is_never_taken_for_a_head_noun() {
        // "was" is also a dictionary noun (an abbreviation of a place); the question asks for what was discussed
        assertEquals(AnswerType.GENERAL, type("What was discussed at the plenary?"));
    }
}
