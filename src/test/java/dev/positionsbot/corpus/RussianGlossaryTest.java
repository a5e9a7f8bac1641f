package dev.positionsbot.corpus;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RussianGlossaryTest {

    // an invented three-line glossary, so that the behaviour does not hang on the bundled file's contents
    private final RussianGlossary glossary = new RussianGlossary(Map.of(
            "переговор", "talks|negotiations", "мигрант", "migrants", "ес", "EU", "премьер", "prime minister"));

    @Test
    void a_word_is_rendered_by_its_longest_stem_whatever_its_ending() {
        assertEquals(Optional.of("migrants"), glossary.translate("Мигрантов"));
        assertEquals(List.of("talks", "negotiations"), glossary.englishWords("переговорах"));
    }

    @Test
    void alternatives_are_told_from_a_phrase() {
        assertEquals(List.of("talks", "negotiations"), glossary.renderings("переговоры"));
        assertEquals(List.of("prime minister"), glossary.renderings("премьера"));
        assertEquals(List.of(), glossary.renderings("естественный"));
    }

    @Test
    void a_short_stem_does_not_claim_a_long_word_that_merely_starts_with_it() {
        assertEquals(Optional.of("EU"), glossary.translate("ЕС"));
        assertEquals(Optional.empty(), glossary.translate("естественный"));
    }

    @Test
    void russian_text_is_put_in_english_words_names_in_latin_letters_and_particles_dropped() {
        assertEquals("Ivanov talks negotiations, migrants 2023.",
                glossary.inEnglishWords("Иванов о переговорах, и мигрантов 2023."));
    }

    @Test
    void a_name_in_any_case_form_is_the_english_name_it_spells_and_a_short_stem_needs_most_of_the_word() {
        RussianGlossary withNames = new RussianGlossary(Map.of("переговор", "talks"),
                Map.of("росси", "Russia", "рф", "Russia", "казахстан", "Kazakhstan"));
        assertEquals(Optional.of("Russia"), withNames.name("России"));
        assertEquals(Optional.of("Russia"), withNames.name("РФ"));
        assertEquals(Optional.empty(), withNames.name("рфактор"));
        assertEquals(List.of("kazakhstan"), withNames.englishWords("Казахстаном"));
        assertEquals("Kazakhstan and Russia talks", withNames.inEnglishWords("Казахстан and России переговоры"));
    }

    @Test
    void the_bundled_tables_know_the_states_and_their_leaders_in_cyrillic() {
        assertEquals(Optional.of("Russia"), RussianGlossary.bundled().name("России"));
        assertEquals(Optional.of("Tokayev"), RussianGlossary.bundled().name("Токаева"));
    }

    @Test
    void text_without_cyrillic_comes_back_unchanged() {
        assertEquals("Talks on migrants, 2023.", glossary.inEnglishWords("Talks on migrants, 2023."));
    }
}
