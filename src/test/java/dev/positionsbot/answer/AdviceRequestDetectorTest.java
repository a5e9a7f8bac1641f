package dev.positionsbot.answer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdviceRequestDetectorTest {

    private final AdviceRequestDetector detector = new AdviceRequestDetector();

    @ParameterizedTest
    @ValueSource(strings = {
            "How do I renew a residence permit in Almaty?",
            "where can i change dollars in Osh without a big fee",
            "Should I take the night train from Tashkent to Khiva?",
            "Can you recommend a quiet guesthouse near Lake Issyk-Kul?",
            "Recommend three museums in Ashgabat.",
            "What's the best time of year to hike in the Fann mountains?",
            "Any easy recipe for samsa with pumpkin?",
            "What will the weather be like in Dushanbe on Friday?",
            "Как мне оформить рабочую визу в Казахстан?",
            "Посоветуйте хорошую чайхану в Самарканде.",
            "Как приготовить лагман дома?",
            "Какая погода будет в Караколе в субботу?"})
    void recognisesRequestsForAdviceInstructionsOrForecasts(String question) {
        assertTrue(detector.request(question).isPresent(), question);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "What did the IMF recommend to the Kyrgyz government?",
            "Did the commission recommend a ban on grain exports?",
            "How should we read the foreign minister's silence, according to the analysts?",
            "What should Uzbekistan do about the debt, in the economist's view?",
            "How did Tajikistan vote on the resolution?",
            "What is the central bank's key rate right now?",
            "How can Kazakhstan avoid secondary sanctions, according to the article?",
            "Did the drought and hot weather hurt the cotton harvest?",
            "Какие меры рекомендовал МВФ Кыргызстану?",
            "Сколько мигрантов сейчас работает в России?"})
    void leavesQuestionsAboutTheArticlesAlone(String question) {
        assertFalse(detector.request(question).isPresent(), question);
    }
}
