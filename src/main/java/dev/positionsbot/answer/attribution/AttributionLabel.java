package dev.positionsbot.answer.attribution;

import dev.positionsbot.answer.Citation;

/** How the front ends name a citation's speaker and date, so that the chat, Telegram and timelines agree. */
public final class AttributionLabel {

    private AttributionLabel() {
    }

    /** "Aibek Smadiyarov, Foreign Ministry spokesman (official of Kazakhstan)"; "" before attribution. */
    public static String speaker(Citation c) {
        return speaker(c.speaker(), c.speakerKind(), c.state());
    }

    public static String speaker(String speaker, String kind, String state) {
        String what = switch (kind) {
            case "official" -> state.isEmpty() ? "official" : "official of " + state;
            case "foreign_official" -> state.isEmpty() ? "foreign official" : "official of " + state;
            case "analyst" -> "analyst";
            // a named one is another outlet the article credits ("according to the agency X"): not this outlet's own
            case "media" -> speaker.isEmpty() ? "the outlet's own reporting" : "another outlet";
            case "unknown" -> speaker.isEmpty() ? "speaker not named" : "role not stated";
            default -> "";
        };
        if (speaker.isEmpty()) {
            return what;
        }
        return what.isEmpty() ? speaker : speaker + " (" + what + ")";
    }

    /** "26 September 2022" from the sentence, "2022-09-27 (article date)", or "" when undated. */
    public static String date(Citation c) {
        return date(c.statementDate(), c.dateSource());
    }

    public static String date(String statementDate, String dateSource) {
        if (statementDate.isEmpty()) {
            return "";
        }
        return "article".equals(dateSource) ? statementDate + " (article date)" : DateWords.of(statementDate);
    }

    /**
     * Speaker and date on one line: "said by X (official of Kazakhstan), 26 September 2022", "the outlet's own
     * reporting, 2022-09-27 (article date)"; "" when neither is known.
     */
    public static String line(Citation c) {
        String who = speaker(c);
        if (!c.speaker().isEmpty()) {
            who = "said by " + who;
        }
        String when = date(c);
        if (who.isEmpty()) {
            return when.isEmpty() ? "" : "dated " + when;
        }
        return when.isEmpty() ? who : who + ", " + when;
    }
}
