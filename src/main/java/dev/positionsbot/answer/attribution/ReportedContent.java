package dev.positionsbot.answer.attribution;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a sentence reports someone said, as opposed to when it was said: for {@link StatementDateResolver}, which
 * reads the statement's date only from the rest. The clause after "said … that" or the reported clause's own verb, a
 * clause with a verb of its own before the speaker ("Prices will rise this year, the minister said on Monday"), what
 * follows a source named at the opening ("According to X, …"), a relative clause about what the speaker did ("who
 * returned on Monday"), the subject of a passive whose agent speaks ("X's remarks on Monday were read by analysts as
 * …"), and a wire dateline's day (the article's).
 */
final class ReportedContent {

    private ReportedContent() {
    }

    /**
     * A wire story's dateline ("ASTANA, March 14 (Agency) -"): the day the story was filed, which is the article's
     * date, not a date the sentence gives for the statement.
     */
    private static final Pattern DATELINE = Pattern.compile("^\\s*\\p{Lu}{2,}[\\p{Lu} .'-]*(?:,\\s*\\p{L}[\\p{L} .]*)?,"
            + "\\s+\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2}(?:,?\\s+\\d{4})?\\s*(?:\\([^)]{1,60}\\)\\s*)?[-\u2013\u2014]+");

    private static final Pattern REPORTED_THAT = Pattern.compile("\\bthat\\b");
    /** Russian reported speech: "заявил, что …". */
    private static final Pattern RU_REPORTED_THAT = Pattern.compile("(?iu),\\s*что(?!\\p{L})");
    /** An auxiliary: a clause with one has a verb of its own ("would", "has"). */
    static final Pattern REPORTED_AUXILIARY = Pattern.compile("\\b(would|will|could|should|had|has|have|was"
            + "|were|is|are|may|might|must|can)\\b");

    /**
     * Blanks what the statement says, as opposed to when it was made: the clause after "said … that" (dates there
     * are the content's: "recalled that the region faced this in 1991").
     */
    static String blanked(String text) {
        Matcher dateline = DATELINE.matcher(text);
        if (dateline.find()) {
            text = " ".repeat(dateline.end()) + text.substring(dateline.end());
        }
        text = PossessedEvents.blanked(text);
        Matcher ru = RU_REPORTED_THAT.matcher(text);
        if (ru.find()) {
            text = text.substring(0, ru.start()) + " ".repeat(text.length() - ru.start());
        }
        Matcher opening = OPENING_ATTRIBUTION.matcher(text);
        if (opening.find()) {
            // "According to the ministry, the talks ended on Monday": what follows the source is what it said
            return text.substring(0, opening.end()) + " ".repeat(text.length() - opening.end());
        }
        Matcher inner = INNER_ATTRIBUTION.matcher(text);
        boolean relayed = inner.find() && SpeechVerbs.VERB.matcher(text.substring(0, inner.start())).find();
        if (relayed) {
            // "X said on Sunday …, according to the agency Y": Y relays X's statement, dated by X's verb
            text = text.substring(0, inner.start()) + " ".repeat(text.length() - inner.start());
        }
        if (!relayed && inner.find(0)) {
            // "The bill, according to the speaker, will be read on 15 June": all but the source is what it said; a
            // relative clause about the source ("…, according to the bank, which published the figures on Monday")
            // is about its speaking
            int comma = text.indexOf(',', inner.end());
            int end = comma < 0 || SOURCE_RELATIVE.matcher(text.substring(comma + 1)).find()
                    && aboutSpeaking(text.substring(comma + 1)) ? text.length() : comma;
            return " ".repeat(inner.start()) + text.substring(inner.start(), end) + " ".repeat(text.length() - end);
        }
        text = actionsOfTheSpeakerBlanked(text);
        // "X's remarks on Monday were read by analysts as …", "X was accused on Thursday by Y of …": the passive's
        // subject is what the agent spoke of, and its dates are not the statement's; the time by the verb is
        Matcher passive = SpeakerCues.PASSIVE_BY.matcher(text);
        boolean passiveSpeech = passive.find();
        if (passiveSpeech) {
            text = " ".repeat(passive.start()) + text.substring(passive.start());
        }
        Matcher verb = SpeechVerbs.VERB.matcher(text);
        if (!(passiveSpeech ? verb.find() : findActive(verb, text))) {
            return text;
        }
        if (!passiveSpeech) {
            text = ContentBeforeSpeaker.blanked(text, verb.start());
        }
        // "said that …" or, without "that", the reported clause's own verb ("said the rules would …")
        Matcher that = REPORTED_THAT.matcher(text);
        Matcher aux = REPORTED_AUXILIARY.matcher(text);
        int cut = text.length();
        if (that.find(verb.end())) {
            cut = that.start();
        }
        if (aux.find(verb.end()) && aux.start() < cut) {
            cut = aux.start();
        }
        if (CLAUSE_VERB.matcher(verb.group()).matches() && CLAUSE_OPENING.matcher(text.substring(verb.end())).lookingAt()
                && !text.substring(0, verb.start()).matches("(?s).*[,\u201D\"]\\s*$")) {
            // "Villagers say the new line, agreed last year, cuts them off": the clause after the verb is what was
            // said, whatever its verb's tense (not an inverted "…, said the ministry on Monday")
            cut = Math.min(cut, verb.end());
        }
        return text.substring(0, cut) + " ".repeat(text.length() - cut);
    }

    /** Verbs that take what was said as a clause right after them, with no object between. */
    private static final Pattern CLAUSE_VERB = Pattern.compile("say|says|said|believe|believes|believed|think|thinks"
            + "|argue|argues|argued|claim|claims|claimed|insist|insists|insisted|contend|contends|contended|maintain"
            + "|maintains|maintained");
    /** A clause's subject opening right after the verb: "say the line …", "said it would …". */
    private static final Pattern CLAUSE_OPENING = Pattern.compile("\\s+(?:the|a|an|its|their|his|her|it|they|he|she"
            + "|this|these|those|there|no|some|all|most|many|every)\\b");

    /** An auxiliary of the passive right before a verb: "was dismissed", "had been described". */
    private static final Pattern PASSIVE_AUXILIARY = Pattern.compile("(?i)\\b(?:was|were|is|are|be|been|being)"
            + "\\s+(?:\\p{Ll}+ly\\s+)?$");

    /**
     * The next speech verb that is not a passive participle: in "The port director was dismissed on Friday for
     * negligence, a regional news site reported" he was dismissed, no one dismissed anything by speaking, and the
     * speech verb is "reported".
     */
    private static boolean findActive(Matcher verb, String text) {
        while (verb.find()) {
            if (!PASSIVE_AUXILIARY.matcher(text.substring(Math.max(0, verb.start() - 30), verb.start())).find()) {
                return true;
            }
        }
        return false;
    }

    /** A sentence that opens by naming its source: "According to X,", "По словам X,", "Как заявил X,". */
    private static final Pattern OPENING_ATTRIBUTION = Pattern.compile("(?iu)^\\s*(?:according to|in the (?:opinion"
            + "|view|words) of|по (?:словам|мнению|данным|информации|сведениям|оценке|оценкам|прогнозу|прогнозам)|как (?:" + RussianSpeechVerbs.RU_VERBS + "))(?!\\p{L})"
            + "[^,;]{2,160},"
            // "По его словам, …", "По её оценке, …": the source pointed back to by a possessive pronoun
            + "|(?iu)^\\s*по\\s+(?:его|её|ее|их)\\s+(?:словам|мнению|оценке|оценкам|прогнозу|прогнозам|данным)\\s*,");
    /**
     * A relative clause: "who …" about a speaker, ", which …" about a thing ("The canal, which X began in 2022, will
     * …"); in Russian, set off by a comma, a "который" clause or an active participle's ("Жители, вернувшиеся домой в
     * понедельник, рассказали …").
     */
    private static final Pattern WHO = Pattern.compile("\\bwho\\b|,\\s*which\\b|(?iu),\\s*(?:котор\\p{L}+|"
            + PhraseShapes.RU_ACTIVE_PARTICIPLE + ")(?!\\p{L})");
    /** A Russian participle or verb of speaking: a clause about it is the statement's ("выступивший в пятницу"). */
    private static final Pattern RU_SPEAKING = Pattern.compile("(?iu)(?<!\\p{L})(?:котор\\p{L}+\\s+)?(?:выступ|заяв"
            + "|сообщ|сказ|рассказ|говор|отмет|объяв|ответ|прокомментир|пояснил|пояснивш)\\p{L}*");
    /**
     * A source named after the start of the sentence: "…, according to X", "…, по словам X, …", and a Russian
     * parenthesis naming it ("…, как говорится в сообщении X, …", "…, как сообщил X, …").
     */
    private static final Pattern INNER_ATTRIBUTION = Pattern.compile("(?iu),\\s*(?:according to|in the (?:opinion"
            + "|view|words) of|по (?:словам|мнению|данным|информации)|как\\s+(?:говорится|сказано|указано|отмечается)"
            + "\\s+в|как\\s+(?:" + RussianSpeechVerbs.RU_VERBS + "))(?!\\p{L})");
    private static final Pattern SOURCE_RELATIVE = Pattern.compile("(?iu)^\\s*(?:which|who|котор\\p{L}+)(?!\\p{L})");
    /** Publishing, which dates a statement as speaking does: "which published the figures on Monday". */
    private static final Pattern PUBLISHING = Pattern.compile("(?iu)(?<!\\p{L})(?:published|publishes|released"
            + "|releases|posted|posts|presented|presents|опубликовал\\p{L}*)(?!\\p{L})");

    /**
     * Whether a relative clause about a source is about its speaking or publishing ("…, according to the bank, which
     * published the figures on Monday"), not about what else it did ("…, according to X, who led the mission that
     * visited the capital last month": the visit is not the statement).
     */
    private static boolean aboutSpeaking(String relative) {
        int comma = relative.indexOf(',');
        String clause = comma < 0 ? relative : relative.substring(0, comma);
        return SpeechVerbs.VERB.matcher(clause).find() || PUBLISHING.matcher(clause).find();
    }

    /**
     * "Residents who returned home on Monday said …", "X, who fled the country in 2019, wrote …": a relative clause
     * about the speaker dates what the speaker did, not the statement, unless it is about speaking itself ("X, who
     * spoke after him on Friday, said"). The clause runs to its comma or to the speech verb.
     */
    private static String actionsOfTheSpeakerBlanked(String text) {
        Matcher who = WHO.matcher(text);
        StringBuilder out = new StringBuilder(text);
        while (who.find()) {
            if (RU_SPEAKING.matcher(text.substring(who.start()).replaceFirst("^,\\s*", "")).lookingAt()) {
                continue;  // "X, выступивший в пятницу, заявил": the clause is the speaking
            }
            int comma = text.indexOf(',', who.end());
            int end = comma < 0 ? text.length() : comma;
            Matcher verb = SpeechVerbs.VERB.matcher(text).region(who.end(), end);
            if (verb.find()) {
                if (text.substring(who.end(), verb.start()).strip().matches("(?:\\p{Ll}+ly|also|had|has|have|then)?")) {
                    continue;  // "who spoke after him": the clause is the speaking
                }
                end = verb.start();
            }
            for (int i = who.start(); i < end; i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }
}
