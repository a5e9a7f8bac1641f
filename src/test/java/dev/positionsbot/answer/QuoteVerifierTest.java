package dev.positionsbot.answer;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteVerifierTest {

    private static final String BODY = "The minister said: \u201CWe will not join the customs pact\u201D on Friday.\n\n"
            + "Exports grew \u2014 slowly \u2013 over the   year, the agency\u2019s report said.";

    private final QuoteVerifier verifier = new QuoteVerifier();

    @Test
    void accepts_straight_quotes_where_the_article_has_curly_ones() {
        assertTrue(verifier.isVerbatim("\"We will not join the customs pact\"", BODY));
        assertTrue(verifier.isVerbatim("the agency's report said", BODY));
    }

    @Test
    void accepts_curly_quotes_where_the_article_has_straight_ones() {
        String body = "He said \"no deal\" and left; it's over.";
        assertTrue(verifier.isVerbatim("He said \u201Cno deal\u201D and left; it\u2019s over.", body));
    }

    @Test
    void treats_all_dashes_alike() {
        assertTrue(verifier.isVerbatim("Exports grew - slowly - over", BODY));
        assertTrue(verifier.isVerbatim("Exports grew \u2013 slowly \u2014 over", BODY));
    }

    @Test
    void collapses_runs_of_whitespace_and_line_breaks() {
        assertTrue(verifier.isVerbatim("over the year,   the agency\u2019s", BODY));
        assertTrue(verifier.isVerbatim("on Friday. Exports grew", BODY), "paragraph break counts as one space");
        assertTrue(verifier.isVerbatim("  We will not join  ", BODY), "leading and trailing space is ignored");
    }

    @Test
    void normalises_compatibility_forms_with_nfkc() {
        String body = "The \uFB01nal vote was held in Ka\u0301zan.";
        assertTrue(verifier.isVerbatim("The final vote", body), "ligature fi");
        assertTrue(verifier.isVerbatim("held in K\u00E1zan", body), "composed and decomposed accents");
        assertTrue(verifier.isVerbatim("The final\u00A0vote", body), "no-break space");
    }

    @Test
    void rejects_a_quote_with_a_changed_word() {
        assertFalse(verifier.isVerbatim("We will join the customs pact", BODY));
        assertFalse(verifier.isVerbatim("We will not join the trade pact", BODY));
        assertFalse(verifier.isVerbatim("Exports fell - slowly - over", BODY));
    }

    @Test
    void rejects_an_empty_or_blank_quote() {
        assertFalse(verifier.isVerbatim("", BODY));
        assertFalse(verifier.isVerbatim(" \n\t ", BODY));
    }

    @Test
    void normalize_maps_typography_to_plain_ascii_forms() {
        assertEquals("'a' \"b\" - c", QuoteVerifier.normalize("\u2018a\u2019 \u00ABb\u00BB \u2014\n\n c"));
    }
}
