package dev.positionsbot.answer.attribution;

import static dev.positionsbot.answer.attribution.PhraseShapes.nameLike;
import static dev.positionsbot.answer.attribution.PhraseShapes.stripArticle;
import static dev.positionsbot.answer.attribution.PhraseShapes.tidy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phrases a sentence credits with its statement, as written: the cues of {@link SpeakerCues}, "according to X",
 * the subject of each speech verb, a record ("according to a readout") after the speaker it records, and the speaker
 * after an inverted verb ("“…,” said X").
 */
final class CreditedPhrases {

    private static final String VERBS = "said|says|say|told|tells|tell|added|adds|noted|notes|stated|argued|argues"
            + "|warned|warns|declared|declares|stressed|stresses|explained|explains|announced|announces|insisted"
            + "|insists|claimed|claims|wrote|writes|called|calls|calling|urged|urges|emphasized|emphasised|emphasizes"
            + "|asserted|remarked|commented|described|describes|reiterated|reiterates|confirmed|confirms|acknowledged"
            + "|suggested|suggests|believes|believe|rejected|rejects|criticized|criticised|labeled|labelled|accused"
            + "|pledged|promised|vowed|denied|dismissed|welcomed|condemned|condemns|reported|reports|predicted"
            + "|predicts|cautioned|conceded|recalled|replied|responded|pointed out|made clear|maintained|maintains"
            + "|expressed|voiced|praised|proposed|signalled|signaled|assured|affirmed|reaffirmed|thinks|think"
            + "|contends|contended|observed|observes|estimated|estimates|saying|asking|report|discussed|railed|spoke"
            + "|argue"
            // blame laid in public and a court's ruling are statements ("blamed the delay on …", "ruled on Friday")
            + "|blamed|ruled"
            // an inverted "…, write X and Y of Z" closing a research note; an office's advice to travellers
            + "|write|advises|advise"
            // an apology, like a regret, is said by whoever makes it ("the club apologised in a statement on Monday")
            + "|apologised|apologized|apologises|apologizes|regretted"
            + "|speaks|insist|warn|tweeted|posted|signaled|hinted|admitted|admits|noting|adding|arguing|warning"
            + "|thanked|hailed|congratulated|protested|demanded|appealed|requested|advised|informed|clarified"
            + "|specified|elaborated|highlighted|underlined|underscored|mentioned|indicated|revealed|disclosed"
            + "|countered|retorted|lamented|complained|alleged|agreed|objected|questioned|hoped|expects|forecast"
            + "|reassured|threatened|concluded|declined|summoned|telephoned|briefed|unveiled|showed|shows|show"
            + "|expresses|reaffirms|welcomes|underlines|underscores|highlights|recalls|considers|informs|replied|issued|read"
            + "|accuse|claim|deny|denies|reject|urge|note|maintain|allege|alleges|describe|stress|contend|agree|agrees|put it"
            // a question put in public: "asked on Tuesday why …", "asked whether …" (not "asked the ministry for …")
            + "|asked(?=(?:\\s+(?:on|last|this|earlier)\\s+\\p{L}+)?\\s+(?:why|whether|how|what|when|if|who)\\b)"
            + "|(?:is|are|was|were|remain|remains|remained) (?:sceptical|skeptical|optimistic|pessimistic|doubtful"
            + "|confident|convinced|critical|cautious|wary)"
            // a manner of speaking before a colon that opens what was said: "The minister was blunt on Monday: …"
            + "|(?:is|are|was|were) (?:blunt|clear|firm|adamant|unequivocal|categorical|emphatic|frank|candid|explicit"
            + "|defiant)(?=(?:\\s+(?:on|last|this|in|at)\\s+\\p{L}+)?\\s*:)";
    /** A determiner right before a word: "a warning", "his claims" are nouns, whatever verb they look like. */
    private static final Pattern DETERMINER_BEFORE = Pattern.compile("(?i)(?:^|[\\s(])(?:a|an|the|this|these|those|his"
            + "|her|its|their|our|my|your|any|no|every)\\s+$");
    static final Pattern VERB = Pattern.compile("(?<![\\p{L}-])(" + VERBS + ")(?![\\p{L}-])");
    private static final Pattern ACCORDING_TO = Pattern.compile("\\b(?:[Aa]ccording to|[Ii]n the (?:opinion|view"
            + "|words|assessment) of|[Aa]s (?:noted|stated|said|reported) by)\\s+([^,;.\u2014(]{2,140})");
    /** ", an economist at …" or ", Uzbekistan's deputy minister for …" right after a name: who the name is. */
    static final Pattern APPOSITION_AFTER = Pattern.compile("^,\\s*((?:an?|the|\\p{Lu}\\p{L}*(?:\u2019s|'s))\\s+"
            + "[^,;.\u2014(]{2,120})");
    /**
     * ", who heads the fund's mission …" right after a name: a relative clause that says what office someone holds or
     * held, by its verb (not one that tells a deed: ", who fled the country in 2019").
     */
    static final Pattern WHO_HOLDS = Pattern.compile("^,\\s*(who\\s+(?:now\\s+|currently\\s+)?(?:has\\s+|had\\s+)?(?:leads|led|heads"
            + "|headed|chairs|chaired|runs|ran|directs|directed|represents|represented|serves|served|manages|managed"
            + "|works|worked|teaches|taught)\\b[^,;.\u2014(]{2,120})");
    /** ", Anna Berg," right after a description: the described person's name, set off by commas. */
    private static final Pattern NAME_AFTER = Pattern.compile("^,\\s*("
            + "\\p{Lu}[\\p{L}'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019-]*){1,3}),");
    /**
     * A sentence opening with a legal act and who signed or issued it: "The order issued by the minister on Monday
     * bans …", "A resolution of the cabinet published on Friday sets …" (the signer, up to what else the sentence
     * tells of the act).
     */
    private static final Pattern SIGNED_ACT = Pattern.compile("^\\s*(?:An?|The)\\s+(?:\\p{L}+\\s+)?(?:decree|law|order"
            + "|resolution|regulation|directive|ordinance|edict)\\s+(?:(?:signed|issued|approved)\\s+by|of|from)\\s+"
            + "([^,;:\u201C\u201D\"]{2,80}?)(?=\\s+(?:and|on|in|last|this|earlier|which|that|published|adopted|dated"
            + "|signed|issued)\\b|\\s*[,;]"
            + "|\\s+\\p{Ll}+s\\b)");
    /** "according to a readout", "according to a transcript": a record of what the sentence's subject said. */
    private static final Pattern RECORD = Pattern.compile("(?i)^(?:an?|the)\\s+(?:\\p{L}+\\s+)?(?:readout|transcript"
            + "|record(?:ing)?|minutes|summary|video|footage|recording|statement|press release|communiqu[eé])\\b");
    /** "a statement the bank released on Tuesday", "a report that the agency published": the record's issuer. */
    private static final Pattern RECORD_ISSUER = Pattern.compile("(?i)^(?:an?|the)\\s+(?:\\p{L}+\\s+)?(?:statement"
            + "|press release|communiqu[eé]|report|notice|letter)\\s+(?:(?:that|which)\\s+)?((?:the|its|their)\\s+"
            + "[^,;]{1,60}?|\\p{Lu}[^,;]{0,60}?)\\s+(?:released|issued|published|posted|sent|put out|circulated)\\b");
    // a time or occasion after the verb ("…, X, said after a visit that …") is no inverted speaker;
    // "told X" is inverted only right after a quote ("“…,” told reporters Aibek X"): after a comma ("Drivers, who
    // asked not to be named, told this newspaper …") its object is the audience, not the speaker
    private static final Pattern INVERTED = Pattern.compile("(?:(?:[,\u201D\"]\\s*|^\\s*)(?:said|says|added|noted|asked"
            + "|wrote|writes|write|explained|stressed|warned|continued)|(?:[\u201D\"]\\s*|^\\s*)told\\s+\\S+)\\s+(?!that\\b|on\\b"
            + "|in\\b|at\\b|last\\b|this\\b|after\\b|during\\b|before\\b|following\\b|when\\b|while\\b)"
            + "([^;\u2014]{2,220}(?:\u2014\\s*(?:an?|the)\\s[^;\u2014]{2,120})?)");

    /**
     * What after "agreed" or "calling" makes it no speech: an infinitive's "to", "on" or "upon" a thing agreed ("the
     * two sides agreed on a new schedule", unlike "agreed on Monday that …"), a name given with "itself".
     */
    private static final Pattern NOT_SPEECH_AFTER = Pattern.compile("(?<=agreed|agrees|agree)\\s+to\\s+\\p{Ll}"
            + "|(?<=agreed|agrees|agree)\\s+(?:on|upon)\\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
            + "|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\\b|\\d)"
            + "|(?<=calling|calls|called)\\s+(?:itself|themselves|himself|herself)\\b");
    /**
     * "has not announced", "never confirmed": a verb of public announcement under a negation reports that its subject
     * made no such statement, so it credits no one (as "did not respond to a request for comment" does not). "Would
     * not say whether …" is left alone: it tells how someone answered.
     */
    private static final Pattern NEGATED_BEFORE = Pattern.compile("(?i)\\b(?:not|never|n['\u2019]t)\\s+"
            + "(?:(?:yet|publicly|officially|formally|ever)\\s+)*$");
    private static final Pattern ANNOUNCING = Pattern.compile("announced|announces|confirmed|confirms|declared"
            + "|declares|stated|issued|reported|reports|proposed|promised|unveiled|revealed|disclosed");
    /** "said on Sunday that", "told reporters that": where the clause of what was said begins. */
    private static final Pattern REPORTED_THAT = Pattern.compile("(?:\\s+[^\\s,;:.]+){0,3}?\\s+that\\b");
    /** "said Aru X", "said a spokesman": a speech verb followed by its subject. */
    private static final Pattern INVERTED_AFTER_COMMA = Pattern.compile("(?:said|says|added|noted|wrote|explained"
            + "|stressed|warned|argued)\\s+((?:an?\\s|the\\s|\\p{Lu})[^,.;:\u2014]{0,100}(?:[,.;\u2014]|$))");

    /** A clause that opens as a relative one: "who heads …", "which …", "that …". */
    private static final Pattern RELATIVE_OPENING = Pattern.compile("(?i)(?:who|which|that)\\b.*");
    /** A relative clause to the end of a phrase: " who chairs the committee". */
    private static final Pattern RELATIVE_TAIL = Pattern.compile("(?s)\\s+(?:who|that|which)\\b.*$");

    /** The text after the last comma: "speaking in Astana" of "The minister, speaking in Astana,". */
    private static String lastChunk(String text) {
        String t = text.stripTrailing();
        t = t.endsWith(",") ? t.substring(0, t.length() - 1) : t;
        return t.substring(t.lastIndexOf(',') + 1).strip();
    }

    /** ", who gave her name only as Aida": an unnamed person's own name for herself. */
    private static final Pattern GAVE_NAME = Pattern.compile(",\\s+who\\s+gave\\s+(?:his|her|their)\\s+(?:first\\s+)?names?\\s+"
            + "(?:only\\s+)?as\\s+(\\p{Lu}[\\p{L}'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019-]*)?)");

    private final SpeechVerbSubject subjects;
    private final GovernmentNames governments;
    private final SpeakerRoles roles = SpeakerRoles.bundled();

    CreditedPhrases(GovernmentNames governments) {
        this.subjects = new SpeechVerbSubject(governments);
        this.governments = governments;
    }

    /** The phrases the sentence may credit with its statement, as written in the sentence, likeliest first. */
    List<String> all(String sentence, String masked) {
        List<String> out = new ArrayList<>();
        SpeakerCues.credited(sentence, masked).forEach(c -> out.add(tidy(c)));
        Matcher according = ACCORDING_TO.matcher(masked);
        String record = null;
        if (according.find()) {
            String source = tidy(sentence.substring(according.start(1), according.end(1)));
            // "according to Aru Bekova, an economist at …, …": the apposition says who she is
            Matcher apposition = APPOSITION_AFTER.matcher(masked.substring(according.end(1)));
            Matcher nameAfter = NAME_AFTER.matcher(masked.substring(according.end(1)));
            Matcher roleClause = WHO_HOLDS.matcher(masked.substring(according.end(1)));
            if (nameLike(source) && roleClause.find() && (describes(roleClause.group(1))
                    || !governments.statesIn(roleClause.group(1)).isEmpty())) {
                // "according to Aru X, who heads the bank's mission to …": the clause says who she is
                source = source + ", " + tidy(sentence.substring(according.end(1) + roleClause.start(1),
                        according.end(1) + roleClause.end(1)));
            } else if (nameLike(source) && apposition.find() && describes(apposition.group(1))) {
                source = source + ", " + stripArticle(tidy(sentence.substring(according.end(1) + apposition.start(1),
                        according.end(1) + apposition.end(1))));
            } else if (!nameLike(source) && describes(source) && nameAfter.find() && personalName(nameAfter.group(1))) {
                // "in the words of the union's envoy, Anna X, …": the name after the description is the speaker's
                source = nameAfter.group(1) + ", " + stripArticle(source);
            }
            Matcher issuer = RECORD_ISSUER.matcher(source);
            if (issuer.find()) {
                out.add(tidy(issuer.group(1)));  // "according to a statement the bank released": the bank speaks
            } else if (RECORD.matcher(source).find()) {
                record = source;  // "X told Y …, according to a readout": X spoke, the readout only records it
            } else {
                out.add(source);
            }
        }
        Matcher verb = VERB.matcher(masked);
        int reportedFrom = masked.length();
        int frontedTo = frontedContentEnd(sentence, masked);
        while (verb.find()) {
            if (verb.start() >= reportedFrom) {
                break;  // "Parents said on Sunday that the council had told …": the council's telling is what was said
            }
            if (verb.start() < frontedTo) {
                continue;  // "The ministry has advised …, an official said": the ministry's advice is what was said
            }
            if (NOT_SPEECH_AFTER.matcher(masked).useTransparentBounds(true).region(verb.end(), masked.length())
                    .lookingAt()) {
                continue;  // "Turkmenistan has agreed to supply …", "a group calling itself X": a deed, a name
            }
            if (DETERMINER_BEFORE.matcher(masked.substring(0, verb.start())).find()) {
                continue;  // "despite a warning from X", "their reports": a noun after its determiner, not a verb
            }
            if (ANNOUNCING.matcher(verb.group(1)).matches()
                    && NEGATED_BEFORE.matcher(masked.substring(0, verb.start())).find()) {
                continue;  // "The ministry has not announced any such plan": no one said it
            }
            Matcher inv = INVERTED_AFTER_COMMA.matcher(masked).useTransparentBounds(true)
                    .region(verb.start(), masked.length());
            if (inv.lookingAt() && !PhraseShapes.hasVerb(inv.group(1))) {
                String before = masked.substring(0, verb.start());
                // "X, a former minister who now heads an institute, said …": a verb inside a relative clause about
                // the subject is his description, not a clause of what was said
                String content = RELATIVE_TAIL.matcher(lastChunk(before)).replaceFirst("");
                boolean adverbial = !content.isEmpty() && PhraseShapes.PREPOSITIONS.contains(
                        content.split("\\s+")[0].toLowerCase(Locale.ROOT));
                // "X, in remarks to reporters, said Y …" is a parenthetical, not a clause of what was said
                if (before.stripTrailing().endsWith(",") && (PhraseShapes.hasVerb(content) || !adverbial
                        && LEXICAL_VERB.matcher(content).find())
                        && !RELATIVE_OPENING.matcher(content).matches()) {
                    // "Prices will rise, said Aru X, an analyst": the clause before the comma, with a verb of its own,
                    // is what was said, and the speaker follows the verb (unlike "The minister, speaking in Astana,
                    // said")
                    continue;
                }
            }
            // "She says the police rarely answer calls": a "subject" holding a verb of saying of its own is that
            // verb's clause, and the later word ("calls") no verb of this sentence's speaker
            Optional<String> subject = subjects.subjectBefore(sentence, masked, verb.start())
                    .filter(sub -> !SAYS_INSIDE.matcher(sub).find());
            subject.ifPresent(out::add);
            Matcher that = REPORTED_THAT.matcher(masked).useTransparentBounds(true).region(verb.end(), masked.length());
            if (subject.isPresent() && that.lookingAt()) {
                reportedFrom = that.end();
            }
        }
        if (record != null) {
            out.add(record);
        }
        Matcher inverted = INVERTED.matcher(masked);
        if (inverted.find()) {
            List<String> chunks = new ArrayList<>();
            for (String c : sentence.substring(inverted.start(1), inverted.end(1)).replaceAll("[.]\\s*$", "")
                    .split("[,\u2014]")) {
                if (!c.isBlank()) {
                    chunks.add(c.strip());
                }
            }
            String p = chunks.isEmpty() ? "" : chunks.get(0);
            if (chunks.size() >= 2 && nameLike(p) && describes(chunks.get(1))) {
                p = p + ", " + stripArticle(chunks.get(1));
            } else if (chunks.size() == 2 && PhraseShapes.startsWithArticle(p) && personalName(chunks.get(1))) {
                // "“…,” said a spokesman for the ministry, Aibek X.": the name closes the description
                p = chunks.get(1) + ", " + stripArticle(p);
            }
            p = tidy(p);
            // "X, who chairs the committee, said the new rules would …": the comma closes a relative clause, and what
            // follows the verb, with an auxiliary of its own (outside a relative clause about a speaker: "said a
            // diplomat who has served …"), is what was said, not an inverted subject
            String head = RELATIVE_TAIL.matcher(p.split(",")[0]).replaceFirst("");
            boolean clause = PhraseShapes.hasVerb(QuotedSpans.mask(head)) && !nameLike(head);
            if (!p.isEmpty() && p.split("\\s+").length <= 24 && !clause) {
                out.add(p);
            }
        }
        // "a woman at the shelter, who gave her name only as Aida, said": the name she gave is hers
        for (int i = 0; i < out.size(); i++) {
            String phrase = out.get(i);
            for (int at = sentence.indexOf(phrase); at >= 0; at = sentence.indexOf(phrase, at + 1)) {
                Matcher gave = GAVE_NAME.matcher(sentence).region(at + phrase.length(), sentence.length());
                if (gave.lookingAt()) {
                    out.set(i, gave.group(1) + ", " + stripArticle(phrase));
                    break;
                }
            }
        }
        Matcher signed = SIGNED_ACT.matcher(masked);
        if (signed.find()) {
            // "A decree signed by the president on Friday sets …": an act's text is the word of whoever signed it
            out.add(tidy(sentence.substring(signed.start(1), signed.end(1))));
        }
        // last: a colon before a quote credits the clause's subject only when no speech verb credits anyone
        // and only when that subject is someone: a role, a government or a full name ("The slogan was short: “…”" is
        // the outlet's own line)
        ColonQuoteSubject.of(sentence, masked).filter(this::someone).ifPresent(out::add);
        return out;
    }

    /** A verb of saying inside a phrase, not in a clause about someone: "She says the police …". */
    private static final Pattern SAYS_INSIDE = Pattern.compile("^\\S+(?:\\s+\\S+){0,3}?\\s+(?:says|say|said)\\s+\\p{Ll}");

    /**
     * A finite verb with no auxiliary, known by its ending and what follows it ("The route still takes too long",
     * "Prices rose by a third"): makes the words before an inverted "said X" a clause of what was said.
     */
    private static final Pattern LEXICAL_VERB = Pattern.compile("(?<=\\s)\\p{Ll}{2,}(?:s|ed)\\s+(?:too|the|a|an|to|up"
            + "|down|more|less|no|not|its|their|his|her|on|in|at|for|with|by|from|into|over|\\d)\\b");

    /**
     * What may follow a closing attribution's verb: its audience ("told reporters"), time, manner or occasion, then
     * the clause's end.
     */
    static final Pattern CLOSING_TAIL = Pattern.compile("^(?:\\s+(?:reporters|journalists|correspondents|lawmakers"
            + "|deputies|parliament|the\\s+(?:press|media|newspaper|paper|agency)|this\\s+(?:newspaper|paper|agency"
            + "|outlet)))?(?:\\s+(?:on|in|by|at|during|late|early|earlier"
            + "|last|this|over|via|to|later|privately|publicly)\\b[^,;:\u201C\u201D\"]{0,60})?\\s*(?:[,.;]|$)");

    /**
     * Where the content fronted before a closing attribution ends ("The ministry has advised citizens to wait, an
     * official said by phone."): a clause with a verb of its own, a comma, and a subject with its speech verb that ends
     * the clause; 0 when the sentence has none. Speech verbs inside that content are what was said.
     */
    private int frontedContentEnd(String sentence, String masked) {
        Matcher verb = VERB.matcher(masked);
        while (verb.find()) {
            int comma = masked.lastIndexOf(',', verb.start());
            if (comma <= 0 || !CLOSING_TAIL.matcher(masked.substring(verb.end())).lookingAt()) {
                continue;
            }
            Optional<String> subject = subjects.subjectBefore(sentence, masked, verb.start());
            if (subject.isEmpty()) {
                continue;
            }
            // "…, the ministry's spokesman, Aibek X, told reporters.": a description and the name it introduces
            // are one closing speaker, and the comma before the description ends the fronted clause
            boolean described = false;
            for (int c = masked.lastIndexOf(',', comma - 1), k = 0; c > 0 && k < 2;
                    c = masked.lastIndexOf(',', c - 1), k++) {
                if (!masked.substring(comma + 1, verb.start()).strip().startsWith(subject.get())
                        && sameSpeaker(masked.substring(c + 1, verb.start()), subject.get())) {
                    comma = c;
                    described = true;
                    break;
                }
            }
            String front = masked.substring(0, comma);
            if (!PhraseShapes.hasVerb(front) && !(described && LEXICAL_VERB.matcher(front).find())) {
                continue;
            }
            String between = masked.substring(comma + 1, verb.start()).strip();
            if (!between.isEmpty() && (between.startsWith(subject.get()) || described)
                    && !PhraseShapes.PREPOSITIONS.contains(between.split("\\s+")[0].toLowerCase(Locale.ROOT))) {
                return comma;
            }
        }
        return 0;
    }

    /**
     * Whether "the ministry's spokesman, Aibek X," is the subject found as "Aibek X, ministry's spokesman": the same
     * two chunks, a description and a name, in either order.
     */
    private static boolean sameSpeaker(String between, String subject) {
        List<String> a = chunks(between);
        List<String> b = chunks(subject);
        return a.size() == 2 && b.size() == 2 && a.stream().anyMatch(PhraseShapes::nameLike)
                && new java.util.HashSet<>(a).equals(new java.util.HashSet<>(b));
    }

    private static List<String> chunks(String phrase) {
        List<String> out = new ArrayList<>();
        for (String c : phrase.split(",")) {
            if (!c.isBlank()) {
                out.add(stripArticle(c.strip()));
            }
        }
        return out;
    }

    /** The likeliest of {@link #all}. */
    Optional<String> first(String sentence, String masked) {
        List<String> all = all(sentence, masked);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Words for what someone said, whose "of"/"from" phrase names the speaker ("the answer from the ministry"). */
    private static final Pattern UTTERANCE = Pattern.compile("(?i)^(?:(?:a|an|the)\\s+)?(?:\\p{L}+\\s+)?(?:answer"
            + "|reply|response|reaction|message|verdict|statement|position|view|assessment|comment|line)\\s+(?:of|from)\\s");

    /**
     * Whether the subject of a colon-introduced quote names someone: a role, a government or a full name in its head
     * (the words before its first preposition: "the slogan on the protesters' banners" is a slogan), or anywhere
     * after a word for an utterance ("the reply from the ministry").
     */
    private boolean someone(String subject) {
        if (subject.matches("(?i)he|she|they")) {
            return true;  // "On the law he did not hesitate: “…”": whoever the pronoun stands for
        }
        String[] words = subject.split("\\s+");
        int end = words.length;
        for (int i = 1; i < words.length; i++) {
            if (PhraseShapes.PREPOSITIONS.contains(words[i].toLowerCase(Locale.ROOT))) {
                end = i;
                break;
            }
        }
        String head = String.join(" ", Arrays.asList(words).subList(0, end));
        String named = UTTERANCE.matcher(subject).find() ? subject : head;
        return describes(named) || !governments.statesIn(named).isEmpty()
                || nameLike(named) && named.split("\\s+").length >= 2;
    }

    private boolean describes(String chunk) {
        return roles.roleOf(chunk).isPresent();
    }

    /** A person's name: capitalised words, no role, no government and no town of the region ("Kazakhstan" is none). */
    private boolean personalName(String chunk) {
        String c = chunk.strip();
        return nameLike(c) && c.split("\\s+").length <= 4 && !describes(c) && governments.statesIn(c).isEmpty()
                && Places.bundled().statesIn(c).isEmpty();
    }
}
