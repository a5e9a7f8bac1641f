package dev.positionsbot.answer.attribution;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clauses before a closing speaker that are what he said ("Prices will rise this year, the minister said on
 * Monday"): blanked so that only the attribution's own time dates the statement.
 */
final class ContentBeforeSpeaker {

    private ContentBeforeSpeaker() {
    }

    /**
     * The text with the clauses before the closing speech verb blanked, the first speech verb being at
     * {@code firstVerbAt}.
     */
    static String blanked(String text, int firstVerbAt) {
        return frontedContentBlanked(text, closingVerb(text, firstVerbAt));
    }

    /** Words that open a time adverbial, not a clause: "Last week, the minister said". */
    private static final Pattern TIME_OPENER = Pattern.compile("(?i)^(?:last|this|next|earlier|later|late|early"
            + "|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\\d{1,2}|january|february"
            + "|march|april|may|june|july|august|september|october|november|december)\\b");

    /**
     * A clause in the first person before the closing speaker ("We expect the bank to cut in May, write X and Y"):
     * the speaker's own words, unquoted, whatever its verb.
     */
    private static final Pattern FIRST_PERSON_CLAUSE = Pattern.compile("^(?:We|I)\\s+(?:\\p{Ll}+\\s+)?\\p{Ll}+\\b");

    /**
     * "Exports rose sharply in 2022, the ministry said on Monday.": a sentence that opens with a clause of five words
     * or more, not an adverbial, and closes with a speaker, his speech verb and its own time, reports in that clause
     * what was said, whatever tense its verb has, like a clause with an auxiliary.
     */
    private static boolean closingClause(String clause, String text, int comma, int verbAt) {
        String subject = text.substring(comma + 1, verbAt);
        return clause.split("\\s+").length >= 5 && !TIME_OPENER.matcher(clause).find()
                && (subject.indexOf(',') < 0 || namedApposition(subject))
                && !subject.isBlank() && !opensAdverbial(subject)
                && FrontedContent.CLOSING_TAIL.matcher(text.substring(wordEnd(text, verbAt))).lookingAt()
                && TAIL_DATE.matcher(text.substring(wordEnd(text, verbAt))).find();
    }

    /**
     * A closing speaker given as a description and a name set off by a comma ("its chief executive, Aru X,"): one
     * person, not a further clause.
     */
    private static boolean namedApposition(String subject) {
        List<String> chunks = Arrays.stream(subject.split(",")).map(String::strip).filter(c -> !c.isEmpty()).toList();
        return chunks.size() == 2 && chunks.stream().filter(PhraseShapes::nameLike).count() == 1
                && chunks.stream().noneMatch(c -> opensAdverbial(c) || PhraseShapes.hasVerb(c));
    }

    /**
     * Whether a chunk opens with a word of an adverbial or a clause rather than a speaker; "its" and "their" before a
     * role ("its chief executive") point back to a body and open a speaker.
     */
    private static boolean opensAdverbial(String chunk) {
        String first = chunk.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
        if ((first.equals("its") || first.equals("their")) && SpeakerRoles.bundled().roleOf(chunk).isPresent()) {
            return false;
        }
        return PhraseShapes.PREPOSITIONS.contains(first);
    }

    /**
     * A time in the closing attribution ("said in a report on Wednesday"): when the attribution dates itself, that
     * is the statement's date, and the clause's own ("The ship arrived on Sunday, officials said") is what was said;
     * without one, the sentence's only date stands.
     */
    private static final Pattern TAIL_DATE = Pattern.compile("(?i)^[^,;.]{0,60}?\\b(?:monday|tuesday|wednesday"
            + "|thursday|friday|saturday|sunday|yesterday|today|last\\s+(?:week|month|year)|this\\s+(?:week|month|year)"
            + "|earlier\\s+this|january|february|march|april|may|june|july|august|september|october|november"
            + "|december|(?:19|20)\\d{2})\\b");

    private static int wordEnd(String text, int at) {
        int i = at;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * The speech verb of a closing attribution that dates itself ("…, its chief executive said on a call on
     * Wednesday"), when an earlier verb of the sentence is inside the fronted clause ("The company expects to raise
     * output this year, …"): that clause is what was said, as with any other verb; else the first verb's position.
     */
    private static int closingVerb(String text, int first) {
        Matcher later = SpeechVerbs.VERB.matcher(text);
        while (later.find()) {
            int end = wordEnd(text, later.start());
            if (later.start() > first && text.lastIndexOf(',', later.start()) > first
                    && FrontedContent.CLOSING_TAIL.matcher(text.substring(end)).lookingAt()
                    && TAIL_DATE.matcher(text.substring(end)).find()
                    && text.substring(end).strip().matches("(?s)[^,;]*[.!?]?\\s*")) {
                return later.start();
            }
        }
        return first;
    }

    /**
     * "Prices will rise this year, the minister said on Monday": the clauses before the speaker that have a verb of
     * their own (an auxiliary) are what was said, not when; an opening adverbial ("On Monday,") has none.
     */
    private static String frontedContentBlanked(String text, int verbAt) {
        int blankTo = 0;
        int from = 0;
        while (true) {
            int comma = text.indexOf(',', from);
            while (comma > 0 && comma + 1 < text.length() && Character.isDigit(text.charAt(comma - 1))
                    && Character.isDigit(text.charAt(comma + 1))) {
                comma = text.indexOf(',', comma + 1);  // "78,000 barrels": a number, not a clause
            }
            if (comma < 0 || comma >= verbAt) {
                break;
            }
            String clause = text.substring(from, comma).strip();
            String opener = clause.isEmpty() ? "" : clause.split("\\s+")[0].toLowerCase(Locale.ROOT);
            if (PhraseShapes.PREPOSITIONS.contains(opener) || !ReportedContent.REPORTED_AUXILIARY.matcher(clause).find()
                    && !(from == 0 && (closingClause(clause, text, comma, verbAt)
                    || FIRST_PERSON_CLAUSE.matcher(clause).lookingAt()))) {
                break;  // "In a statement that was issued on Monday, …" opens with when, not with what was said
            }
            blankTo = comma;
            from = comma + 1;
        }
        return blankTo == 0 ? text : " ".repeat(blankTo) + text.substring(blankTo);
    }
}
