package dev.positionsbot.answer.attribution;

import dev.positionsbot.answer.Lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds whom a sentence credits with its statement, the way news English does it: "according to X", "X said",
 * "“…,” said X", apposition ("the ministry's spokesman, Aibek Smadiyarov, said"), pronouns and descriptions that
 * point back to a speaker named earlier ("he said", "the analyst told"), and quotes that continue a speaker's earlier
 * quote. The kind comes from the role words of {@code lexicon/speaker-roles.tsv} and the state from the names of
 * {@code lexicon/names.tsv} (a leader stands for his state; "Kazakh" for Kazakhstan). A sentence that credits no one
 * and quotes no one is the outlet's own reporting.
 *
 * <p>Rules rather than a parser: the attribution patterns of news are few and regular, and a dependency parser for
 * English (CoreNLP) would add hundreds of megabytes to the jar for them.
 */
public final class SpeakerFinder {

    /** The states the bot is about: their officials are {@link SpeakerKind#OFFICIAL}, everyone else's foreign. */
    public static final List<String> STATES = List.of("Kazakhstan", "Uzbekistan", "Kyrgyzstan", "Tajikistan",
            "Turkmenistan");

    private static final String VERBS = "said|says|say|told|tells|tell|added|adds|noted|notes|stated|argued|argues"
            + "|warned|warns|declared|declares|stressed|stresses|explained|explains|announced|announces|insisted"
            + "|insists|claimed|claims|wrote|writes|called|calls|calling|urged|urges|emphasized|emphasised|emphasizes"
            + "|asserted|remarked|commented|described|describes|reiterated|reiterates|confirmed|confirms|acknowledged"
            + "|suggested|suggests|believes|believe|rejected|rejects|criticized|criticised|labeled|labelled|accused"
            + "|pledged|promised|vowed|denied|dismissed|welcomed|condemned|condemns|reported|reports|predicted"
            + "|predicts|cautioned|conceded|recalled|replied|responded|pointed out|made clear|maintained|maintains"
            + "|expressed|voiced|praised|proposed|signalled|signaled|assured|affirmed|reaffirmed|thinks|think"
            + "|contends|contended|observed|observes|estimated|estimates|saying|report|discussed|railed|spoke|argue"
            + "|speaks|insist|warn|tweeted|posted|signaled|hinted|admitted|admits|noting|adding|arguing|warning"
            + "|thanked|hailed|congratulated|protested|demanded|appealed|requested|advised|informed|clarified"
            + "|specified|elaborated|highlighted|underlined|underscored|mentioned|indicated|revealed|disclosed"
            + "|countered|retorted|lamented|complained|alleged|agreed|objected|questioned|hoped|expects|forecast"
            + "|reassured|threatened|concluded|declined|summoned|telephoned|briefed|unveiled|showed|shows|show"
            + "|expresses|reaffirms|welcomes|underlines|underscores|highlights|recalls|considers|informs|replied|issued|read"
            + "|accuse|claim|deny|denies|reject|urge|note|maintain|allege|alleges|describe|stress|contend|agree|agrees"
            + "|(?:is|are|was|were|remain|remains|remained) (?:sceptical|skeptical|optimistic|pessimistic|doubtful"
            + "|confident|convinced|critical|cautious|wary)";
    static final Pattern VERB = Pattern.compile("(?<![\\p{L}-])(" + VERBS + ")(?![\\p{L}-])");
    private static final Pattern ACCORDING_TO = Pattern.compile("\\b(?:[Aa]ccording to|[Ii]n the (?:opinion|view"
            + "|words|assessment) of|[Aa]s (?:noted|stated|said|reported) by)\\s+([^,;.\u2014(]{2,140})");
    private static final Pattern APPOSITION_AFTER = Pattern.compile("^,\\s*((?:an?|the)\\s+[^,;.\u2014(]{2,120})");
    /** "according to a readout", "according to a transcript": a record of what the sentence's subject said. */
    private static final Pattern RECORD = Pattern.compile("(?i)^(?:an?|the)\\s+(?:\\p{L}+\\s+)?(?:readout|transcript"
            + "|record(?:ing)?|minutes|summary|video|footage|recording|statement|press release|communiqu[eé])\\b");
    private static final Pattern INVERTED = Pattern.compile("(?:[,\u201D\"]\\s*|^\\s*)(?:said|says|added|noted|asked"
            + "|wrote|explained|stressed|warned|continued|told\\s+\\S+)\\s+(?!that\\b|on\\b|in\\b|at\\b|last\\b|this\\b)"
            + "([^;\u2014]{2,220}(?:\u2014\\s*(?:an?|the)\\s[^;\u2014]{2,120})?)");
    /** "X — speaking in Astana — said": a parenthetical set off by dashes right before the verb. */
    private static final Pattern DASH_PAIR = Pattern.compile("\u2014[^\u2014\u201C\u201D\"]{1,100}\u2014\\s*$");
    private static final Pattern TIME_LEAD = Pattern.compile("^(?i:(?:last|in|on|earlier|this|next|back in)\\s+)?"
            + "(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday"
            + "|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|(?:19|20)\\d\\d)(?:\\s+\\d{1,2})?,?\\s+");
    private static final Pattern PRONOUN = Pattern.compile("(?i)(he|she|they|it|we|i|the latter|the former|"
            + "the official|the officials|the minister|the president|the spokesman|the spokeswoman|the analyst|"
            + "the expert|the diplomat|the ministry|the leader|the ambassador|the envoy|the professor|the scholar|"
            + "the commentator|the researcher|the \\d+-year-old|the lecturer|the economist|the fellow|"
            + "the statement|the document|the communique|the communiqué|the readout|the declaration)");
    private static final Set<String> FILLER = Set.of("also", "has", "have", "had", "was", "is", "were", "are",
            "later", "then", "again", "once", "further", "meanwhile", "however", "previously", "too", "would", "will",
            "in", "turn", "both", "all", "earlier", "first", "subsequently", "now", "did", "does",
            "not", "never", "recently", "still");
    private static final Pattern BOUNDARY = Pattern.compile("[\u201D\u00BB\";:()\u2014]|\\s--\\s|\\b(?i:that|but|while|"
            + "when|as|after|because|although|though|which|where|since|before)\\b");
    /** Words ending in -ly that are not adverbs ("the ministry's reply said"). */
    private static final Set<String> LY_NOUNS = Set.of("reply", "supply", "assembly", "rally", "family", "ally",
            "anomaly", "monopoly");
    private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "of", "for", "to", "with", "from", "by",
            "during", "after", "before", "speaking", "asked", "since", "until", "amid", "despite", "under", "over",
            "about", "into", "through", "like", "unlike", "instead", "yet", "so", "but", "and", "or", "there", "this",
            "these", "those", "what", "how", "why", "it", "its", "some", "many", "most");

    /** A document of someone named before: "a statement on its website", "their joint communique". */
    private static final Pattern OWNER = Pattern.compile("(?i)^(?:an?|the)?\\s*(?:\\p{L}+\\s+){0,3}?(?:statement"
            + "|communiqu[eé]|readout|release|website|letter|note)\\b.*?\\b(its|their)\\b|^(its|their)\\s+"
            + "(?:\\p{L}+\\s+)?(?:statement|communiqu[eé]|readout|release|website|letter|note)\\b");
    private static final Pattern RELATIVE = Pattern.compile(",\\s+who\\b[^,;:\u201C\u201D\"]*,\\s*$");
    private static final Pattern PASSIVE = Pattern.compile("(?i)\\b(was|were|been|being|be|is|are)\\s+(?:\\p{L}+ly\\s+)?$");
    /** Clauses whose subject is background to the sentence, not its source. */
    private static final Set<String> SUBORDINATORS = Set.of("after", "before", "since", "because", "although", "though",
            "when", "as (background)");

    private final GovernmentNames governments;
    private final SpeakerClassifier classifier;
    private final SpeakerRoles roles = SpeakerRoles.bundled();

    public SpeakerFinder(Lexicon lexicon) {
        this.governments = new GovernmentNames(lexicon);
        this.classifier = new SpeakerClassifier(governments);
    }

    public SpeakerFinder() {
        this(Lexicon.bundled());
    }

    /**
     * The speaker of {@code sentence}.
     *
     * @param paragraphBefore the sentences before it in its paragraph, in order
     * @param articleBefore   the sentences of the article's earlier paragraphs, in order
     */
    public Speaker find(String sentence, List<String> paragraphBefore, List<String> articleBefore) {
        String masked = QuotedSpans.mask(sentence);
        List<String> before = new ArrayList<>(articleBefore);
        before.addAll(paragraphBefore);
        // a transcript line ("MINISTER: …") speaks for its labelled speaker, and so do the rest of its paragraph
        Optional<String> label = SpeakerCues.transcriptLabel(sentence)
                .or(() -> paragraphBefore.isEmpty() ? Optional.empty()
                        : SpeakerCues.transcriptLabel(paragraphBefore.get(0)));
        if (label.isPresent()) {
            if (SpeakerCues.hostLabel(label.get())) {
                return Speaker.MEDIA;
            }
            Speaker labelled = classifier.classify(SpeakerCues.labelAsName(label.get()), sentence, before);
            if (labelled.kind() != SpeakerKind.UNKNOWN) {
                return labelled;
            }
        }
        if (SpeakerCues.noComment(masked) && !QuotedSpans.hasQuote(sentence)) {
            return Speaker.MEDIA;  // "The ministry did not respond to a request for comment": no one spoke
        }
        Speaker first = null;
        for (String phrase : creditedPhrases(sentence, masked)) {
            Speaker s = speakerOf(phrase, sentence, masked, before, paragraphBefore.size());
            if (s.kind() != SpeakerKind.UNKNOWN && !s.equals(Speaker.MEDIA)) {
                return s;
            }
            if (first == null) {
                first = s;
            }
        }
        if (first != null) {
            return first;
        }
        if (QuotedSpans.opensWithQuote(sentence) && !paragraphBefore.isEmpty()) {
            // a quote that runs on from the previous sentence ("“We will not,” he said. “Our position …”")
            String previous = paragraphBefore.get(paragraphBefore.size() - 1);
            Speaker earlier = find(previous, paragraphBefore.subList(0, paragraphBefore.size() - 1), articleBefore);
            // … or a quote that follows, in the same paragraph, a sentence reporting what someone said ("The minister
            // said the talks were useful. “We agreed on …”")
            if (QuotedSpans.hasQuote(previous) || earlier.kind() != SpeakerKind.MEDIA
                    && earlier.kind() != SpeakerKind.UNKNOWN) {
                return earlier;
            }
        }
        return QuotedSpans.hasQuote(sentence) && quotesSomeone(sentence) ? Speaker.UNKNOWN : Speaker.MEDIA;
    }

    /** A full quotation with no one credited is of unknown source; a scare-quoted word is the outlet's own writing. */
    private static boolean quotesSomeone(String sentence) {
        String masked = QuotedSpans.mask(sentence);
        int quoted = 0;
        for (int i = 0; i < sentence.length(); i++) {
            if (masked.charAt(i) != sentence.charAt(i)) {
                quoted++;
            }
        }
        return quoted > 40;
    }

    /** The phrases the sentence may credit with its statement, as written in the sentence, likeliest first. */
    List<String> creditedPhrases(String sentence, String masked) {
        List<String> out = new ArrayList<>();
        SpeakerCues.credited(sentence, masked).forEach(c -> out.add(tidy(c)));
        Matcher according = ACCORDING_TO.matcher(masked);
        String record = null;
        if (according.find()) {
            String source = tidy(sentence.substring(according.start(1), according.end(1)));
            // "according to Aru Bekova, an economist at …, …": the apposition says who she is
            Matcher apposition = APPOSITION_AFTER.matcher(masked.substring(according.end(1)));
            if (nameLike(source) && apposition.find() && describes(apposition.group(1))) {
                source = source + ", " + stripArticle(tidy(sentence.substring(according.end(1) + apposition.start(1),
                        according.end(1) + apposition.end(1))));
            }
            if (RECORD.matcher(source).find()) {
                record = source;  // "X told Y …, according to a readout": X spoke, the readout only records it
            } else {
                out.add(source);
            }
        }
        Matcher verb = VERB.matcher(masked);
        while (verb.find()) {
            subjectBefore(sentence, masked, verb.start()).ifPresent(out::add);
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
            }
            p = tidy(p);
            if (!p.isEmpty() && p.split("\\s+").length <= 24) {
                out.add(p);
            }
        }
        return out;
    }

    Optional<String> creditedPhrase(String sentence, String masked) {
        List<String> all = creditedPhrases(sentence, masked);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    private Optional<String> subjectBefore(String sentence, String masked, int verbAt) {
        String before = masked.substring(0, verbAt);
        Matcher dashes = DASH_PAIR.matcher(before);
        if (dashes.find()) {
            // read "X — speaking in Astana — said" as "X, speaking in Astana, said"
            char[] b = before.toCharArray();
            char[] t = sentence.toCharArray();
            for (int i = dashes.start(); i < dashes.end(); i++) {
                if (b[i] == '\u2014') {
                    b[i] = ',';
                    t[i] = ',';
                }
            }
            before = new String(b);
            sentence = new String(t);
        }
        // a relative clause between subject and verb ("the president, who took office after …, said") holds no
        // boundary of the subject
        Matcher relative = RELATIVE.matcher(before);
        while (relative.find()) {
            before = before.substring(0, relative.start()) + " ".repeat(relative.end() - relative.start())
                    + before.substring(relative.end());
        }
        int cut = 0;
        String boundary = "";
        Matcher b = BOUNDARY.matcher(before);
        while (b.find()) {
            cut = b.end();
            boundary = b.group().toLowerCase(Locale.ROOT);
            if (boundary.equals("as") && !before.substring(0, b.start()).strip().isEmpty()
                    && !before.substring(0, b.start()).strip().endsWith(",")) {
                boundary = "as (background)";  // "the talks ended as officials warned …", unlike "…, as X said"
            }
        }
        String raw = sentence.substring(cut, verbAt);
        if (SUBORDINATORS.contains(boundary) && raw.indexOf(',') < 0) {
            return Optional.empty();  // "… came two days after Moscow announced …": background, not attribution
        }
        if (raw.strip().endsWith(" and") && raw.indexOf(',') < 0) {
            // "The minister received the delegation and expressed …": the subject of the first verb
            String head = nounPhraseAtStart(raw);
            return head.isEmpty() ? Optional.empty() : Optional.of(head);
        }
        if (PASSIVE.matcher(raw).find()) {
            return Optional.empty(); // "the plan was proposed by …": the subject did not say it
        }
        List<String> chunks = new ArrayList<>();
        for (String c : raw.split(",")) {
            String t = dropFiller(TIME_LEAD.matcher(c.strip()).replaceFirst(""));
            if (!t.isEmpty()) {
                chunks.add(t);
            }
        }
        // "…, with the ministry calling it …": the subject of an absolute construction speaks
        if (!chunks.isEmpty() && masked.startsWith("ing", Math.max(0, wordEnd(masked, verbAt) - 3))
                && chunks.get(chunks.size() - 1).toLowerCase(Locale.ROOT).startsWith("with ")) {
            chunks.set(chunks.size() - 1, chunks.get(chunks.size() - 1).substring(5).strip());
        }
        // a parenthetical after the subject ("Kulubaev, for his part, said", "the envoy, visiting Paris, said") is
        // not the subject
        while (chunks.size() > 1 && parenthetical(chunks.get(chunks.size() - 1))) {
            chunks.remove(chunks.size() - 1);
        }
        if (chunks.isEmpty()) {
            return Optional.empty();
        }
        String last = chunks.get(chunks.size() - 1);
        String subject = last;
        if (chunks.size() >= 2) {
            String prev = chunks.get(chunks.size() - 2);
            boolean prevIsAdverbial = PREPOSITIONS.contains(prev.split("\\s+")[0].toLowerCase(Locale.ROOT));
            if (nameLike(last) && describes(prev) && !prevIsAdverbial) {
                subject = last + ", " + stripArticle(prev);             // the ministry's spokesman, Aibek Smadiyarov,
            } else if ((startsWithArticle(last) || last.toLowerCase(Locale.ROOT).startsWith("who ")) && nameLike(prev)) {
                subject = prev + ", " + stripArticle(last);             // Aibek Smadiyarov, an official at the ministry,
            } else if (last.toLowerCase(Locale.ROOT).startsWith("who ") && !prevIsAdverbial) {
                subject = prev + ", " + last;                           // the president, who took office in 2019,
            }
        }
        subject = tidy(subject).replaceFirst("^(?i:with|and|but)\\s+", "");  // "…, with the ministry calling it …"
        subject = subject.replaceFirst("^(?:Yet|So|And|But|Also|Now|Then|Still|Instead|Indeed|Later|Earlier|Today"
                + "|Yesterday|Recently|Previously|Meanwhile|Moreover|However|Separately)\\s+(?=\\p{L})", "");
        if (!subject.isEmpty() && PREPOSITIONS.contains(subject.split("\\s+")[0].toLowerCase(Locale.ROOT))) {
            // "In an interview with a weekly Tokayev said": the name after an unpunctuated opening phrase
            String tail = nounPhraseAtEnd(subject);
            if (!tail.isEmpty()) {
                subject = tail;
            }
        }
        if (subject.matches("(?i)(?:some|many|most|several|few)\\s.*") && roles.roleOf(subject).isPresent()) {
            subject = subject.substring(subject.indexOf(' ') + 1);  // "Some analysts believe …"
        }
        String first = subject.isEmpty() ? "" : subject.split("\\s+")[0].toLowerCase(Locale.ROOT);
        String[] subjectWords = subject.split("\\s+");
        String lastWord = subjectWords[subjectWords.length - 1].toLowerCase(Locale.ROOT);
        if (subject.equalsIgnoreCase("it")) {
            return Optional.of(subject);  // "The ministry issued a statement. It said …"
        }
        if (subject.isEmpty() || PREPOSITIONS.contains(first) || subjectWords.length > 14
                || PREPOSITIONS.contains(lastWord) || Set.of("a", "an", "the").contains(lastWord)
                || !subject.matches("(?s).*\\p{L}.*")) {
            return Optional.empty();
        }
        return Optional.of(subject);
    }

    private static int wordEnd(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** "for his part", "visiting Astana", "led by X": a phrase set off by commas that is not a subject. */
    private static boolean parenthetical(String chunk) {
        String first = chunk.split("\\s+")[0];
        String lower = first.toLowerCase(Locale.ROOT);
        String[] words = chunk.split("\\s+");
        boolean participle = Character.isLowerCase(first.charAt(0)) && (lower.endsWith("ing") && lower.length() > 5
                || words.length > 1 && words[1].equals("by"));  // "visiting Astana", "headed by X"
        return PREPOSITIONS.contains(lower) && !lower.equals("it") || participle;
    }

    private static String dropFiller(String chunk) {
        List<String> words = new ArrayList<>(List.of(chunk.split("\\s+")));
        while (!words.isEmpty()) {
            String w = words.get(words.size() - 1).toLowerCase(Locale.ROOT);
            if (FILLER.contains(w) || w.endsWith("ly") && w.length() > 4 && !LY_NOUNS.contains(w) && !Character.isUpperCase(
                    words.get(words.size() - 1).charAt(0))) {
                words.remove(words.size() - 1);
            } else {
                break;
            }
        }
        return String.join(" ", words).strip();
    }

    /** Capitalised words only (a name, or a state): "Aibek Smadiyarov", "Mr. Tokayev". */
    private static boolean nameLike(String chunk) {
        String[] words = chunk.strip().split("\\s+");
        if (words.length > 5) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private boolean describes(String chunk) {
        return roles.roleOf(chunk).isPresent();
    }

    private static boolean startsWithArticle(String chunk) {
        String l = chunk.toLowerCase(Locale.ROOT);
        return l.startsWith("a ") || l.startsWith("an ") || l.startsWith("the ");
    }

    private static String stripArticle(String chunk) {
        return chunk.replaceFirst("(?i)^(a|an|the)\\s+", "");
    }

    private static String tidy(String phrase) {
        return phrase.replaceAll("\\s+", " ").replaceAll("^[\\s,\u2014-]+|[\\s,\u2014-]+$", "").strip();
    }

    /** The speaker a credited phrase stands for, resolving pronouns and bare descriptions to an earlier speaker. */
    private Speaker speakerOf(String phrase, String sentence, String masked, List<String> before, int inParagraph) {
        if (phrase.equalsIgnoreCase("who") || phrase.toLowerCase(Locale.ROOT).startsWith("who ")) {
            // "… was welcomed by the envoy, Kamal Noor, who called it …": the one the clause is about
            int at = masked.indexOf(", " + phrase.split("\\s+")[0]);
            String antecedent = at < 0 ? "" : antecedent(sentence.substring(0, at));
            return antecedent.isEmpty() ? Speaker.UNKNOWN : classifier.classify(antecedent, sentence, before);
        }
        Matcher owner = OWNER.matcher(phrase);
        if (owner.find() && roles.roleOf(phrase).filter(r -> r != SpeakerRoles.Role.MEDIA).isEmpty()
                && governments.statesIn(phrase).isEmpty()) {
            // "a statement on its website said": whoever "its" points back to
            return speakerOf(owner.group(1).equalsIgnoreCase("its") ? "it" : "they", sentence, masked, before,
                    inParagraph);
        }
        if (PRONOUN.matcher(phrase).matches() || isBareDescription(phrase)) {
            Optional<SpeakerRoles.Role> wanted = roles.roleOf(phrase);
            boolean singular = !phrase.equalsIgnoreCase("they") && !phrase.equalsIgnoreCase("we")
                    && !phrase.toLowerCase(Locale.ROOT).endsWith("s");
            if (wanted.isEmpty() || wanted.get() == SpeakerRoles.Role.OFFICIAL) {
                // "When Tokayev met reporters, he said …": a leader named earlier in the same sentence
                int at = masked.indexOf(phrase);
                Optional<String> leader = leaderIn(sentence.substring(0, Math.max(0, at)));
                if (leader.isPresent()) {
                    return classifier.classify(leader.get(), sentence, before);
                }
            }
            for (int i = before.size() - 1, seen = 0; i >= 0 && seen < inParagraph + 4; i--, seen++) {
                String s = before.get(i);
                for (String earlier : creditedPhrases(s, QuotedSpans.mask(s))) {
                    if (PRONOUN.matcher(earlier).matches() || isBareDescription(earlier)) {
                        continue;
                    }
                    Speaker candidate = classifier.classify(earlier, s, before.subList(0, i));
                    boolean plural = roles.roleOf(earlier).isPresent() && earlier.matches("(?s).*\\b\\p{Ll}+s$");
                    if (candidate.kind() == SpeakerKind.UNKNOWN && candidate.name().isEmpty() || singular && plural) {
                        continue;
                    }
                    if (wanted.isEmpty() || sameKind(wanted.get(), candidate.kind())) {
                        return classifier.withSentenceState(candidate, sentence);
                    }
                }
            }
            // "The minister met his counterpart. He said …": the subject of the sentence before, when it is someone
            // who can speak (and, for "the diplomat", someone of that kind)
            if (!before.isEmpty()) {
                String subject = leadingSubject(before.get(before.size() - 1), !singular);
                if (!subject.isEmpty()) {
                    Speaker s = classifier.classify(subject, before.get(before.size() - 1), before);
                    if (s.kind() != SpeakerKind.UNKNOWN && (wanted.isEmpty() || sameKind(wanted.get(), s.kind()))) {
                        return classifier.withSentenceState(s, sentence);
                    }
                }
            }
            if (wanted.isEmpty()) {
                return Speaker.UNKNOWN;
            }
        }
        return classifier.classify(phrase, sentence, before);
    }

    /** The noun phrase a text ends with, with its apposition: "the envoy, Kamal Noor" from "… by the envoy, Kamal Noor". */
    private String antecedent(String text) {
        String[] chunks = text.split(",");
        String last = stripToPhrase(chunks[chunks.length - 1]);
        if (chunks.length >= 2 && nameLike(last)) {
            String prev = stripToPhrase(chunks[chunks.length - 2]);
            if (describes(prev)) {
                return last + ", " + stripArticle(prev);
            }
        }
        return last;
    }

    /** A chunk from its last preposition on: "the envoy" from "was welcomed by the envoy". */
    private static String stripToPhrase(String chunk) {
        String[] words = chunk.strip().split("\\s+");
        int from = 0;
        for (int i = 0; i < words.length; i++) {
            String w = words[i].toLowerCase(Locale.ROOT);
            if (PREPOSITIONS.contains(w) || Set.of("was", "were", "is", "are", "been").contains(w)) {
                from = i + 1;
            }
        }
        return String.join(" ", List.of(words).subList(Math.min(from, words.length), words.length)).strip();
    }

    /** The capitalised or role words a clause opens with, "of the" between them: "The Leader of the Nation". */
    private String nounPhraseAtStart(String clause) {
        String[] words = clause.strip().split("\\s+");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean glue = Set.of("of", "the").contains(w) && i + 1 < words.length && !out.isEmpty()
                    && (Character.isUpperCase(words[i + 1].charAt(0)) || words[i + 1].equals("the"));
            if (w.isEmpty() || !(Character.isUpperCase(w.charAt(0)) || roles.roleOf(w).isPresent() || glue)) {
                break;
            }
            out.add(w);
        }
        String phrase = String.join(" ", out);
        return roles.roleOf(phrase).isPresent() || !governments.statesIn(phrase).isEmpty() ? phrase : "";
    }

    /** The trailing capitalised or role words of a phrase, when they name a state, a leader or a role. */
    private String nounPhraseAtEnd(String phrase) {
        String[] words = phrase.strip().split("\\s+");
        int from = words.length;
        // a title word joins the name ("economist X"); the medium of the opening phrase does not ("a weekly X")
        while (from > 0 && !words[from - 1].isEmpty() && (Character.isUpperCase(words[from - 1].charAt(0))
                || roles.roleOf(words[from - 1]).filter(r -> r != SpeakerRoles.Role.MEDIA).isPresent())) {
            from--;
        }
        if (from == 0 || from == words.length) {
            return "";
        }
        String tail = String.join(" ", List.of(words).subList(from, words.length));
        return roles.roleOf(tail).isPresent() || !governments.statesIn(tail).isEmpty() ? tail : "";
    }

    /** Where the words of {@link #leadingSubject} end in the stripped sentence. */
    private static int subjectEnd(String sentence, List<String> words) {
        String s = sentence.strip();
        int at = 0;
        for (String w : words) {
            int i = s.indexOf(w, at);
            if (i < 0) {
                return s.length();
            }
            at = i + w.length();
        }
        return at;
    }

    /** The words a sentence opens with up to its first lower-case word that is not a role: "Kazakh Foreign Minister X". */
    private String leadingSubject(String sentence, boolean plural) {
        String[] words = QuotedSpans.mask(sentence).strip().split("\\s+");
        List<String> out = new ArrayList<>();
        for (String w : words) {
            String bare = w.replaceAll("[,.;:]$", "");
            if (bare.isEmpty() || !(Character.isUpperCase(bare.charAt(0)) || roles.roleOf(bare).isPresent())) {
                break;
            }
            out.add(bare);
            if (!bare.equals(w)) {
                break;
            }
        }
        String subject = String.join(" ", out);
        Matcher apposition = APPOSITION_AFTER.matcher(QuotedSpans.mask(sentence).strip().substring(
                Math.min(sentence.strip().length(), subjectEnd(sentence, out))));
        if (!out.isEmpty() && apposition.find() && describes(apposition.group(1))) {
            subject = subject + ", " + stripArticle(apposition.group(1).strip());  // "X, a political scientist, sees"
        }
        if (out.isEmpty() || roles.roleOf(subject).isEmpty() && governments.statesIn(subject).isEmpty()
                || out.size() < 2 && roles.roleOf(subject).isPresent()) {
            return "";
        }
        String last = out.get(out.size() - 1);
        // "he" or "she" is a named person; "they" are the officials or experts of a plural role
        boolean fits = plural ? Character.isLowerCase(last.charAt(0)) && last.endsWith("s")
                : Character.isUpperCase(last.charAt(0)) || roles.roleOf(last).isPresent() && !last.endsWith("s");
        return fits ? subject : "";
    }

    /** The last leader of a state (a person of names.tsv) that a text names, with the words describing him. */
    private Optional<String> leaderIn(String text) {
        String[] words = text.split("\\s+");
        for (int i = words.length - 1; i >= 0; i--) {
            String w = words[i].replaceAll("(\u2019s|'s|[,.;:])$", "");
            Optional<Lexicon.Name> n = w.isEmpty() ? Optional.empty() : governments.leader(w);
            if (n.isPresent()) {
                int from = i;
                while (from > 0 && !words[from - 1].isEmpty() && Character.isUpperCase(words[from - 1].charAt(0))
                        && !words[from - 1].matches(".*[,.;:]$")
                        && !PREPOSITIONS.contains(words[from - 1].toLowerCase(Locale.ROOT))) {
                    from--;
                }
                return Optional.of(String.join(" ", List.of(words).subList(from, i)) + (from < i ? " " : "") + w);
            }
        }
        return Optional.empty();
    }

    private static boolean sameKind(SpeakerRoles.Role role, SpeakerKind kind) {
        return switch (role) {
            case OFFICIAL -> kind.governmental();
            case ANALYST, ANALYST_PLACE -> kind == SpeakerKind.ANALYST;
            case MEDIA -> kind == SpeakerKind.MEDIA;
            case CIVIL, ANONYMOUS -> kind == SpeakerKind.UNKNOWN;
        };
    }

    /** "the official", "the 69-year-old": a description without a name or a state of its own. */
    private boolean isBareDescription(String phrase) {
        String l = phrase.toLowerCase(Locale.ROOT);
        return l.startsWith("the ") && phrase.substring(4).chars().noneMatch(Character::isUpperCase)
                && l.split("\\s+").length <= 4 && governments.statesIn(phrase).isEmpty() && roles.roleOf(phrase).isPresent();
    }

    /** Names of governments in a phrase, in order; a name after "to" ("ambassador to Kazakhstan") is not the speaker's. */
    List<Lexicon.Name> statesIn(String phrase) {
        return governments.statesIn(phrase);
    }

    /** The kind and state of a credited phrase; a name known from earlier in the article takes its role from there. */
    Speaker classify(String phrase, String sentence, List<String> before) {
        return classifier.classify(phrase, sentence, before);
    }
}
