package dev.positionsbot.answer.attribution;

import dev.positionsbot.corpus.CyrillicTransliteration;

import java.util.regex.Pattern;

/**
 * A sentence that credits the one before it instead of itself: the Russian agency form "X сделал Y. Об этом сообщил
 * Z." ("Об этом говорится в сообщении …", "Это заявил …") and its English kin ("This was announced by Z.", "That is
 * according to Z."). What the earlier sentence reports is then Z's statement, not the outlet's.
 */
final class ForwardCredit {

    private ForwardCredit() {
    }

    /** "Об этом …" with a speech verb somewhere after, or "Это" right before one ("Это заявил …"). */
    private static final Pattern RUSSIAN = Pattern.compile("(?iu)^\\s*(?:об\\s+этом\\s+[^.!?]*?(?:"
            + RussianSpeechVerbs.RU_VERBS + "|говорится|пишет|пишут|сообщает|сообщают|рассказал\\p{L}*)"
            + "|это\\s+(?:" + RussianSpeechVerbs.RU_VERBS + "))(?!\\p{L})");
    private static final Pattern ENGLISH = Pattern.compile("(?i)^\\s*(?:(?:this|that|the (?:announcement|statement"
            + "|decision|figures?|data|news|information|plan|move))\\s+(?:was|were|has been|have been|had been)"
            + "\\s+(?:\\p{Ll}+ly\\s+)?(?:announced|reported|stated|said|confirmed|disclosed|revealed|published"
            + "|made public|made known)\\b[^.!?]*?\\bby\\b|(?:this|that) is according to\\b)");

    /** Whether the sentence's credit points back at the sentence before it. */
    static boolean pointsBack(String sentence) {
        return ENGLISH.matcher(sentence).find()
                || CyrillicTransliteration.hasCyrillicScript(sentence) && RUSSIAN.matcher(sentence).find();
    }
}
