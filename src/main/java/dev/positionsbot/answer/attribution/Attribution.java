package dev.positionsbot.answer.attribution;

/** Who made a quoted statement and when, as read from its sentence, paragraph and article. */
public record Attribution(Speaker speaker, StatementDate date) {

    public static final Attribution NONE = new Attribution(Speaker.UNKNOWN, StatementDate.NONE);
}
