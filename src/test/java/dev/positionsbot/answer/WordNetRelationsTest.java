package dev.positionsbot.answer;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordNetRelationsTest {

    private static final WordNetRelations WORDNET = WordNetRelations.bundled();

    @Test
    void a_kind_of_thing_implies_the_thing() {
        assertTrue(WORDNET.implying("body of water").contains("sea"));
        assertTrue(WORDNET.implying("head of state").contains("president"));
        assertTrue(WORDNET.implying("stream").contains("river"));
    }

    @Test
    void a_synonym_implies_the_word() {
        assertTrue(WORDNET.implying("crude").contains("petroleum"));
        assertTrue(WORDNET.implying("propose").contains("suggest"));
    }

    @Test
    void a_broader_word_does_not_imply_a_narrower_one() {
        // every sea is a body of water, but a body of water need not be a sea
        assertFalse(WORDNET.implying("sea").contains("body of water"));
        assertFalse(WORDNET.implying("president").contains("head of state"));
    }

    @Test
    void a_sense_too_general_to_stand_in_for_is_not_expanded_into_its_kinds() {
        assertFalse(WORDNET.implying("leader").contains("pope"));
        assertFalse(WORDNET.implying("leader").contains("president"));
    }

    @Test
    void verbs_keep_to_synonyms_of_their_usual_sense() {
        // "fight" has troponyms from "fence" to "gas": none of them is what a question about fighting means
        assertFalse(WORDNET.implying("fight").contains("gas"));
        assertFalse(WORDNET.implying("propose").contains("state"));
    }

    @Test
    void names_are_never_paraphrases() {
        assertTrue(WORDNET.implying("head of state").stream().noneMatch(p -> p.contains("united states")));
        assertTrue(WORDNET.implying("body of water").stream().allMatch(p -> p.equals(p.toLowerCase())));
    }

    @Test
    void irregular_forms_have_their_base_form() {
        assertTrue(WORDNET.baseForms("began").contains("begin"));
        assertTrue(WORDNET.baseForms("buyers").contains("buyer"));
        assertEquals(0, WORDNET.baseForms("xyzzyq").size());
    }

    @Test
    void multi_word_terms_are_recognised_and_loose_phrases_are_not() {
        assertTrue(WORDNET.isTerm("head of state"));
        assertTrue(WORDNET.isTerm("body of water"));
        assertFalse(WORDNET.isTerm("economic bloc"));
        assertFalse(WORDNET.isTerm("water"));
    }

    @Test
    void a_phrase_is_a_term_exactly_when_the_full_morphological_lookup_returns_the_phrase_itself() throws Exception {
        // the definition isTerm had before it asked the index for the phrase first
        net.sf.extjwnl.dictionary.Dictionary dictionary = net.sf.extjwnl.dictionary.Dictionary.getFileBackedInstance(
                WordNetFiles.extractedTo(WordNetFiles.defaultDirectory()).toString());
        WordNetRelations fresh = WordNetRelations.over(dictionary);
        int terms = 0;
        for (String phrase : List.of("head of state", "heads of state", "body of water", "bodies of water",
                "crude oil", "prime minister", "prime ministers", "armed forces", "armed force", "attorney general",
                "attorneys general", "security council", "foreign minister", "economic bloc", "take over",
                "taken over", "looked after", "in exchange for", "cease fire", "ice age", "\u0131ce age",
                "Head Of State", "head_of state", "gas pipeline", "of the", "Tashkent would never")) {
            boolean expected = false;
            String p = phrase.toLowerCase(java.util.Locale.ROOT).strip();
            for (net.sf.extjwnl.data.POS pos : List.of(net.sf.extjwnl.data.POS.NOUN, net.sf.extjwnl.data.POS.VERB,
                    net.sf.extjwnl.data.POS.ADJECTIVE)) {
                net.sf.extjwnl.data.IndexWord iw = dictionary.getMorphologicalProcessor().lookupBaseForm(pos, p);
                expected |= p.contains(" ") && iw != null && iw.getLemma().equalsIgnoreCase(p);
            }
            assertEquals(expected, fresh.isTerm(phrase), phrase);
            assertEquals(expected, fresh.isTerm(phrase), phrase + ", asked again");
            terms += expected ? 1 : 0;
        }
        assertTrue(terms >= 5, "the list has terms as well as loose phrases: " + terms);
    }

    @Test
    void a_proper_name_is_an_instance_of_its_kind_and_of_the_kinds_above() {
        assertTrue(WORDNET.isInstanceOf("Caspian", "lake"));
        assertTrue(WORDNET.isInstanceOf("China", "country"));
        assertFalse(WORDNET.isInstanceOf("China", "river"));
        assertFalse(WORDNET.isInstanceOf("Xyzzyq", "country"));
    }

    @Test
    void the_most_common_sense_comes_first_in_every_run() {
        // the analyser keeps a question word's first paraphrases only: their order must be the dictionary's, the
        // usual sense's synonyms before its kinds, not an order that changes from one JVM to the next
        List<String> implying = List.copyOf(WORDNET.implying("body of water"));
        assertEquals(List.of("water", "backwater", "bay"), implying.subList(0, 3), "synonym, then kinds: " + implying);
        List<String> car = List.copyOf(WORDNET.implying("car"));
        assertEquals(List.of("auto", "automobile", "machine", "motorcar"), car);
        List<String> bases = List.copyOf(WORDNET.baseForms("saw"));
        assertEquals(List.copyOf(WORDNET.baseForms("saw")), bases);
    }
}
