package dev.positionsbot.corpus;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CyrillicTransliterationTest {

    @Test
    void renders_russian_names_as_english_news_spells_them() {
        assertEquals("Smadiyarov", CyrillicTransliteration.toLatin("Смадияров"));
        assertEquals("Shavkat", CyrillicTransliteration.toLatin("Шавкат"));
        assertEquals("Zhaparov", CyrillicTransliteration.toLatin("Жапаров"));
        assertEquals("Khodzhaev", CyrillicTransliteration.toLatin("Ходжаев"));
    }

    @Test
    void keeps_capitalisation_only_on_the_first_letter_of_multi_letter_sounds() {
        assertEquals("Shchukin Yuriy", CyrillicTransliteration.toLatin("Щукин Юрий"));
    }

    @Test
    void handles_kazakh_letters_and_drops_hard_and_soft_signs() {
        assertEquals("Qazaqstan", CyrillicTransliteration.toLatin("Қазақстан"));
        assertEquals("podezd", CyrillicTransliteration.toLatin("подъезд"));
        assertEquals("Igor", CyrillicTransliteration.toLatin("Игорь"));
    }

    @Test
    void leaves_latin_text_digits_and_punctuation_alone() {
        assertEquals("CSTO 2022, Moskva!", CyrillicTransliteration.toLatin("CSTO 2022, Москва!"));
    }
}
