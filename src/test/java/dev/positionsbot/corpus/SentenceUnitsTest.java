package dev.positionsbot.corpus;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentenceUnitsTest {

    private final SentenceUnits units = new SentenceUnits();

    @Test
    void a_sentence_that_leans_on_the_one_before_is_measured_with_it() {
        String text = "The minister said exports would continue by rail. He added that prices had fallen sharply.";
        assertEquals(List.of("The minister said exports would continue by rail.",
                "The minister said exports would continue by rail. He added that prices had fallen sharply."),
                units.texts(text));
        assertEquals(2, units.of(text).get(1).sentences());
    }

    @Test
    void a_sentence_continued_by_the_next_also_forms_a_pair_and_fragments_are_skipped() {
        String text = "Photo: archive.\nThe envoy abstained in the first vote today. Another envoy abstained as well.";
        List<SentenceUnits.Unit> found = units.of(text);
        assertEquals(List.of("The envoy abstained in the first vote today.",
                "The envoy abstained in the first vote today. Another envoy abstained as well.",
                "Another envoy abstained as well."), found.stream().map(u -> u.text(text)).toList());
        assertEquals(List.of(1, 2, 1), found.stream().map(SentenceUnits.Unit::sentences).toList());
    }
}
