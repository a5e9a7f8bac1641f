package dev.positionsbot.answer.attribution;

import dev.positionsbot.corpus.Article;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BodyNounsTest {

    @Test
    void a_noun_of_government_heads_both_a_name_and_a_description() {
        assertTrue(BodyNouns.headsName("Ministry"));
        assertTrue(BodyNouns.headsName("COURT"));
        assertTrue(BodyNouns.descriptionHead("ministry").matcher("the energy ministry said on monday").find());
    }

    @Test
    void a_firm_noun_heads_a_name_but_no_description_that_points_back_only_to_its_own_noun() {
        assertTrue(BodyNouns.headsName("Holding"));
        assertTrue(BodyNouns.headsName("Airlines"));
        assertNull(BodyNouns.descriptionHead("company"));
        assertNull(BodyNouns.descriptionHead("holding"));
    }

    @Test
    void an_office_noun_heads_a_description_but_no_name() {
        assertFalse(BodyNouns.headsName("Department"));
        assertFalse(BodyNouns.headsName("Akimat"));
        assertNotNull(BodyNouns.descriptionHead("department"));
        assertNotNull(BodyNouns.descriptionHead("akimat"));
    }

    @Test
    void nouns_are_whole_words() {
        assertFalse(BodyNouns.descriptionHead("bank").matcher("the river embankment gave way").find());
        assertTrue(BodyNouns.nameHeadIn("Turan Railways said on Friday"));
        assertFalse(BodyNouns.nameHeadIn("Railwaymen said on Friday"));
        assertFalse(BodyNouns.headsName("Holdings Ltd"));
    }

    /**
     * Why the two readings keep their own nouns: with "company" among the description heads, "the company" would no
     * longer point back to a firm named without the word.
     */
    @Test
    void the_company_points_back_to_a_firm_named_without_the_word() {
        String said = "\u201CWe have no choice,\u201D the company said.";
        String body = "Tuzkol Salt said on Monday it would cut exports by a third. " + said;
        Article a = new Article("invented", "", "Invented", "Invented Wire", "", "2025-06-11", "", "en", "", body);
        Attribution at = new ArticleAttributor().attribute(a, said);
        assertEquals("Tuzkol Salt", at.speaker().name());
        assertEquals(new StatementDate("2025-06-09", "sentence"), at.date());
    }
}
