package dev.positionsbot.answer;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class KazakhUzbekFunctionWordsTest {

    private final KazakhUzbekFunctionWords words = KazakhUzbekFunctionWords.bundled();

    private void assertStrips(String question, String language, String rest) {
        KazakhUzbekFunctionWords.Result r = words.strip(question);
        assertEquals(Optional.ofNullable(language), r.language(), question);
        assertEquals(rest, r.text(), question);
    }

    @Test
    void kazakh_in_latin_and_cyrillic_loses_its_function_words() {
        assertStrips("Qazaqstan sanksiialar turaly ne dedi?", "kk", "Qazaqstan sanksiialar?");
        assertStrips("Қазақстан санкциялар туралы не деді?", "kk", "Қазақстан санкциялар?");
        assertStrips("Тоқаев сайлау жөнінде қандай пікір айтты?", "kk", "Тоқаев сайлау пікір?");
        assertStrips("Nege Qazaqstan ESA turaly aitty?", "kk", "Qazaqstan ESA?");
    }

    @Test
    void uzbek_in_latin_and_cyrillic_loses_its_function_words_with_any_apostrophe() {
        assertStrips("O'zbekiston sanksiyalar haqida nima dedi?", "uz", "O'zbekiston sanksiyalar?");
        assertStrips("Mirziyoyev saylov to‘g‘risida nima degan?", "uz", "Mirziyoyev saylov?");
        assertStrips("Ўзбекистон санкциялар ҳақида нима деди?", "uz", "Ўзбекистон санкциялар?");
    }

    @Test
    void english_and_russian_questions_are_left_alone_even_with_words_the_lists_share() {
        assertStrips("What did Kazakhstan say to me about the bar de facto ban?", null,
                "What did Kazakhstan say to me about the bar de facto ban?");
        assertStrips("What did ESA and Edi Rama say about Uzbekistan?", null,
                "What did ESA and Edi Rama say about Uzbekistan?");
        assertStrips("Что сказал Казахстан о санкциях, да или не?", null,
                "Что сказал Казахстан о санкциях, да или не?");
    }
}
