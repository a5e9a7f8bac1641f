package dev.positionsbot.answer.attribution;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days that date an event a sentence names by its owner ("the president's speech on Friday"), not the sentence's
 * statement: blanked before {@link StatementDateResolver} reads the statement's date.
 */
final class PossessedEvents {

    /**
     * "the president's speech on Friday", "X's promise on Tuesday to …": a day right after a possessed noun dates
     * that speech or promise, not the statement of the sentence; unless a speech verb follows it ("the ministry's
     * spokesman on Monday said …") or the noun is a speaker's role.
     */
    private static final Pattern POSSESSED_EVENT = Pattern.compile("\\p{L}(?:'s|\u2019s)\\s+((?:\\p{Ll}[\\p{L}-]*\\s+){1,2}?)"
            + "((?:on|in|last|this)\\s+(?:\\p{Lu}\\p{Ll}+|week|month|year)(?:\\s+\\d{1,4})?(?:,?\\s+\\d{4})?)(?!\\p{L})");

    /**
     * What a possessed noun must be for the day after it to date it: something said or done on a day (a speech, a
     * visit, a vote). Of "launched the dam's six turbines in November 2018" the day dates the launching, which is the
     * fact the sentence reports.
     */
    private static final Pattern EVENT_NOUN = Pattern.compile("(?i)\\b(?:speech|speeches|remarks|comments?|promise"
            + "|pledge|statements?|visit|trip|address|interview|decision|announcement|vote|meeting|talks|call|warning"
            + "|letter|proposal|plan|decree|order|election|referendum|summit|briefing|appearance|testimony|report"
            + "|reply|response|post|message|session|hearing|ruling|verdict|move|offer|threat|request|appeal|tour)$");

    /** "at the survey's launch": the occasion someone spoke at. */
    private static final Pattern AT_THE_OCCASION = Pattern.compile("(?i)\\b(?:at|during)\\s+(?:the\\s+|a\\s+)?\\S*\\p{L}$");

    private PossessedEvents() {
    }

    /** The text with the days that date a possessed event blanked. */
    static String blanked(String text) {
        Matcher m = POSSESSED_EVENT.matcher(text);
        StringBuilder out = new StringBuilder(text);
        while (m.find()) {
            String after = text.substring(m.end()).stripLeading();
            Matcher verb = SpeechVerbs.VERB.matcher(after);
            boolean speechFollows = verb.lookingAt();
            // "speaking at the survey's launch on Tuesday": the event he spoke at dates his speaking
            boolean occasion = AT_THE_OCCASION.matcher(text.substring(Math.max(0, m.start() - 40), m.start() + 1))
                    .find();
            if (speechFollows || occasion || SpeakerRoles.bundled().roleOf(m.group(1)).isPresent()
                    || !EVENT_NOUN.matcher(m.group(1).strip()).find()) {
                continue;
            }
            for (int i = m.start(2); i < m.end(2); i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }
}
