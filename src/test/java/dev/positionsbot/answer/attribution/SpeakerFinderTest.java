package dev.positionsbot.answer.attribution;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpeakerFinderTest {

    private final SpeakerFinder finder = new SpeakerFinder();

    private Speaker find(String sentence) {
        return finder.find(sentence, List.of(), List.of());
    }

    @Test
    void an_official_named_with_a_state_adjective_speaks_for_that_state() {
        Speaker s = find("Speaking on Monday, Kazakh Foreign Ministry spokesman Daniyar Seitkali said the vote was void.");
        assertEquals(SpeakerKind.OFFICIAL, s.kind());
        assertEquals("Kazakhstan", s.state());
        assertEquals("Daniyar Seitkali, Kazakh Foreign Ministry spokesman", s.name());
    }

    @Test
    void a_leader_in_the_lexicon_speaks_for_his_state_and_another_government_is_foreign() {
        assertEquals("Uzbekistan", find("Mirziyoyev said the border would stay open.").state());
        Speaker putin = find("Putin told the forum that the region was historically Russian.");
        assertEquals(SpeakerKind.FOREIGN_OFFICIAL, putin.kind());
        assertEquals("Russia", putin.state());
    }

    @Test
    void an_ambassador_to_a_state_speaks_for_the_state_that_sent_him() {
        Speaker s = find("Russian Ambassador to Kazakhstan Ivan Petrenko said the ties were strong.");
        assertEquals(SpeakerKind.FOREIGN_OFFICIAL, s.kind());
        assertEquals("Russia", s.state());
    }

    @Test
    void a_quote_credited_after_it_reads_the_apposition() {
        Speaker s = find("\u201cThe region is hedging,\u201d said Aru Bekova, a lecturer at a university in Almaty.");
        assertEquals(SpeakerKind.ANALYST, s.kind());
        assertTrue(s.name().startsWith("Aru Bekova"), s.name());
        assertEquals("", s.state());
    }

    @Test
    void according_to_credits_what_follows() {
        Speaker s = find("Exports fell by a third, according to the Uzbek Statistics Agency.");
        assertEquals(SpeakerKind.OFFICIAL, s.kind());
        assertEquals("Uzbekistan", s.state());
    }

    @Test
    void a_pronoun_points_back_to_the_last_named_speaker() {
        Speaker s = finder.find("He added that no decision had been taken.",
                List.of("Tajik Energy Minister Daler Juma said the plant would open in May."), List.of());
        assertEquals("Tajikistan", s.state());
        assertTrue(s.name().contains("Daler Juma"), s.name());
    }

    @Test
    void a_quote_running_on_from_the_previous_sentence_keeps_its_speaker() {
        Speaker s = finder.find("\u201cWe will not change course.\u201d",
                List.of("\u201cWe are neutral,\u201d Turkmen Foreign Minister Rashid Annayev said."), List.of());
        assertEquals("Turkmenistan", s.state());
    }

    @Test
    void a_sentence_that_credits_nobody_is_the_outlets_own_reporting() {
        assertEquals(Speaker.MEDIA, find("Trade between the two countries fell by a tenth last year."));
    }

    @Test
    void someone_a_state_has_is_not_the_state_and_passive_voice_credits_nobody() {
        assertEquals(SpeakerKind.UNKNOWN, find("Moscow's allies in the region declined to recognise the vote.").kind());
        assertEquals(Speaker.MEDIA, find("The plan was proposed by a group of exporters."));
    }

    @Test
    void an_anonymous_crowd_is_unknown() {
        assertEquals(SpeakerKind.UNKNOWN, find("Critics say the law will silence the press.").kind());
    }
}
