package dev.positionsbot.answer.attribution;

import java.util.Locale;

/**
 * Who a statement comes from, as far as the article says.
 *
 * <p>{@link #OFFICIAL} is an official (or the government itself) of one of the five states of the region the bot is
 * about; {@link #FOREIGN_OFFICIAL} is an official of any other state or of an international organisation. Both carry
 * the state in {@link Speaker#state()}. The kind does not depend on the question: a Kyrgyz minister quoted in an
 * answer about Kazakhstan is an official of Kyrgyzstan, and the answer labels him so rather than as Kazakhstan's.
 */
public enum SpeakerKind {
    OFFICIAL, FOREIGN_OFFICIAL, ANALYST, MEDIA, UNKNOWN;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether statements of this kind speak for a government. */
    public boolean governmental() {
        return this == OFFICIAL || this == FOREIGN_OFFICIAL;
    }

    public static SpeakerKind fromJson(String s) {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
    }
}
