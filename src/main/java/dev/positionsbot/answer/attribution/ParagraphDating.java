package dev.positionsbot.answer.attribution;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The statement date of sentences of a paragraph: their own date, a running quote's where it closes, or the date an
 * earlier sentence of the paragraph gives for the same occasion or speaker; else the article's.
 */
final class ParagraphDating {

    /** Words by which the outlet says it tells the present, outside anyone's quoted words. */
    private static final Pattern PRESENT = Pattern.compile(
            "\\b(?:currently|now|nowadays|presently|at present|these days|to date|as of today)\\b"
                    + "|(?<![\\p{L}])(?:сейчас|ныне|в настоящее время|на сегодняшний день|на сегодня)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final StatementDateResolver dates;

    ParagraphDating(StatementDateResolver dates) {
        this.dates = dates;
    }

    /**
     * The date of sentences {@code from..to}: their own; else, for a quote that runs on, the date of the sentence where
     * it closes and is credited ("“… . …,” she told a briefing on Monday."); else the nearest date an earlier sentence
     * of the paragraph gives, since a paragraph of news reports one occasion ("X met Y on Monday. He told him …"),
     * unless that sentence credits someone else ("X said on Monday …. Critics were unconvinced. “…,” said Y": Y's words
     * are not dated by X's Monday, nor is the outlet's remark on them); else the article's. A date of an earlier
     * paragraph is not carried over. A transcript's or interview's line ("HOST: …", "A: …") is speech throughout:
     * its dates are what was said, and the line is dated by the article.
     */
    StatementDate date(SpeakerFinder speakers, List<String> paragraph, List<String> readable, int from,
                               int to, String published, List<String> earlierParagraphs, Speaker speaker) {
        // the label a line runs under is the last one at or before it: "HOST: … GUEST: …" in one paragraph
        int labelled = 0;
        for (int j = from; j > 0; j--) {
            if (speakers.labelledLine(paragraph.get(j), earlierParagraphs)) {
                labelled = j;
                break;
            }
        }
        if (speakers.labelledLine(paragraph.get(labelled), earlierParagraphs)
                && !speakers.hostLine(paragraph.get(labelled), earlierParagraphs)) {
            return StatementDate.fromArticle(published);
        }
        for (int i = from; i <= to; i++) {
            Optional<String> own = dates.fromSentence(paragraph.get(i), published);
            if (own.isPresent()) {
                return StatementDate.fromSentence(own.get());
            }
        }
        for (int j = to; j + 1 < paragraph.size() && ArticleAttributor.quoteOpenAfter(readable.get(j)); j++) {
            Optional<String> closing = dates.fromSentence(readable.get(j + 1), published);
            if (closing.isPresent()) {
                return StatementDate.fromSentence(closing.get());
            }
        }
        if (speaker.kind() == SpeakerKind.MEDIA && speaker.name().isEmpty() && PRESENT.matcher(
                QuotedSpans.mask(String.join(" ", paragraph.subList(from, to + 1)))).find()) {
            // the outlet telling how things stand now ("Currently, the plant employs …") speaks at its own date,
            // whatever past its earlier sentences recounted
            return StatementDate.fromArticle(published);
        }
        for (int i = from - 1; i >= 0; i--) {
            Optional<String> earlier = dates.fromSentence(paragraph.get(i), published);
            if (earlier.isPresent()) {
                Speaker dated = speakers.find(readable.get(i), readable.subList(0, i), earlierParagraphs);
                String own = QuotedSpans.mask(paragraph.get(from));
                boolean occasion = dated.kind() == SpeakerKind.MEDIA && (speaker.kind() == SpeakerKind.MEDIA
                        || mentions(paragraph.get(i), speaker) || OCCASION_BACK.matcher(own).find()
                        || OCCASION_AFTER.matcher(own).find() || RECORD_HEADING.matcher(paragraph.get(i)).find())
                        // "The committee said on Monday …. Its chairman added …": the body's own head, after it
                        || dated.kind() != SpeakerKind.MEDIA && ITS_HEAD.matcher(own).find();
                return occasion || sameSpeaker(dated, speaker)
                        ? StatementDate.fromSentence(earlier.get()) : StatementDate.fromArticle(published);
            }
        }
        return StatementDate.fromArticle(published);
    }

    /**
     * Whether the outlet's sentence is about the speaker, so that its date is the occasion he spoke at ("X met Y on
     * Monday. He told him …"): it names him (his surname, or the head of his description: "the ministry"), or its
     * subject is a pronoun. "Tourists came back last year. “…,” she said" dates the tourists, not her words.
     */
    private static boolean mentions(String sentence, Speaker speaker) {
        String masked = QuotedSpans.mask(sentence);
        if (PRONOUN_SUBJECT.matcher(masked).find()) {
            return true;
        }
        String surname = surname(speaker);
        String[] words = PhraseShapes.stripArticle(speaker.name().split(",")[0].strip()).split("\\s+");
        String head = words[words.length - 1].replaceAll("(\u2019s|'s)$", "");
        String key = surname.length() >= 3 ? surname : head;
        return key.length() >= 3 && Pattern.compile("(?iu)(?<!\\p{L})" + Pattern.quote(key)).matcher(masked).find();
    }

    /** A sentence set at the occasion the one before told of: "During the meeting, …", "At the talks, …". */
    private static final Pattern OCCASION_BACK = Pattern.compile("^\\s*(?:During|At|After|Following|Before|In|Over)"
            + "\\s+(?:the|that|this|those|these)\\s+(?:\\p{Ll}+\\s+)?(?:meeting|talks|visit|session|conference|summit"
            + "|briefing|call|event|hearing|debate|ceremony|forum|interview|sitting|negotiations|discussion)\\b");

    /**
     * An occasion the sentence before told of, pointed back to inside the sentence: "X told a news conference after
     * the decision …", "… said at the meeting that …".
     */
    private static final Pattern OCCASION_AFTER = Pattern.compile("\\b(?:during|at|after|following)\\s+(?:the|that"
            + "|this)\\s+(?:\\p{Ll}+\\s+)?(?:decision|vote|ruling|verdict|announcement|meeting|talks|session|sitting"
            + "|hearing|summit|signing|ceremony|match|game)\\b");
    /** The heading of a record, dated, that sets the occasion for what follows: "Minutes of the X Committee, 14 May." */
    private static final Pattern RECORD_HEADING = Pattern.compile("^\\s*(?:Minutes|Record|Transcript|Proceedings"
            + "|Protocol)\\s+of\\b");
    /** A sentence opening with the head of a body pointed back to: "Its chairman …", "Their spokeswoman, X, …". */
    private static final Pattern ITS_HEAD = Pattern.compile("^\\s*(?:Its|Their)\\s+(?:\\p{Ll}+\\s+)?(?:president"
            + "|chairman|chairwoman|chair|head|director|chief|spokes(?:man|woman|person)|secretary general|leader)\\b");

    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("^\\s*(?:[^,;:\u201C\"]{1,40},\\s*)?"
            + "(?:He|She|They|It|His|Her|Their|Its|Он|Она|Они)\\b");

    /**
     * Two attributions name one speaker: the same description, whatever its article ("The ministry said …" and "the
     * ministry added …"), or one surname ("Aibek Smadiyarov, spokesman" and "Smadiyarov").
     */
    private static boolean sameSpeaker(Speaker a, Speaker b) {
        String surname = surname(a);
        boolean sameDescription = a.kind() == b.kind() && a.state().equals(b.state())
                && PhraseShapes.stripArticle(a.name()).equalsIgnoreCase(PhraseShapes.stripArticle(b.name()));
        return sameDescription || surname.length() >= 3 && surname.equalsIgnoreCase(surname(b));
    }

    /** The last word of the name before its description: "Smadiyarov" of "Aibek Smadiyarov, spokesman". */
    private static String surname(Speaker s) {
        String[] words = s.name().split(",")[0].strip().split("\\s+");
        String last = words[words.length - 1].replaceAll("(\u2019s|'s)$", "");
        return last.isEmpty() || !Character.isUpperCase(last.charAt(0)) ? "" : last;
    }
}
