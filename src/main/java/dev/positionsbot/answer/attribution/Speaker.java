package dev.positionsbot.answer.attribution;

/**
 * The speaker a sentence attributes a statement to.
 *
 * @param name  the speaker as the article describes them ("Aibek Smadiyarov, Foreign Ministry spokesman"), or ""
 * @param kind  what kind of speaker it is
 * @param state for officials and foreign officials, the state (or organisation) they speak for, else ""
 */
public record Speaker(String name, SpeakerKind kind, String state) {

    /** The outlet's own reporting: no one else is credited. */
    public static final Speaker MEDIA = new Speaker("", SpeakerKind.MEDIA, "");
    /** A statement whose source the article does not make clear. */
    public static final Speaker UNKNOWN = new Speaker("", SpeakerKind.UNKNOWN, "");

    public Speaker {
        name = name == null ? "" : name.strip();
        state = state == null ? "" : state;
    }
}
