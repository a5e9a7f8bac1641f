package dev.positionsbot.corpus;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RussianGlossaryTest {

    // an invented three-line glossary, so that the behaviour does not hang on the bundled file's contents
    private final RussianGlossary glossary = new RussianGlossary(Map.of(
            "переговор", "talks negotiations", "мигрант", "migrants", "ес", "EU"));

    @Test
    void a_word_is_rendered_by_its_longest_stem_whatever_its_ending() {
        assertEquals(Optional.of("migrants"), glossary.translate("Мигрантов"));
        assertEquals(List.of("talks", "negotiations"), glossary.englishWords("переговорах"));
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
    void text_without_cyrillic_comes_back_unchanged() {
        assertEquals("Talks on migrants, 2023.", glossary.inEnglishWords("Talks on migrants, 2023."));
    }
}
