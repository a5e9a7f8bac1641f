package dev.positionsbot.index;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NewsAnalyzerTest {

    private final Analyzer analyzer = IndexFields.analyzer();
    private final Bm25QueryBuilder terms = new Bm25QueryBuilder(analyzer);

    private Set<String> folded(String text) {
        return terms.terms(IndexFields.BODY_FOLDED, text);
    }

    private Set<String> exact(String text) {
        return terms.terms(IndexFields.BODY, text);
    }

    private void assertAllMeet(String... variants) {
        Set<String> first = folded(variants[0]);
        for (String v : variants) {
            assertEquals(first, folded(v), v + " should fold like " + variants[0]);
        }
    }

    @Test
    void romanisations_of_tokayev_meet() {
        assertAllMeet("Tokayev", "Tokaev", "Toqaev", "Toqayev", "TOKAYEV's");
    }

    @Test
    void ukrainian_and_russian_forms_of_zaporizhzhia_meet() {
        assertAllMeet("Zaporizhzhia", "Zaporizhzhya", "Zaporozhye");
    }

    @Test
    void other_central_asian_name_variants_meet() {
        assertAllMeet("Rakhmon", "Rahmon");
        assertAllMeet("Mirziyoyev", "Mirziyoev");
        assertAllMeet("Kyrgyzstan", "Kirgizstan");
        assertAllMeet("Qazaqstan", "Kazakhstan");
        assertAllMeet("Kassym-Jomart", "Qasym-Zhomart");
    }

    @Test
    void hyphenated_nur_sultan_meets_the_written_together_form() {
        assertTrue(folded("Nur-Sultan").containsAll(folded("Nursultan")));
        assertTrue(folded("Nur-Sultan").containsAll(folded("Sultan")));
    }

    @Test
    void a_russian_word_the_glossary_knows_meets_its_english_rendering_in_both_fields() {
        assertTrue(exact("мигрантов").containsAll(exact("migrants")), exact("мигрантов").toString());
        assertTrue(folded("переговорах").containsAll(folded("talks")), folded("переговорах").toString());
        assertTrue(exact("переговорах").containsAll(exact("negotiations")), exact("переговорах").toString());
    }

    @Test
    void an_english_text_gets_no_glossary_terms_and_an_unknown_russian_word_only_its_own() {
        assertEquals(Set.of("migrant", "talks"), exact("migrants talks"));
        assertEquals(Set.of("самарканде"), exact("Самарканде"));
    }

    @Test
    void cyrillic_names_meet_their_latin_romanisation() {
        assertEquals(folded("Tokayev"), folded("Токаев"));
        assertEquals(folded("Kazakhstan"), folded("Казахстан"));
        assertEquals(folded("Mirziyoyev"), folded("Мирзиёев"));
    }

    @Test
    void exact_field_keeps_spellings_apart() {
        assertNotEquals(exact("Tokayev"), exact("Toqaev"));
    }

    @Test
    void english_inflections_still_stem_together_in_both_fields() {
        assertEquals(exact("recognize"), exact("recognized"));
        assertEquals(exact("referendums"), exact("referendum"));
        assertEquals(folded("recognize"), folded("recognized"));
        assertEquals(List.of("border"), List.copyOf(exact("the borders")));
    }

    @Test
    void folding_keeps_distinct_common_english_words_mostly_apart() {
        assertNotEquals(folded("oil"), folded("gas"));
        assertNotEquals(folded("president"), folded("parliament"));
        assertNotEquals(folded("border"), folded("order"));
    }

    @Test
    void numbers_pass_through_unfolded() {
        assertEquals(Set.of("4,750"), folded("4,750"));
    }
}
