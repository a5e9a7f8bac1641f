package dev.positionsbot.telegram;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenMaskerTest {

    private final TokenMasker masker = new TokenMasker("123:SECRETsecret42");

    @Test
    void masks_the_token_in_urls_and_messages() {
        assertEquals("POST https://api.telegram.org/bot123:***/sendmessage failed",
                masker.mask("POST https://api.telegram.org/bot123:SECRETsecret42/sendmessage failed"));
        assertEquals("secret part *** alone", masker.mask("secret part SECRETsecret42 alone"));
    }

    @Test
    void describes_a_cause_chain_without_the_token() {
        Exception e = new RuntimeException("call failed",
                new IOException("unexpected end of stream on http://h/bot123:SECRETsecret42/getupdates"));
        String d = masker.describe(e);
        assertFalse(d.contains("SECRETsecret42"), d);
        assertTrue(d.contains("RuntimeException: call failed <- IOException: unexpected end of stream"), d);
        assertFalse(masker.describeWithTrace(e).contains("SECRETsecret42"));
    }
}
