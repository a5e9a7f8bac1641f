package dev.positionsbot.answer;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CyrillicTransliteratorTest {

    private final CyrillicTransliterator t = new CyrillicTransliterator();

    @Test
    void renders_russian_names_as_english_news_spells_them() {
        assertEquals("Smadiyarov", t.transliterate("Смадияров"));
        assertEquals("Shavkat", t.transliterate("Шавкат"));
        assertEquals("Zhaparov", t.transliterate("Жапаров"));
        assertEquals("Khodzhaev", t.transliterate("Ходжаев"));
    }

    @Test
    void keeps_capitalisation_only_on_the_first_letter_of_multi_letter_sounds() {
        assertEquals("Shchukin Yuriy", t.transliterate("Щукин Юрий"));
    }

    @Test
    void handles_kazakh_letters_and_drops_hard_and_soft_signs() {
        assertEquals("Qazaqstan", t.transliterate("Қазақстан"));
        assertEquals("podezd", t.transliterate("подъезд"));
        assertEquals("Igor", t.transliterate("Игорь"));
    }

    @Test
    void leaves_latin_text_digits_and_punctuation_alone() {
        assertEquals("CSTO 2022, Moskva!", t.transliterate("CSTO 2022, Москва!"));
    }
}
