package dev.positionsbot.answer.attribution;

import static dev.positionsbot.answer.attribution.PhraseShapes.nameLike;
import static dev.positionsbot.answer.attribution.PhraseShapes.stripArticle;
import static dev.positionsbot.answer.attribution.PhraseShapes.tidy;

import java.util.ArrayList;
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

    /** A determiner right before a word: "a warning", "his claims" are nouns, whatever verb they look like. */
    private static final Pattern DETERMINER_BEFORE = Pattern.compile("(?i)(?:^|[\\s(])(?:a|an|the|this|these|those|his"
            + "|her|its|their|our|my|your|any|no|every)\\s+$");
    /**
     * A clause of comparison open before the verb: "…, in the same way that Moscow claimed it had to …", "just as the
     * ministry said last year": what that subject said is set beside the sentence's point, not its source.
     */
    private static final Pattern COMPARED_BEFORE = Pattern.compile("(?i)\\b(?:in the same way|the same way|just as"
            + "|much as|in much the same way)(?:\\s+that)?\\s+[^,;:.\u2014()]{1,80}$");
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
    private final FrontedContent fronted;
    private final ColonQuoteSubject colonQuotes;
    private final GovernmentNames governments;
    private final SpeakerRoles roles = SpeakerRoles.bundled();

    CreditedPhrases(GovernmentNames governments) {
        this.subjects = new SpeechVerbSubject(governments);
        this.fronted = new FrontedContent(subjects);
        this.colonQuotes = new ColonQuoteSubject(governments);
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
        Matcher verb = SpeechVerbs.VERB.matcher(masked);
        int reportedFrom = masked.length();
        int frontedTo = fronted.end(sentence, masked);
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
            if (COMPARED_BEFORE.matcher(masked.substring(0, verb.start())).find()) {
                continue;  // "…, in the same way that Moscow claimed …": a comparison, not the sentence's source
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
                        && FrontedContent.hasLexicalVerb(content))
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
        colonQuotes.of(sentence, masked).ifPresent(out::add);
        return out;
    }

    /** A verb of saying inside a phrase, not in a clause about someone: "She says the police …". */
    private static final Pattern SAYS_INSIDE = Pattern.compile("^\\S+(?:\\s+\\S+){0,3}?\\s+(?:says|say|said)\\s+\\p{Ll}");

    /** The likeliest of {@link #all}. */
    Optional<String> first(String sentence, String masked) {
        List<String> all = all(sentence, masked);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
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
