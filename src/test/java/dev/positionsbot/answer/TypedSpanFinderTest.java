package dev.positionsbot.answer;

import dev.positionsbot.answer.AnalyzedQuestion.AnswerType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TypedSpanFinderTest {

    private final TypedSpanFinder spans = new TypedSpanFinder(Lexicon.bundled());

    @Test
    void a_year_alone_is_not_the_figure_a_how_many_question_wants() {
        assertFalse(spans.has(AnswerType.NUMBER, "The plant opened in 2019 after long delays.", List.of()));
        assertTrue(spans.has(AnswerType.NUMBER, "The plant employs 1,450 people.", List.of()));
        assertTrue(spans.has(AnswerType.NUMBER, "The 52-year-old engineer runs it.", List.of()));
        assertTrue(spans.has(AnswerType.NUMBER, "Turnout was about a third of the electorate.", List.of()));
    }

    @Test
    void years_in_a_list_or_at_the_end_of_a_sentence_are_still_years() {
        assertFalse(spans.has(AnswerType.NUMBER, "Similar pacts were signed in 2008, 2013 and 2019.", List.of()));
        assertFalse(spans.has(AnswerType.NUMBER, "The pact dates from 2011.", List.of()));
        assertTrue(spans.has(AnswerType.NUMBER, "The fund holds 2011.5 million dollars.", List.of()));
        assertTrue(spans.has(AnswerType.NUMBER, "Exports reached 2,019 tonnes.", List.of()));
    }

    @Test
    void relative_and_absolute_dates_are_dates() {
        assertTrue(spans.has(AnswerType.DATE, "The minister spoke on Friday.", List.of()));
        assertTrue(spans.has(AnswerType.DATE, "Talks resumed on 3 March.", List.of()));
        assertTrue(spans.has(AnswerType.DATE, "Переговоры прошли в четверг.", List.of()));
        assertFalse(spans.has(AnswerType.DATE, "Talks resumed after a long pause.", List.of()));
    }

    @Test
    void a_person_asked_about_is_no_answer_to_who_but_another_named_person_is() {
        List<String> asked = List.of("Tokayev");
        assertTrue(spans.has(AnswerType.PERSON, "The decree was signed by Dilnoza Rakhimova.", asked));
        assertFalse(spans.has(AnswerType.PERSON, "Tokayev spoke at length.", asked));
    }

    @Test
    void places_and_organisations_are_told_apart() {
        assertTrue(spans.has(AnswerType.PLACE, "The delegates met in Khujand last week.", List.of()));
        assertTrue(spans.has(AnswerType.ORGANISATION, "The Eurasian Development Bank lent the money.", List.of()));
        assertFalse(spans.has(AnswerType.ORGANISATION, "the money was lent quickly and quietly.", List.of()));
    }

    @Test
    void an_identity_question_is_answered_by_apposition_or_a_role() {
        assertTrue(spans.has(AnswerType.IDENTITY, "Aziz Umarov, a lecturer at a Dushanbe university, disagreed.",
                List.of("Aziz Umarov")));
        assertTrue(spans.has(AnswerType.IDENTITY, "Deputy minister Aziz Umarov disagreed.", List.of("Aziz Umarov")));
    }

    @Test
    void span_starts_are_where_each_span_of_the_asked_kind_begins() {
        String s = "The mill hired 40 welders in May and 12 drivers later.";
        assertEquals(List.of(s.indexOf("40"), s.indexOf("12")), spans.starts(AnswerType.NUMBER, s, List.of()));
        assertEquals(List.of(s.indexOf("May")), spans.starts(AnswerType.DATE, s, List.of()));
        assertEquals(List.of(), spans.starts(AnswerType.REASON, s, List.of()));
    }

    @Test
    void span_starts_of_names_leave_out_the_names_the_question_asks_about() {
        String s = "Envoy Dilnoza Karimova met Ruslan Beketov in Tashkent.";
        List<Integer> people = spans.starts(AnswerType.PERSON, s, List.of("Dilnoza Karimova"));
        assertTrue(people.contains(s.indexOf("Ruslan Beketov")), people.toString());
        assertFalse(people.contains(s.indexOf("Dilnoza Karimova")), people.toString());
    }
}
