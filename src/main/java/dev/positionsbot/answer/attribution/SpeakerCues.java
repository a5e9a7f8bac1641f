package dev.positionsbot.answer.attribution;

import static dev.positionsbot.answer.attribution.RussianSpeakerPhrase.withoutOpeningOccasion;
import static dev.positionsbot.answer.attribution.RussianSpeakerPhrase.withoutRussianLead;
import static dev.positionsbot.answer.attribution.RussianSpeakerPhrase.withoutRussianOccasion;
import static dev.positionsbot.answer.attribution.RussianSpeakerPhrase.withoutRussianTail;
import static dev.positionsbot.answer.attribution.RussianSpeakerPhrase.withoutRussianTimeAtEnd;
import static dev.positionsbot.answer.attribution.RussianSpeechVerbs.RU_NAMING;
import static dev.positionsbot.answer.attribution.RussianSpeechVerbs.RU_VERBS;

import dev.positionsbot.corpus.CyrillicTransliteration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Attribution forms other than "X said" that outlets of other kinds use: wire copy ("the agency quoted X as saying",
 * "X was quoted by the agency as saying",
 * "was announced by X", "declined to comment"), and the Russian-language press ("по словам X", "— заявил X"; the
 * speaker's phrase trimmed by {@link RussianSpeakerPhrase}). {@link SpeakerFinder} asks these before its own rules;
 * broadcast transcripts ("MINISTER: We …") are read by {@link TranscriptLabels}.
 */
final class SpeakerCues {

    private SpeakerCues() {
    }

    /** "declined to comment", "did not respond to a request for comment": the outlet reporting that no one spoke. */
    private static final Pattern NO_COMMENT = Pattern.compile("(?i)\\b(?:declined|refused) to comment\\b"
            + "|\\b(?:did|does|has|have|had) not (?:immediately )?(?:respond|reply|comment|return)\\b"
            + "|\\bcould not be reached\\b|\\b(?:was|were) not (?:immediately )?available\\b|\\bfor comment\\b"
            // silence reported: "has said little about", "has rarely commented", "remained silent"
            + "|\\b(?:has|have|had)\\s+(?:not|never|rarely|seldom)\\s+(?:publicly\\s+)?(?:commented|spoken|responded)\\b"
            + "|\\b(?:said|says|say)\\s+(?:little|nothing)\\s+(?:about|on|publicly|in public)\\b"
            + "|\\b(?:rarely|seldom|never)\\s+(?:publicly\\s+)?(?:commented|comments|comment|spoke|speaks)\\b"
            + "|\\b(?:remained|remains|stayed|stays|kept|keeps)\\s+(?:silent|quiet)\\b"
            // silence of a subject that is itself a negation: "none of the three capitals has commented", "neither
            // X nor Y has responded", "no one in the ministry has spoken publicly"; the states listed say nothing
            + "|\\b(?:none|neither|nobody|no one|no other)\\b[^.;:!?]{0,160}?\\b(?:has|have|had|did|does|do)\\s+"
            + "(?:yet\\s+|so far\\s+|publicly\\s+)*(?:commented|comment|spoken|speak|responded|respond|reacted|react)\\b");
    /** "the agency quoted the minister as saying …": the one quoted is the speaker, not the agency. */
    private static final Pattern QUOTED_AS = Pattern.compile("\\bquoted\\s+(.{2,140}?)\\s+as\\s+\\p{Ll}{3,}ing\\b");
    /**
     * "X was quoted by the agency as saying …", "X were cited by local media as saying …": the one quoted, the
     * sentence's subject, is the speaker.
     */
    private static final Pattern QUOTED_PASSIVE = Pattern.compile("^\\s*(.{2,140}?)\\s+(?:was|were|has been|have been"
            + "|had been|is|are)\\s+(?:quoted|cited)\\s+(?:by|in|on)\\b.{0,120}?\\bas\\s+\\p{Ll}{3,}ing\\b");
    /** A time between a passive verb and its agent: "was accused on Thursday by …". */
    private static final String PASSIVE_TIME = "(?:\\s+(?:on|late on|early on|last|this|earlier this|yesterday|in)"
            + "\\b[^,;.\u2014(]{0,20}?)?";
    /**
     * "the decision was announced by the ministry": a passive verb of announcing credits its agent, and so does a
     * passive verb that says what the agent said of someone ("was accused on Thursday by X of …", "were read by
     * analysts as a sign …", "was singled out by X"). Passive reactions ("the vote was condemned by the West") stay
     * the outlet's account, as with any passive. A time between the verb and "by" is the statement's.
     */
    static final Pattern PASSIVE_BY = Pattern.compile("\\b(?:was|were|has been|have been|had been|is|are)"
            + "\\s+(?:\\p{Ll}+ly\\s+)?(?:announced|stated|reported|confirmed|said|declared|disclosed|revealed"
            + "|made public|accused|critici[sz]ed|urged|praised|thanked|singled out|described|warned|called on"
            + "|rebuked|reproached"
            // verbs of reading something only when the agent reads it "as" something: "seen by economists as a
            // sign", not "seen by residents" or "taken by the cabinet"
            + "|(?:read|seen|interpreted|viewed|taken)(?=" + PASSIVE_TIME + "\\s+by\\s+[^,;.\u2014(]{2,140}?\\s+as\\b))"
            + PASSIVE_TIME + "\\s+by\\s+([^,;.\u2014(]{2,140})");
    /**
     * Where the agent of {@link #PASSIVE_BY} ends: at what he is said to have said of the subject ("… of “repeating
     * …”", "… as a sign", "… for failing", "… to act"), not at an "of" inside a title ("the Minister of Foreign
     * Affairs").
     */
    private static final Pattern AGENT_END = Pattern.compile("\\s+(?:as|that|who|which|after|over|while|when)\\b"
            + "|\\s+(?:of|for|to|against)\\s+(?=[\u201C\"\u00AB]|\\p{Ll}+ing\\b|(?:his|her|its|their|not|being)\\b)"
            + "|\\s+[\u201C\"\u00AB]");
    /** A Russian infinitive opening a phrase: "ускорить", "провести", "заняться". */
    private static final Pattern RU_INFINITIVE = Pattern.compile("(?iu)\\p{IsCyrillic}+(?:ть|ться|ти|чь)(?!\\p{L})");
    private static final Pattern RU_ACCORDING = Pattern.compile("(?iu)(?:^|[\\s,])(?:по словам|по данным|по мнению"
            + "|по информации|по сведениям|по оценке|по оценкам|по прогнозу|по прогнозам"
            + "|как (?:" + RU_VERBS + "))\\s+([^,.;:\u2014«»\"]{2,140})");
    private static final Pattern RU_AFTER_VERB = Pattern.compile("(?iu)(?:^|[\\s,\u2014-])(?:" + RU_VERBS + ")\\s+"
            + "([^,.;:\u2014«»\"]{2,140})");
    /**
     * A Russian speech verb not followed by a letter: part of every match of the patterns around it and of
     * {@code RU_BEFORE_PARTICIPLE}.
     */
    private static final Pattern RU_VERB = Pattern.compile("(?iu)(?:" + RU_VERBS + "|" + RU_NAMING + ")(?!\\p{L})");
    private static final Pattern RU_BEFORE_VERB = Pattern.compile("(?iu)(?:^|[.,;:\u2014]\\s*)([^,.;:\u2014«»\"]{2,140}?)"
            + "\\s+(?:" + RU_VERBS + "|" + RU_NAMING + ")(?!\\p{L})");

    static boolean noComment(String masked) {
        return NO_COMMENT.matcher(masked).find();
    }

    /** "In his view, …", "In their opinion, …": the pronoun is the speaker. */
    private static final Pattern IN_ONES_VIEW = Pattern.compile("(?i)^\\s*(?:in|by)\\s+(his|her|their)\\s+(?:view"
            + "|opinion|words|assessment|estimate|estimation|account)\\b");
    /** The same in Russian: "По его мнению, …", "По её словам, …", "По их оценке, …". */
    private static final Pattern RU_IN_ONES_VIEW = Pattern.compile("(?iu)^\\s*по\\s+(его|её|ее|их)\\s+(?:мнению"
            + "|словам|оценке|оценкам|данным)(?!\\p{L})");

    private static final Pattern RU_PRONOUN_AT_END = Pattern.compile("(?iu)\\s(он|она|они)$");

    /** A name in guillemets short enough to be a name ("«Ала-Тоо»"), not a quotation. */
    private static final Pattern SHORT_GUILLEMETS = Pattern.compile("\u00AB[^\u00AB\u00BB]{1,40}\u00BB");

    /** Phrases credited by the forms above, likeliest first. */
    static List<String> credited(String sentence, String masked) {
        List<String> out = new ArrayList<>();
        // a short name in guillemets is part of a Russian speaker's description ("директор центра «Навруз» X")
        masked = namesInGuillemetsKept(masked);
        masked = portfolioCommasKept(masked);
        Matcher view = IN_ONES_VIEW.matcher(masked);
        if (view.find()) {
            String p = view.group(1).toLowerCase(Locale.ROOT);
            out.add(p.equals("his") ? "he" : p.equals("her") ? "she" : "they");
        }
        // the Russian patterns are case-insensitive over Unicode, which folds the case of every character they try:
        // text without a Cyrillic letter (all of an English article) cannot match them, so they are not tried
        boolean cyrillic = CyrillicTransliteration.hasCyrillicScript(masked);
        Matcher ruView = RU_IN_ONES_VIEW.matcher(masked);
        if (cyrillic && ruView.find()) {
            String p = ruView.group(1).toLowerCase(Locale.ROOT);
            out.add(p.equals("его") ? "he" : p.equals("их") ? "they" : "she");
        }
        // the patterns built on a Russian speech verb try every span before or after every position, the costliest
        // step of attributing a quote; text without such a verb (most of it) cannot match them, so they are skipped
        boolean russianVerb = cyrillic && RU_VERB.matcher(masked).find();
        for (Pattern p : List.of(QUOTED_PASSIVE, QUOTED_AS, PASSIVE_BY, RU_ACCORDING, RU_AFTER_VERB)) {
            if (p == RU_AFTER_VERB && !russianVerb || p == RU_ACCORDING && !cyrillic) {
                continue;
            }
            Matcher m = p.matcher(masked);
            if (m.find()) {
                String found = sentence.substring(m.start(1), m.end(1)).strip();
                if (p == PASSIVE_BY) {
                    Matcher end = AGENT_END.matcher(found);
                    found = end.find() ? found.substring(0, end.start()).strip() : found;
                }
                // "— добавила она в беседе с телеканалом": the occasion after the speaker is not part of her
                String phrase = p == RU_AFTER_VERB ? withoutRussianTail(withoutRussianLead(found))
                        : p == RU_ACCORDING ? withoutRussianTail(withoutRussianLead(found)) : found;
                if (p == RU_AFTER_VERB && RU_INFINITIVE.matcher(phrase).lookingAt()) {
                    continue;  // "пообещал ускорить выдачу …": what was promised, not who promised it
                }
                if (p == RU_AFTER_VERB && phrase.matches("\u00AB[^\u00AB\u00BB]+\u00BB")) {
                    // "рассказали «Вечерней газете», что …": a name in guillemets right after the verb is the one
                    // told, as "изданию «…»" is; a speaker after the verb comes with his role ("заявил глава «…»")
                    continue;
                }
                if (!phrase.isEmpty()) {
                    out.add(phrase);
                }
            }
        }
        // "…, говорится в сообщении пресс-службы министерства": the body whose message it is
        Matcher statedIn = RU_STATED_IN.matcher(masked);
        if (statedIn.find()) {
            out.add(withoutRussianTail(sentence.substring(statedIn.start(1), statedIn.end(1)).strip()));
        }
        // "Министр в среду поручил …, назвав это «…»": a gerund of speech after a clause shares its subject
        Matcher gerund = RU_GERUND_OF_SPEECH.matcher(masked);
        if (gerund.find()) {
            String phrase = withoutRussianTimeAtEnd(withoutRussianLead(sentence.substring(gerund.start(1),
                    gerund.end(1)).strip()));
            if (!phrase.isEmpty() && phrase.split("\\s+").length <= 8) {
                out.add(phrase);
            }
        }
        // "Вице-спикер …, отвечая на вопросы журналистов, отметил": the speaker is the chunk before the participle's
        Matcher participle = RU_BEFORE_PARTICIPLE.matcher(masked);
        Matcher before = !russianVerb ? null : participle.find() ? participle : RU_BEFORE_VERB.matcher(masked);
        if (before != null && (before == participle || before.find())) {
            String phrase = withoutRussianTail(withoutRussianOccasion(withoutRussianLead(
                    withoutOpeningOccasion(sentence.substring(before.start(1), before.end(1)).strip()))));
            // "На вопрос журналиста о сроках он ответил": a pronoun right before the verb is its subject, whatever
            // circumstance opens the sentence
            Matcher pronoun = RU_PRONOUN_AT_END.matcher(phrase);
            phrase = pronoun.find() ? pronoun.group(1) : phrase;
            if (!phrase.isEmpty() && phrase.split("\\s+").length <= 12) {
                out.add(phrase);
            }
        }
        return out;
    }

    /**
     * A comma inside a Russian office's portfolio ("министр труда, миграции и занятости населения X"): the list of
     * lower-case genitives after a body's word, closed by "и", is one title, not two clauses.
     */
    // case-sensitive: with (?i), \\p{Ll} would take the capitals of a name after the comma for a genitive
    private static final Pattern RU_PORTFOLIO_COMMA = Pattern.compile("(?u)(?:[Мм]инистр|[Мм]инистерств|[Кк]омитет"
            + "|[Аа]гентств|[Дд]епартамент|[Уу]правлени|[Сс]лужб|[Вв]едомств)\\p{L}*(?:\\s+\\p{Ll}+){1,3}(,)(?=\\s+(?!(?:что|чтобы|как|котор"
            + "\\p{L}*|где|когда|если|но|а)(?!\\p{L}))\\p{Ll}[\\p{Ll} ]{0,60}?\\s+и\\s+\\p{Ll})");

    private static String portfolioCommasKept(String masked) {
        Matcher m = RU_PORTFOLIO_COMMA.matcher(masked);
        StringBuilder out = new StringBuilder(masked);
        while (m.find()) {
            out.setCharAt(m.start(1), ' ');
        }
        return out.toString();
    }

    private static String namesInGuillemetsKept(String masked) {
        Matcher m = SHORT_GUILLEMETS.matcher(masked);
        StringBuilder out = new StringBuilder(masked);
        while (m.find()) {
            out.setCharAt(m.start(), 'Q');
            out.setCharAt(m.end() - 1, 'Q');
        }
        return out.toString();
    }

    /**
     * A speaker, then an adverbial participle's phrase set off by commas ("отвечая", "выступая", "комментируя",
     * "подчеркнув") or an active participle's about him ("Жители, вернувшиеся домой, рассказали"), then the speech
     * verb.
     */
    private static final Pattern RU_BEFORE_PARTICIPLE = Pattern.compile("(?iu)(?:^|[.;:\u2014]\\s*)"
            + "([^,.;:\u2014«»\"]{2,140}?),\\s*(?:\\p{Ll}+(?:ая|яя|уя|ив|ав|ев|вшись)|"
            + PhraseShapes.RU_ACTIVE_PARTICIPLE + ")(?!\\p{L})[^,.;:\u2014«»\"]{0,100},"
            + "\\s*(?:" + RU_VERBS + ")(?!\\p{L})");
    /** "говорится в сообщении пресс-службы X": what a body's message says is the body's statement. */
    private static final Pattern RU_STATED_IN = Pattern.compile("(?u)(?<!\\p{L})говорится\\s+в\\s+(?:сообщении"
            + "|заявлении|пресс-релизе|коммюнике|релизе|документе)\\s+([^,.;:\u2014\u00AB\u00BB\"]{2,100})");
    /**
     * A clause's subject, its past-tense verb, and a gerund of speech after a comma: "Министр в среду поручил …,
     * назвав …", "Депутат проголосовал против, заявив, что …".
     */
    private static final Pattern RU_GERUND_OF_SPEECH = Pattern.compile("(?u)^\\s*([^,.;:\u2014\u00AB\u00BB\"]{2,80}?)"
            + "\\s+\\p{Ll}+(?:ил|ал|ял|ел|ёл)(?:а|и|о)?(?:ся|сь)?(?!\\p{L})[^.;:]*?,\\s*(?:назвав|заявив|отметив|подчеркнув"
            + "|добавив|пояснив|сказав|предупредив|напомнив|указав|пообещав|призвав)(?!\\p{L})");
}
