package dev.positionsbot.answer.llm;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FactCheckTest {

    final FactCheck check = new FactCheck();

    @Test
    void numbers_match_across_thousands_separators_and_percent_spellings() {
        String source = "Some 200 000 people left, about 37 percent of them in 1991; 4,750 miles of border.";

        assertTrue(check.unsupported("About 200,000 people left.", source).isEmpty());
        assertTrue(check.unsupported("Roughly 37% of them left in 1991.", source).isEmpty());
        assertTrue(check.unsupported("The border is 4750 miles long.", source).isEmpty());
        assertTrue(check.unsupported("About 38% left.", source).orElseThrow().contains("38"));
    }

    @Test
    void a_number_is_not_a_percentage_unless_the_source_says_so() {
        assertTrue(check.unsupported("Turnout was 69%.", "There were 69 polling stations.").orElseThrow()
                .contains("69%"));
    }

    @Test
    void dates_are_checked_through_their_day_month_and_year() {
        String source = "Speaking on September 26, the spokesman said so.";

        assertTrue(check.unsupported("On September 26 the spokesman spoke.", source).isEmpty());
        assertTrue(check.unsupported("On September 27 the spokesman spoke.", source).orElseThrow().contains("27"));
        assertTrue(check.unsupported("On October 26 the spokesman spoke.", source).orElseThrow().contains("October"));
    }

    @Test
    void names_match_their_adjective_and_possessive_forms_but_not_other_names() {
        String source = "Russia's forces and China said Kazakhstan's leaders met.";

        assertTrue(check.unsupported("Russian and Chinese officials praised the Kazakh leaders.", source).isEmpty());
        assertTrue(check.unsupported("Kazakhstan's leaders met Iranian officials.", source).orElseThrow()
                .contains("Iranian"));
    }

    @Test
    void common_sentence_openers_are_not_names_but_other_first_words_are() {
        assertEquals(Set.of("Kazakhstan"), FactCheck.names("However, Kazakhstan did not agree."));
        assertEquals(Set.of("Tokayev", "Astana"), FactCheck.names("Tokayev spoke in Astana."));
        assertEquals(Set.of("Russia"), FactCheck.names("Notably, Russia did not comment."));
        assertEquals(Set.of("Italy"), FactCheck.names("Italy did not comment."));
    }
}
