package dev.positionsbot.corpus;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> split(String text) {
        List<Sentence> sentences = splitter.split(text);
        for (Sentence s : sentences) {
            assertEquals(text.substring(s.start(), s.end()), s.text(), "offsets must match the text");
        }
        return sentences.stream().map(Sentence::text).toList();
    }

    @Test
    void does_not_split_after_titles_and_month_abbreviations() {
        assertEquals(List.of("Mr. Tokayev met Dr. Smith on Jan. 13 in St. Petersburg.", "They talked."),
                split("Mr. Tokayev met Dr. Smith on Jan. 13 in St. Petersburg. They talked."));
    }

    @Test
    void keeps_dotted_acronyms_inside_a_sentence_but_splits_when_a_new_sentence_starts() {
        assertEquals(List.of("The U.S. Senate voted and U.S. major Chevron agreed."),
                split("The U.S. Senate voted and U.S. major Chevron agreed."));
        assertEquals(List.of("Troops left the U.S.", "The next day talks began."),
                split("Troops left the U.S. The next day talks began."));
    }

    @Test
    void does_not_split_after_initials() {
        assertEquals(List.of("She lectures at M. Narikbayev KAZGUU university, J. R. Smith said.", "Then he left."),
                split("She lectures at M. Narikbayev KAZGUU university, J. R. Smith said. Then he left."));
    }

    @Test
    void ends_a_sentence_after_closing_quotes() {
        assertEquals(List.of("Putin said they should be “ashamed.”", "Tokayev did not answer.",
                        "\"We will not recognise them.\"", "That was clear."),
                split("Putin said they should be “ashamed.” Tokayev did not answer. \"We will not recognise them.\" That was clear."));
    }

    @Test
    void treats_an_elision_inside_a_quotation_as_part_of_the_sentence() {
        assertEquals(List.of("“As for the holding of referendums ... Kazakhstan proceeds from the principles,” he said."),
                split("“As for the holding of referendums ... Kazakhstan proceeds from the principles,” he said."));
    }

    @Test
    void splits_questions_and_exclamations_and_every_line() {
        assertEquals(List.of("Why not?", "Tokayev said so!", "A heading", "Next line."),
                split("Why not? Tokayev said so!\nA heading\nNext line."));
    }

    @Test
    void does_not_split_numbers_or_lower_case_continuations() {
        assertEquals(List.of("China offered $3.8 billion, i.e. more than expected, to the region."),
                split("China offered $3.8 billion, i.e. more than expected, to the region."));
    }

    @Test
    void splits_russian_text_and_keeps_russian_abbreviations() {
        assertEquals(List.of("Токаев заявил, что Казахстан не признает референдумы.", "В 2022 г. Путин ответил иначе.",
                        "«Мы за территориальную целостность», — сказал он."),
                split("Токаев заявил, что Казахстан не признает референдумы. В 2022 г. Путин ответил иначе. "
                        + "«Мы за территориальную целостность», — сказал он."));
    }

    @Test
    void returns_nothing_for_blank_text() {
        assertEquals(List.of(), split("  \n\n "));
    }
}
