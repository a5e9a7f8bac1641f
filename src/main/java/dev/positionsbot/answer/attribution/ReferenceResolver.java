package dev.positionsbot.answer.attribution;

import static dev.positionsbot.answer.attribution.PhraseShapes.nameLike;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves a credited phrase that points elsewhere to the speaker it stands for: "who" to its antecedent, "its
 * statement" to whoever "its" is, and pronouns and bare descriptions ("he", "the minister") to a leader named earlier
 * in the sentence, a speaker credited in the sentences before, or the subject of the sentence before. Any other phrase
 * is classified as it stands.
 */
final class ReferenceResolver {

    /** A document of someone named before: "a statement on its website", "their joint communique". */
    private static final Pattern OWNER = Pattern.compile("(?i)^(?:an?|the)?\\s*(?:\\p{L}+\\s+){0,3}?(?:statement"
            + "|communiqu[eé]|readout|release|website|letter|note)\\b.*?\\b(its|their)\\b|^(its|their)\\s+"
            + "(?:\\p{L}+\\s+)?(?:statement|communiqu[eé]|readout|release|website|letter|note)\\b");

    /**
     * A sentence whose subject is a personal pronoun or what it owns, after up to two opening adverbials: "He had
     * agreed …", "His company runs …", "Now, at 34, she is …".
     */
    private static final Pattern SUBJECT_PRONOUN = Pattern.compile("^\\s*(?:[^,;:\u201C\"]{1,40},\\s*){0,2}"
            + "(?:He|She|They|His|Her|Their|he|she|they)\\b");

    private final GovernmentNames governments;
    private final CreditedPhrases credited;
    private final SpeakerClassifier classifier;
    private final SpeakerRoles roles = SpeakerRoles.bundled();
    private final LeadingSubject subjects;
    private final WhoAntecedent antecedents;
    private final NamedLeader leaders;
    private final PointingPhrase pointing;

    ReferenceResolver(GovernmentNames governments, CreditedPhrases credited, SpeakerClassifier classifier) {
        this.governments = governments;
        this.credited = credited;
        this.classifier = classifier;
        this.subjects = new LeadingSubject(governments);
        this.antecedents = new WhoAntecedent(governments);
        this.leaders = new NamedLeader(governments);
        this.pointing = new PointingPhrase(governments);
    }

    /** The speaker a credited phrase stands for, resolving pronouns and bare descriptions to an earlier speaker. */
    Speaker speakerOf(String phrase, String sentence, String masked, List<String> before, int inParagraph) {
        Speaker s = possessiveKept(phrase, resolved(phrase, sentence, masked, before, inParagraph));
        if (HEAD_OF_STATE.matcher(phrase.strip()).matches() && s.kind().governmental() && !s.state().isEmpty()) {
            // "Tokayev opens the session. “…,” the Kazakh president said": the leader the paragraph just named
            for (int i = before.size() - 1; i >= Math.max(0, before.size() - inParagraph); i--) {
                Optional<String> leader = leaders.lastIn(QuotedSpans.mask(before.get(i)));
                if (leader.isPresent() && classifier.classify(leader.get(), before.get(i), before.subList(0, i))
                        .state().equals(s.state())) {
                    return new Speaker(leader.get(), s.kind(), s.state());
                }
            }
        }
        return s;
    }

    /** "the Kazakh president", "the Russian leader": a head of state described by his state. */
    private static final Pattern HEAD_OF_STATE = Pattern.compile("[Tt]he\\s+\\p{Lu}[\\p{L}-]+\\s+(?:[Pp]resident"
            + "|[Ll]eader|head of state)");

    private Speaker possessiveKept(String phrase, Speaker s) {
        if (POSSESSIVE.matcher(phrase).find() && pointing.bareDescription(phrase) && s.kind().governmental()) {
            // "the ministry's press secretary" serves the ministry named before, but is its press secretary
            return new Speaker(phrase, s.kind(), s.state());
        }
        return s;
    }

    private static final Pattern POSSESSIVE = Pattern.compile("\\p{L}(?:'s|\u2019s)\\s");

    /**
     * "Kazhydromet, the state weather service, warned … The emergencies ministry said …": a description headed by a
     * body's noun points back only to a speaker of that noun; another body is another speaker.
     */
    private static boolean otherBody(String description, String earlier) {
        String[] words = description.strip().toLowerCase(Locale.ROOT).split("\\s+");
        String head = words[words.length - 1];
        Pattern noun = BodyNouns.descriptionHead(head);
        return noun != null && !noun.matcher(earlier.toLowerCase(Locale.ROOT)).find();
    }

    /** Russian personal pronouns read as their English counterparts: "— сказал он" points back as "he said" does. */
    private static final java.util.Map<String, String> RUSSIAN_PRONOUNS = java.util.Map.of("он", "he", "она", "she",
            "они", "they");

    private Speaker resolved(String written, String sentence, String masked, List<String> before, int inParagraph) {
        String phrase = RUSSIAN_PRONOUNS.getOrDefault(written.toLowerCase(Locale.ROOT), written);
        Optional<String> body = BodyNamedBefore.in(phrase, sentence, masked);
        if (body.isPresent()) {
            // "The Steppe Development Bank will lend …, according to a statement the bank released": the body the
            // sentence named, by the word its name is headed by
            return classifier.classify(body.get(), sentence, before);
        }
        if (phrase.equalsIgnoreCase("who") || phrase.toLowerCase(Locale.ROOT).startsWith("who ")) {
            // "… was welcomed by the envoy, Kamal Noor, who called it …": the one the clause is about
            int at = masked.indexOf(", " + phrase.split("\\s+")[0]);
            String antecedent = at < 0 ? "" : antecedents.of(sentence.substring(0, at));
            return antecedent.isEmpty() ? Speaker.UNKNOWN : classifier.classify(antecedent, sentence, before);
        }
        Matcher owner = OWNER.matcher(phrase);
        if (owner.find() && roles.roleOf(phrase).filter(r -> r != SpeakerRoles.Role.MEDIA).isEmpty()
                && governments.statesIn(phrase).isEmpty()) {
            // "a statement on its website said": whoever "its" points back to
            return resolved(owner.group(1).equalsIgnoreCase("its") ? "it" : "they", sentence, masked, before,
                    inParagraph);
        }
        if (PointingPhrase.pronoun(phrase) || pointing.bareDescription(phrase)) {
            Optional<SpeakerRoles.Role> wanted = roles.roleOf(phrase);
            boolean singular = !phrase.equalsIgnoreCase("they") && !phrase.equalsIgnoreCase("we")
                    && !phrase.toLowerCase(Locale.ROOT).endsWith("s") && !phrase.matches("\\p{IsCyrillic}+[ыи]");
            if (wanted.isEmpty() || wanted.get() == SpeakerRoles.Role.OFFICIAL) {
                // "When Tokayev met reporters, he said …": a leader named earlier in the same sentence
                int at = masked.indexOf(phrase);
                Optional<String> leader = leaders.lastIn(sentence.substring(0, Math.max(0, at)));
                if (leader.isPresent()) {
                    return classifier.classify(leader.get(), sentence, before);
                }
            }
            if (inParagraph > 0 && phrase.matches("(?i)he|she")) {
                // "Dina X, a nurse, queued on Tuesday. “…,” she said": a person named as the subject of the sentence
                // just before, in the same paragraph, is nearer than a speaker credited in an earlier one
                String last = before.get(before.size() - 1);
                String subject = subjects.of(last, false);
                if (subject.split(",")[0].strip().contains(" ") && !QuotedSpans.hasQuote(last)
                        && credited.all(last, QuotedSpans.mask(last)).isEmpty()) {
                    Speaker s = classifier.classify(subject, last, before);
                    if (s.kind() != SpeakerKind.MEDIA && !s.name().isEmpty()) {
                        return classifier.withSentenceState(s, sentence);
                    }
                }
            }
            for (int i = before.size() - 1, seen = 0; i >= 0 && seen < inParagraph + 4; i--, seen++) {
                String s = before.get(i);
                for (String earlier : credited.all(s, QuotedSpans.mask(s))) {
                    // "the minister said" points further back, but "it" points to the body just named, whose name
                    // is often a description ("The press service said … It said …")
                    boolean itsBody = phrase.equalsIgnoreCase("it") && pointing.bareDescription(earlier);
                    if (PointingPhrase.pronoun(earlier) || pointing.bareDescription(earlier) && !itsBody
                            || otherBody(phrase, earlier)) {
                        continue;
                    }
                    Speaker candidate = classifier.classify(earlier, s, before.subList(0, i));
                    // a phrase headed by a person's name is one person, whatever plural his clause ends on ("X, who
                    // chairs the committee on social issues")
                    // and "he" or "she" is no plural of any words ("Flooded villages promised …" in a headline)
                    boolean plural = (roles.roleOf(earlier).isPresent() || phrase.matches("(?i)he|she"))
                            && earlier.matches("(?s).*\\b\\p{Ll}+s$") && !nameLike(earlier.split(",")[0].strip());
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
            // "X met us on Saturday. He had agreed to talk … “…,” he said": through sentences whose subject is the same
            // pronoun, back to the one that names him
            String described = "";
            int passed = 0;
            for (int i = before.size() - 1; i >= Math.max(0, before.size() - 3 - passed); i--) {
                String subject = subjects.of(before.get(i), !singular);
                if (!subject.isEmpty() && !described.isEmpty() && (!subject.contains(",")
                        || onlyTitle(subject.substring(subject.indexOf(',') + 1)) && !onlyTitle(described))) {
                    // "X was 26 then. Now she is a deputy governor. “…”": what she is now, unless the naming
                    // sentence itself said more of her than that she heads something ("has run the programme")
                    subject = subject.split(",")[0].strip() + ", " + described;
                }
                boolean passable = passed == 0 && i == before.size() - 1 && singular
                        && !QuotedSpans.hasQuote(before.get(i))
                        && credited.all(before.get(i), QuotedSpans.mask(before.get(i))).isEmpty();
                if (!subject.isEmpty() && passable && !subject.contains(" ")
                        && classifier.classify(subject, before.get(i), before.subList(0, i + 1)).kind()
                        == SpeakerKind.UNKNOWN) {
                    subject = "";  // "Tourists came back last year": a capitalised word, not someone named
                }
                if (!subject.isEmpty()) {
                    Speaker s = classifier.classify(subject, before.get(i), before.subList(0, i + 1));
                    if (s.kind() != SpeakerKind.UNKNOWN && (wanted.isEmpty() || sameKind(wanted.get(), s.kind()))) {
                        return classifier.withSentenceState(s, sentence);
                    }
                    if (s.kind() == SpeakerKind.UNKNOWN && s.name().contains(" ") && wanted.isEmpty() && singular) {
                        return s;  // "Galina X, a pensioner, stood in line. “…,” she said": named, of no office
                    }
                    break;
                }
                Matcher pronoun = SUBJECT_PRONOUN.matcher(QuotedSpans.mask(before.get(i)));
                if (!pronoun.find()) {
                    if (passable) {
                        // "X has run the programme for years. Last year's harvest fell short. “…,” she said": the
                        // outlet's sentence of background right before the quote is about no one who speaks, and
                        // "she" points past it
                        passed = 1;
                        continue;
                    }
                    break;
                }
                if (described.isEmpty()) {
                    // "Now, at 34, she is a deputy chair of the regional government": what the pronoun's own
                    // sentence says she is
                    described = IntroducingPredicate.description(QuotedSpans.mask(before.get(i))
                            .substring(pronoun.end())).filter(d -> describes(d) || !governments.statesIn(d).isEmpty())
                            .orElse("");
                }
            }
            if (wanted.isEmpty()) {
                return Speaker.UNKNOWN;
            }
        }
        return classifier.classify(phrase, sentence, before);
    }

    private static boolean sameKind(SpeakerRoles.Role role, SpeakerKind kind) {
        return switch (role) {
            case OFFICIAL -> kind.governmental();
            case ANALYST, ANALYST_PLACE -> kind == SpeakerKind.ANALYST;
            case MEDIA -> kind == SpeakerKind.MEDIA;
            case CIVIL, ANONYMOUS, NON_STATE -> kind == SpeakerKind.UNKNOWN;
            case TITLE -> kind != SpeakerKind.MEDIA;  // "the director": whoever leads a body, of whatever kind
        };
    }

    /** A description that says only that someone leads something ("head of the programme"), or nothing at all. */
    private boolean onlyTitle(String chunk) {
        return roles.roleOf(chunk).filter(r -> r != SpeakerRoles.Role.TITLE).isEmpty();
    }

    private boolean describes(String chunk) {
        return roles.roleOf(chunk).isPresent();
    }
}
