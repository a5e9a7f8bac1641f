package dev.positionsbot.answer.attribution;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AttributionLabelTest {

    @Test
    void the_outlets_own_reporting_has_no_name_and_a_credited_outlet_is_labelled_as_another_one() {
        assertEquals("the outlet's own reporting", AttributionLabel.speaker("", "media", ""));
        assertEquals("Steppe Radio, a private broadcaster (another outlet)",
                AttributionLabel.speaker("Steppe Radio, a private broadcaster", "media", ""));
    }

    @Test
    void an_official_is_labelled_with_the_state_he_speaks_for_and_a_named_speaker_of_unknown_kind_by_his_name() {
        assertEquals("Dana Ospan, ministry spokeswoman (official of Kazakhstan)",
                AttributionLabel.speaker("Dana Ospan, ministry spokeswoman", "official", "Kazakhstan"));
        assertEquals("official of Uzbekistan", AttributionLabel.speaker("", "official", "Uzbekistan"));
        assertEquals("Lee Park (role not stated)", AttributionLabel.speaker("Lee Park", "unknown", ""));
    }
}
