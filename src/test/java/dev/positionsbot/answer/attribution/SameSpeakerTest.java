package dev.positionsbot.answer.attribution;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SameSpeakerTest {

    @Test
    void a_speakers_surname_alone_and_his_full_description_are_one_speaker_but_two_officials_are_not() {
        Speaker full = new Speaker("Daler Rustamov, foreign minister", SpeakerKind.OFFICIAL, "Tajikistan");
        Speaker surname = new Speaker("Rustamov", SpeakerKind.OFFICIAL, "Tajikistan");
        Speaker other = new Speaker("Aziz Rahimov", SpeakerKind.OFFICIAL, "Uzbekistan");
        Speaker stateless = new Speaker("Daler Rustamov", SpeakerKind.OFFICIAL, "");
        Speaker we = new Speaker("we", SpeakerKind.UNKNOWN, "");
        assertTrue(SameSpeaker.same(full, surname));
        assertTrue(SameSpeaker.same(Speaker.MEDIA, Speaker.UNKNOWN));
        assertTrue(SameSpeaker.same(stateless, full), "one person, his state read in one sentence only");
        assertFalse(SameSpeaker.same(full, other));
        assertFalse(SameSpeaker.same(full, Speaker.MEDIA));
        assertFalse(SameSpeaker.same(we,
                new Speaker("Western diplomats", SpeakerKind.UNKNOWN, "")));
    }
}
