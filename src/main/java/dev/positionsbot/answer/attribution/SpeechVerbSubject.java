package dev.positionsbot.answer.attribution;

import static dev.positionsbot.answer.attribution.PhraseShapes.PREPOSITIONS;
import static dev.positionsbot.answer.attribution.PhraseShapes.tidy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grammatical subject of a speech verb: the words before "said" back to the clause's boundary, with the
 * parentheticals, adverbs and time phrases between them and the verb taken out, an apposition kept with its name
 * ("the ministry's spokesman, Aibek Smadiyarov,"), and nothing when the clause is background ("after Moscow
 * announced") or passive ("was proposed by").
 */
final class SpeechVerbSubject {

    /** "X — speaking in Astana — said": a parenthetical set off by dashes right before the verb. */
    private static final Pattern DASH_PAIR = Pattern.compile("\u2014[^\u2014\u201C\u201D\"]{1,100}\u2014\\s*$");
    private static final Pattern BOUNDARY = Pattern.compile("[\u201D\u00BB\";:()\u2014]|\\s--\\s|\\b(?i:that|but|while|"
            + "when|as|after|because|although|though|which|where|since|before)\\b");
    /**
     * A relative clause set off by commas right before the verb: "…, who took office in 2019, said"; in Russian a
     * "который" clause or an active participle's ("Жители, вернувшиеся домой, рассказали").
     */
    private static final Pattern RELATIVE = Pattern.compile(",\\s+(?:who|which|(?iu:котор\\p{L}+|"
            + PhraseShapes.RU_ACTIVE_PARTICIPLE + "))(?!\\p{L})[^,;:\u201C\u201D\"]*,\\s*$");
    /**
     * "X, an armed group that operates …, said", "X, a poet who left the country after the protests, wrote": an
     * apposition whose noun a relative clause describes; the clause holds no boundary of the subject, and the
     * apposition belongs to it.
     */
    private static final Pattern RELATIVE_APPOSITION = Pattern.compile(",\\s+(?:an?|the)\\s+[^,;:\u201C\u201D\"]{1,60}?"
            + "(\\s+(?:that|which|who)\\b[^,;:\u201C\u201D\"]*,)\\s*$");
    private static final Pattern PASSIVE = Pattern.compile("(?i)\\b(was|were|been|being|be|is|are)\\s+(?:\\p{L}+ly\\s+)?$");
    /** Clauses whose subject is background to the sentence, not its source. */
    private static final Set<String> SUBORDINATORS = Set.of("after", "before", "since", "because", "although", "though",
            "when", "as (background)");

    private final SpeakerRoles roles = SpeakerRoles.bundled();
    private final SubjectChunks shapes;
    private final AppositiveSubject appositions;
    private final NounPhraseEdges phrases;

    SpeechVerbSubject(GovernmentNames governments) {
        this.shapes = new SubjectChunks();
        this.appositions = new AppositiveSubject(shapes);
        this.phrases = new NounPhraseEdges(governments);
    }

    /** The subject of the speech verb at {@code verbAt} in the masked sentence, as written in the sentence. */
    Optional<String> subjectBefore(String sentence, String masked, int verbAt) {
        Matcher opening = PRONOUN_AFTER_OPENING.matcher(masked.substring(0, verbAt));
        if (opening.matches()) {
            return Optional.of(opening.group(1));
        }
        return subjectWithinNames(sentence, masked, verbAt).map(s -> s.replace(NAME_COMMA, ','));
    }

    /**
     * An opening adverbial without its comma before a pronoun subject ("In a 2019 interview he said …", "On Monday
     * she told …"): the pronoun is the subject.
     */
    private static final Pattern PRONOUN_AFTER_OPENING = Pattern.compile("^\\s*(?:In|On|At|During|After|Before"
            + "|Later|Earlier|Last|Speaking)\\b[^,;:]*?\\s(he|she|they|we|I)\\s*$");

    /**
     * "The Ministry of Energy, Mines and Water": the commas of a capitalised list after a body's "of" or "for", closed
     * by "and", belong to the body's name and do not set off an apposition.
     */
    private static final Pattern NAMED_PORTFOLIO_COMMA = Pattern.compile("(?:Ministry|Minister|Committee|Agency"
            + "|Department|Commission|Office|Bureau|Service|Council|Institute|Centre|Center|Fund)\\s+(?:of|for)\\s+"
            + "\\p{Lu}\\p{L}+(?:(,)\\s+\\p{Lu}\\p{L}+)?(,)(?=\\s+\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)?\\s+and\\s+\\p{Lu})");
    /** A chunk opening with a speech verb and then its subject: "said Aru X". */
    private static final Pattern INVERTED_SPEECH = Pattern.compile("(?:said|says|added|noted|wrote|explained|stressed"
            + "|warned|argued|told)\\s+(?:an?\\s|the\\s|\\p{Lu})");
    /** Stands for a comma inside a name while the subject is read. */
    private static final char NAME_COMMA = '\uE000';

    private Optional<String> subjectWithinNames(String sentence, String masked, int verbAt) {
        Matcher portfolio = NAMED_PORTFOLIO_COMMA.matcher(masked.substring(0, verbAt));
        if (portfolio.find()) {
            char[] m = masked.toCharArray();
            char[] t = sentence.toCharArray();
            do {
                for (int g = 1; g <= 2; g++) {
                    if (portfolio.start(g) >= 0) {
                        m[portfolio.start(g)] = NAME_COMMA;
                        t[portfolio.start(g)] = NAME_COMMA;
                    }
                }
            } while (portfolio.find());
            masked = new String(m);
            sentence = new String(t);
        }
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
        boolean appositive = false;
        Matcher described = RELATIVE_APPOSITION.matcher(before);
        if (described.find() && described.group(1).strip().startsWith("who")) {
            // "X, a poet who left the country after the protests, wrote": the clause says who he is (or is now) and
            // stays with him; only its words that would otherwise end the subject ("after", "since") are passed over
            StringBuilder b = new StringBuilder(before);
            Matcher inner = BOUNDARY.matcher(before).region(described.start(1), described.end(1) - 1);
            while (inner.find()) {
                for (int i = inner.start(); i < inner.end(); i++) {
                    b.setCharAt(i, '_');
                }
            }
            before = b.toString();
        } else if (described.find(0)) {
            appositive = true;
            before = before.substring(0, described.start(1)) + "," + " ".repeat(described.end(1) - described.start(1) - 1)
                    + before.substring(described.end(1));
            sentence = sentence.substring(0, described.start(1)) + "," + " ".repeat(described.end(1)
                    - described.start(1) - 1) + sentence.substring(described.end(1));
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
        if ((raw.strip().endsWith(" and") || raw.strip().endsWith(" by") && masked.startsWith("ing",
                Math.max(0, wordEnd(masked, verbAt) - 3))) && raw.indexOf(',') < 0) {
            // "The minister received the delegation and expressed …", "The senator closed the hearing by warning …":
            // the subject of the first verb
            String head = phrases.atStart(raw);
            return head.isEmpty() ? Optional.empty() : Optional.of(head);
        }
        boolean participle = masked.startsWith("ing", Math.max(0, wordEnd(masked, verbAt) - 3));
        boolean predicateBefore = raw.strip().endsWith(" and") || participle && raw.stripTrailing().endsWith(",");
        String predicate = "";
        if (predicateBefore) {
            // "Aida X, a deputy, voted against it, arguing that …", "Opening the session, the president ordered an
            // audit and said …": the speech verb shares the subject of the clause before it, whose predicate ends
            // the words before the verb
            String clause = raw.strip().replaceFirst("(?:\\s+and|,)$", "");
            predicate = clause.substring(clause.lastIndexOf(',') + 1).strip();
            String head = phrases.atStart(predicate);
            if (!head.isEmpty() && head.length() < predicate.length() && clause.indexOf(',') >= 0
                    && shapes.predicateOpening(predicate.substring(head.length()).strip())) {
                return Optional.of(head);
            }
        }
        if (PASSIVE.matcher(raw).find()) {
            return Optional.empty(); // "the plan was proposed by …": the subject did not say it
        }
        List<String> chunks = shapes.chunks(raw);
        if (participle && chunks.stream().anyMatch(c -> INVERTED_SPEECH.matcher(c).lookingAt())) {
            // "…, said Aru X, head of Y, adding that …": the participle shares the inverted verb's subject, read
            // after that verb
            return Optional.empty();
        }
        if (predicateBefore && chunks.size() >= 2 && shapes.predicateOpening(predicate)) {
            chunks.remove(chunks.size() - 1);  // "voted against it": the subject's deed, not the subject
        }
        // "…, with the ministry calling it …": the subject of an absolute construction speaks
        if (!chunks.isEmpty() && masked.startsWith("ing", Math.max(0, wordEnd(masked, verbAt) - 3))
                && chunks.get(chunks.size() - 1).toLowerCase(Locale.ROOT).startsWith("with ")) {
            chunks.set(chunks.size() - 1, chunks.get(chunks.size() - 1).substring(5).strip());
        }
        // a parenthetical after the subject ("Kulubaev, for his part, said", "the envoy, visiting Paris, said") is
        // not the subject
        while (chunks.size() > 1 && shapes.parenthetical(chunks.get(chunks.size() - 1))) {
            chunks.remove(chunks.size() - 1);
        }
        if (chunks.isEmpty()) {
            return Optional.empty();
        }
        String subject = appositions.subject(chunks, appositive, parentheticalAttribution(masked, verbAt));
        subject = tidy(subject).replaceFirst("^(?i:with|and|but)\\s+", "");  // "…, with the ministry calling it …"
        subject = subject.replaceFirst("^(?:Yet|So|And|But|Also|Now|Then|Still|Instead|Indeed|Later|Earlier|Today"
                + "|Yesterday|Recently|Previously|Meanwhile|Moreover|However|Separately)\\s+(?=\\p{L})", "");
        if (!subject.isEmpty() && PREPOSITIONS.contains(subject.split("\\s+")[0].toLowerCase(Locale.ROOT))) {
            // "In an interview with a weekly Tokayev said": the name after an unpunctuated opening phrase
            String tail = phrases.atEnd(subject);
            if (!tail.isEmpty()) {
                subject = tail;
            }
        }
        // "Some analysts believe …", "Several traders said": the quantifier stays with the description, as an article
        // does ("A Kremlin source"), and the word after it opens the phrase
        boolean quantified = subject.matches("(?i)(?:some|many|most|several|few)\\s.*")
                && roles.roleOf(subject).isPresent();
        String opening = quantified ? subject.substring(subject.indexOf(' ') + 1) : subject;
        String first = opening.isEmpty() ? "" : opening.split("\\s+")[0].toLowerCase(Locale.ROOT);
        String[] subjectWords = subject.split("\\s+");
        String lastWord = subjectWords[subjectWords.length - 1].toLowerCase(Locale.ROOT);
        if (subject.equalsIgnoreCase("it")) {
            return Optional.of(subject);  // "The ministry issued a statement. It said …"
        }
        // a relative clause about the speaker ("X, a former minister who now heads …") does not make it a clause, nor
        // does an apposition the rules above joined to a name (the part before the first comma is the subject's head)
        int words = subject.split(",")[0].replaceFirst("\\s+(?:who|that|which)\\s.*$", "").split("\\s+").length;
        if (subject.isEmpty() || PREPOSITIONS.contains(first) && !shapes.ownedRole(subject) || words > 14
                || PREPOSITIONS.contains(lastWord) || Set.of("a", "an", "the").contains(lastWord)
                || !subject.matches("(?s).*\\p{L}.*")) {
            return Optional.empty();
        }
        return Optional.of(subject);
    }

    /** "The ministry, the envoy said, had no choice": the speech verb is itself set off by a comma after it. */
    private static boolean parentheticalAttribution(String masked, int verbAt) {
        int end = wordEnd(masked, verbAt);
        return end < masked.length() && masked.charAt(end) == ',';
    }

    private static int wordEnd(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
