package dev.positionsbot.answer.attribution;

import dev.positionsbot.corpus.Article;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ArticleAttributorTest {

    private final ArticleAttributor attributor = new ArticleAttributor();

    private static Article article(String body) {
        return new Article("invented", "", "Invented", "Invented Wire", "", "2024-03-01", "", "en", "", body);
    }

    @Test
    void a_quote_continued_in_the_next_paragraph_keeps_the_speaker_of_the_one_before() {
        // invented: the first paragraph ends without closing its quote, as news style does when a quote runs on
        Article a = article("\u201cWe will keep our borders open,\u201d said Kyrgyz Deputy Prime Minister Almaz Tokoev."
                + " \u201cTrade is our lifeline.\n\n\u201cNobody will make us choose between our neighbours.\u201d");
        Speaker s = attributor.attribute(a, "\u201cNobody will make us choose between our neighbours.\u201d").speaker();
        assertEquals(SpeakerKind.OFFICIAL, s.kind());
        assertEquals("Kyrgyzstan", s.state());
    }

    @Test
    void a_quote_opening_a_paragraph_after_a_closed_quote_is_not_credited_to_the_earlier_speaker() {
        Article a = article("\u201cWe will keep our borders open,\u201d said Kyrgyz Deputy Prime Minister Almaz Tokoev."
                + "\n\n\u201cNobody will make us choose between our neighbours and our markets.\u201d");
        Speaker s = attributor.attribute(a, "\u201cNobody will make us choose between our neighbours and our markets.\u201d")
                .speaker();
        assertEquals(SpeakerKind.UNKNOWN, s.kind());
    }
}
