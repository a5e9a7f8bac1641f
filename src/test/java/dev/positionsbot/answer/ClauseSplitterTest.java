package dev.positionsbot.answer;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClauseSplitterTest {

    private final ClauseSplitter splitter = new ClauseSplitter();

    @Test
    void splits_two_questions_joined_by_and_a_question_word() {
        assertEquals(List.of("Did Turkmenistan build the pipeline", "how long did the construction take?"),
                splitter.split("Did Turkmenistan build the pipeline, and how long did the construction take?"));
    }

    @Test
    void splits_two_sentences_each_ending_in_a_question_mark() {
        assertEquals(List.of("What did Kyrgyzstan decide", "Who announced the decision?"),
                splitter.split("What did Kyrgyzstan decide? Who announced the decision?"));
    }

    @Test
    void splits_at_semicolons_and_as_well_as() {
        assertEquals(2, splitter.split("Name the new tariff rates; explain who set them").size());
        assertEquals(List.of("Describe the dam project", "as well as its funding sources"),
                splitter.split("Describe the dam project as well as its funding sources"));
    }

    @Test
    void leaves_a_simple_question_whole() {
        String q = "What did Uzbekistan say about the water treaty and the border?";
        assertEquals(List.of(q), splitter.split(q));
    }

    @Test
    void does_not_make_parts_of_fewer_than_three_words() {
        assertEquals(List.of("Why did Tajikistan refuse"), splitter.split("Why did Tajikistan refuse? And why?"));
    }
}
