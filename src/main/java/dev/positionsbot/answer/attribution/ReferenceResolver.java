package dev.positionsbot.answer.attribution;

import static dev.positionsbot.answer.attribution.PhraseShapes.PREPOSITIONS;
import static dev.positionsbot.answer.attribution.PhraseShapes.nameLike;
import static dev.positionsbot.answer.attribution.PhraseShapes.stripArticle;

import dev.positionsbot.answer.Lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves a credited phrase that points elsewhere to the speaker it stands for: "who" to its antecedent, "its
 * statement" to whoever "its" is, and pronouns and bare descriptions ("he", "the minister") to a leader named earlier
 * in the sentence, a speaker credited in the sentences before, or the subject of the sentence before. Any other phrase
 * is classified as it stands.
 */
final class ReferenceResolver {

    private static final Pattern PRONOUN = Pattern.compile("(?i)(he|she|they|it|we|i|the latter|the former|"
            + "the official|the officials|the minister|the president|the spokesman|the spokeswoman|the analyst|"
            + "the expert|the diplomat|the ministry|the leader|the ambassador|the envoy|the professor|the scholar|"
            + "the commentator|the researcher|the \\d+-year-old|the lecturer|the economist|the fellow|"
            + "the statement|the document|the communique|the communiqué|the readout|the declaration)");

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

    ReferenceResolver(GovernmentNames governments, CreditedPhrases credited, SpeakerClassifier classifier) {
        this.governments = governments;
        this.credited = credited;
        this.classifier = classifier;
    }

    /** The speaker a credited phrase stands for, resolving pronouns and bare descriptions to an earlier speaker. */
    Speaker speakerOf(String phrase, String sentence, String masked, List<String> before, int inParagraph) {
        Speaker s = possessiveKept(phrase, resolved(phrase, sentence, masked, before, inParagraph));
        if (HEAD_OF_STATE.matcher(phrase.strip()).matches() && s.kind().governmental() && !s.state().isEmpty()) {
            // "Tokayev opens the session. “…,” the Kazakh president said": the leader the paragraph just named
            for (int i = before.size() - 1; i >= Math.max(0, before.size() - inParagraph); i--) {
                Optional<String> leader = leaderIn(QuotedSpans.mask(before.get(i)));
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
        if (POSSESSIVE.matcher(phrase).find() && isBareDescription(phrase) && s.kind().governmental()) {
            // "the ministry's press secretary" serves the ministry named before, but is its press secretary
            return new Speaker(phrase, s.kind(), s.state());
        }
        return s;
    }

    /** A printed interview's heading: "Interview: Deputy Minister X on the budget", "Q&A — X on …". */
    private static final Pattern INTERVIEW_HEADING = Pattern.compile("(?i:interview|q\\s*&\\s*a|in conversation)"
            + "\\s*[:\u2014\u2013-]\\s*(.{3,120}?)(?:\\s+on\\s+.+)?[.?!]?");
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
        Optional<String> body = bodyNamedEarlierInSentence(phrase, sentence, masked);
        if (body.isPresent()) {
            // "The Steppe Development Bank will lend …, according to a statement the bank released": the body the
            // sentence named, by the word its name is headed by
            return classifier.classify(body.get(), sentence, before);
        }
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
            return resolved(owner.group(1).equalsIgnoreCase("its") ? "it" : "they", sentence, masked, before,
                    inParagraph);
        }
        if (PRONOUN.matcher(phrase).matches() || isBareDescription(phrase)) {
            Optional<SpeakerRoles.Role> wanted = roles.roleOf(phrase);
            boolean singular = !phrase.equalsIgnoreCase("they") && !phrase.equalsIgnoreCase("we")
                    && !phrase.toLowerCase(Locale.ROOT).endsWith("s") && !phrase.matches("\\p{IsCyrillic}+[ыи]");
            if (wanted.isEmpty() || wanted.get() == SpeakerRoles.Role.OFFICIAL) {
                // "When Tokayev met reporters, he said …": a leader named earlier in the same sentence
                int at = masked.indexOf(phrase);
                Optional<String> leader = leaderIn(sentence.substring(0, Math.max(0, at)));
                if (leader.isPresent()) {
                    return classifier.classify(leader.get(), sentence, before);
                }
            }
            if (inParagraph > 0 && phrase.matches("(?i)he|she")) {
                // "Dina X, a nurse, queued on Tuesday. “…,” she said": a person named as the subject of the sentence
                // just before, in the same paragraph, is nearer than a speaker credited in an earlier one
                String last = before.get(before.size() - 1);
                String subject = leadingSubject(last, false);
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
                    boolean itsBody = phrase.equalsIgnoreCase("it") && isBareDescription(earlier);
                    if (PRONOUN.matcher(earlier).matches() || isBareDescription(earlier) && !itsBody
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
                String subject = leadingSubject(before.get(i), !singular);
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

    /**
     * The one a printed interview's answers ("A: …") belong to: the nearest speaker the article names before them,
     * credited ("X told the paper") or the subject of an introduction ("Deputy Minister X answered our questions");
     * the interview's own question and answer lines name no one. With no such speaker, the nearest person the article
     * introduced by full name as a sentence's subject answers, as someone of no office.
     */
    Speaker interviewee(List<String> before) {
        Speaker person = Speaker.UNKNOWN;
        for (int i = before.size() - 1; i >= 0; i--) {
            String s = before.get(i);
            Matcher heading = INTERVIEW_HEADING.matcher(s.strip());
            if (heading.matches()) {
                // "Interview: Deputy Minister X on the budget": the heading names who answers, with no verb
                Speaker headed = classifier.classify(heading.group(1).strip(), s, before.subList(0, i));
                if (headed.kind() != SpeakerKind.UNKNOWN && headed.kind() != SpeakerKind.MEDIA) {
                    return headed;
                }
            }
            Optional<String> label = SpeakerCues.transcriptLabel(s);
            if (label.isPresent() && (SpeakerCues.questionLabel(label.get()) || SpeakerCues.answerLabel(label.get()))) {
                continue;
            }
            for (String earlier : credited.all(s, QuotedSpans.mask(s))) {
                if (PRONOUN.matcher(earlier).matches() || isBareDescription(earlier)) {
                    continue;
                }
                Speaker candidate = classifier.classify(earlier, s, before.subList(0, i));
                if (candidate.kind() != SpeakerKind.UNKNOWN && candidate.kind() != SpeakerKind.MEDIA) {
                    return candidate;
                }
            }
            String subject = leadingSubject(s, false);
            if (!subject.isEmpty()) {
                Speaker candidate = classifier.classify(subject, s, before.subList(0, i));
                if (candidate.kind() != SpeakerKind.UNKNOWN && candidate.kind() != SpeakerKind.MEDIA) {
                    return candidate;
                }
                if (candidate.kind() == SpeakerKind.UNKNOWN && person.name().isEmpty()
                        && nameLike(subject.split(",")[0]) && subject.split(",")[0].strip().contains(" ")) {
                    person = candidate;  // "X has kept a pharmacy in Khujand for years. We put our questions to him …"
                }
            }
        }
        return person;
    }

    /** The noun phrase a text ends with, with its apposition: "the envoy, Kamal Noor" from "… by the envoy, Kamal Noor". */
    private String antecedent(String text) {
        String[] chunks = text.split(",");
        String last = stripToPhrase(chunks[chunks.length - 1]);
        String whole = chunks[chunks.length - 1].strip();
        if (!describes(last) && isPlace(last) && whole.length() > last.length()) {
            // "a diplomat in the capital X, who …": "who" is a person, not the town or state after his preposition;
            // the phrase that holds the person is the antecedent
            String head = stripToPhrase(whole.substring(0, whole.length() - last.length()).strip()
                    .replaceFirst("\\s+\\p{Ll}+$", ""));
            if (describes(head)) {
                return whole.substring(whole.indexOf(head));
            }
        }
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

    /** An adverbial of time or place set off by a comma before a capitalised subject: "On Monday morning, ". */
    private static final Pattern OPENING_ADVERBIAL = Pattern.compile("^\\s*(?:On|In|At|Last|Early|Late|Earlier|Later"
            + "|By|This|That|Before|After|Since|Until|Outside|Inside)\\s[^,;:\u201C\u201D\"]{1,40},\\s+(?=\\p{Lu})");

    /** The words a sentence opens with up to its first lower-case word that is not a role: "Kazakh Foreign Minister X". */
    private String leadingSubject(String sentence, boolean plural) {
        // "On a cold Monday morning, X stood at the gate": the subject follows the opening adverbial
        sentence = OPENING_ADVERBIAL.matcher(sentence).replaceFirst("");
        String[] words = QuotedSpans.mask(sentence).strip().split("\\s+");
        Optional<String> russian = russianTitledName(words);
        if (russian.isPresent()) {
            return russian.get();
        }
        Matcher description = OPENING_DESCRIPTION.matcher(QuotedSpans.mask(sentence).strip());
        if (description.find() && describes(description.group(1))) {
            Matcher named = NAME_APPOSITION.matcher(QuotedSpans.mask(sentence).strip().substring(description.end(1)));
            if (named.find()) {
                // "Kazakhstan's permanent representative, Aida X, addressed …": the lower-case words of the office
                // belong to the description the name follows
                return named.group(1) + ", " + stripArticle(description.group(1));
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            String bare = w.replaceAll("[,.;:]$", "");
            // "The Supreme Court of X": "of" before a capitalised word is part of the name
            boolean glue = (bare.equals("of") || bare.equals("and") && out.contains("of")) && !out.isEmpty()
                    && i + 1 < words.length && !words[i + 1].isEmpty() && Character.isUpperCase(words[i + 1].charAt(0));
            if (bare.isEmpty() || !(Character.isUpperCase(bare.charAt(0)) || roles.roleOf(bare).isPresent() || glue)) {
                break;
            }
            out.add(bare);
            if (!bare.equals(w)) {
                break;
            }
        }
        if (!out.isEmpty() && Set.of("His", "Her", "Their", "Its", "Our", "My").contains(out.get(0))) {
            return "";  // "His company, X, runs 40 trucks": what someone owns, not the one a pronoun stands for
        }
        String subject = String.join(" ", out);
        Matcher apposition = CreditedPhrases.APPOSITION_AFTER.matcher(QuotedSpans.mask(sentence).strip().substring(
                Math.min(sentence.strip().length(), subjectEnd(sentence, out))));
        Matcher named = NAME_APPOSITION.matcher(QuotedSpans.mask(sentence).strip().substring(
                Math.min(sentence.strip().length(), subjectEnd(sentence, out))));
        Matcher holds = CreditedPhrases.WHO_HOLDS.matcher(QuotedSpans.mask(sentence).strip().substring(
                Math.min(sentence.strip().length(), subjectEnd(sentence, out))));
        if (!out.isEmpty() && describes(subject) && holds.find()) {
            // "Ambassador X, who has represented Tajikistan in Astana since 2021, …": whom he serves
            return subject + ", " + holds.group(1).strip();
        }
        if (!out.isEmpty() && apposition.find() && describes(apposition.group(1))) {
            subject = subject + ", " + stripArticle(apposition.group(1).strip());  // "X, a political scientist, sees"
        } else if (!out.isEmpty() && describes(subject) && named.find()) {
            subject = named.group(1) + ", " + subject;  // "The country's finance minister, Aman X, rarely speaks"
        } else if (!plural && personName(out) && roles.roleOf(subject).isEmpty()
                && governments.statesIn(subject).isEmpty()) {
            // "X has been deputy governor of the central bank since 2022": the predicate says who he is; a name whose
            // sentence says nothing of the kind is still the one "he" stands for
            String rest = QuotedSpans.mask(sentence).strip().substring(Math.min(sentence.strip().length(),
                    subjectEnd(sentence, out)));
            String name = subject;
            return IntroducingPredicate.description(rest)
                    .filter(d -> describes(d) || !governments.statesIn(d).isEmpty())
                    .map(d -> name + ", " + d).orElse(name);
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

    private static final Pattern CYRILLIC_NAME_WORD = Pattern.compile("\\p{Lu}\\p{IsCyrillic}*\\p{Ll}(?:-\\p{Lu}?\\p{Ll}+)?");

    /**
     * A Russian sentence opening with a title and a full name: "Первый вице-министр финансов Асель X уточнила …".
     * Russian titles run on in lower-case genitives ("первый заместитель министра цифрового развития"), so the subject
     * is read from the opening title (a role word among its first three words) to the end of the first two capitalised
     * words in a row, the name.
     */
    private Optional<String> russianTitledName(String[] words) {
        if (words.length < 3 || !words[0].matches("\\p{IsCyrillic}[\\p{IsCyrillic}-]*")
                || roles.roleOf(String.join(" ", List.of(words).subList(0, Math.min(3, words.length)))).isEmpty()) {
            return Optional.empty();
        }
        for (int i = 1; i + 1 < words.length && i < 12; i++) {
            if (words[i].matches(".*[,.;:\u2014]$")) {
                return Optional.empty();
            }
            if (CYRILLIC_NAME_WORD.matcher(words[i]).matches() && governments.statesIn(words[i]).isEmpty()
                    && CYRILLIC_NAME_WORD.matcher(words[i + 1].replaceAll("[,.;:]$", "")).matches()) {
                return Optional.of(String.join(" ", List.of(words).subList(0, i + 2)).replaceAll("[,.;:]$", ""));
            }
        }
        return Optional.empty();
    }

    /** Words that open a sentence in capitals without being a name ("Last Tuesday", "In Osh"). */
    private static final Set<String> NOT_NAMES = Set.of("he", "she", "they", "we", "it", "you", "the", "a", "an",
            "this", "that", "these", "those", "last",
            "next", "every", "each", "some", "many", "most", "our", "their", "his", "her", "its", "when", "while",
            "then", "now", "later", "earlier", "yesterday", "today", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "mr", "ms", "mrs", "dr");

    /** A full name set off by commas right after a description: ", Aman Orazov,". */
    /** A description opening a sentence up to its first comma: "Kazakhstan's permanent representative", "The envoy". */
    private static final Pattern OPENING_DESCRIPTION = Pattern.compile("^((?:[Tt]he\\s+|\\p{Lu}\\p{L}*(?:'s|\u2019s)\\s+)"
            + "(?:[\\p{L}-]+\\s+){0,4}[\\p{L}-]+)(?=,)");
    private static final Pattern NAME_APPOSITION = Pattern.compile("^,\\s*(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)?"
            + "(?:\\s+\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)?){1,2}),");

    /**
     * A person's name as a sentence opens with it: up to four capitalised words, none a place or a state. A single
     * word counts only if the article introduced it (see the caller).
     */
    private boolean personName(List<String> words) {
        if (words.isEmpty() || words.size() > 4) {
            return false;
        }
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (!w.matches("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)?") || NOT_NAMES.contains(lower)
                    || PREPOSITIONS.contains(lower)) {
                return false;
            }
        }
        String joined = String.join(" ", words);
        return governments.statesIn(joined).isEmpty() && Places.bundled().statesIn(joined).isEmpty();
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
            case CIVIL, ANONYMOUS, NON_STATE -> kind == SpeakerKind.UNKNOWN;
            case TITLE -> kind != SpeakerKind.MEDIA;  // "the director": whoever leads a body, of whatever kind
        };
    }

    /** "the official", "the 69-year-old": a description without a name or a state of its own. */
    private boolean isBareDescription(String phrase) {
        String l = phrase.toLowerCase(Locale.ROOT);
        // Russian has no article: a lone lower-case role word ("добавил дипломат") points back as "the diplomat" does
        boolean russian = phrase.matches("\\p{IsCyrillic}+") && Character.isLowerCase(phrase.charAt(0));
        return (l.startsWith("the ") && phrase.substring(4).chars().noneMatch(Character::isUpperCase)
                && l.split("\\s+").length <= 4 || russian) && governments.statesIn(phrase).isEmpty()
                && roles.roleOf(phrase).isPresent();
    }

    private static final Pattern THE_NOUN = Pattern.compile("(?:the|The)\\s+(\\p{Ll}{3,})");

    /**
     * The full name, earlier in the same sentence, of the body "the bank" or "the agency" stands for: a capitalised
     * name of two words or more holding the noun capitalised ("the European Bank for Reconstruction and
     * Development").
     */
    private static Optional<String> bodyNamedEarlierInSentence(String phrase, String sentence, String masked) {
        Matcher the = THE_NOUN.matcher(phrase.strip());
        if (!the.matches()) {
            return Optional.empty();
        }
        int at = masked.indexOf(phrase.strip());
        if (at <= 0) {
            return Optional.empty();
        }
        String noun = the.group(1);
        Pattern name = Pattern.compile("(?:(?:The|the)\\s+)?(?:\\p{Lu}[\\p{L}-]*\\s+)*"
                + Pattern.quote(Character.toUpperCase(noun.charAt(0)) + noun.substring(1))
                + "(?:\\s+(?:(?:for|of|and|the|on)\\s+)*\\p{Lu}[\\p{L}-]*)*");
        Matcher m = name.matcher(masked.substring(0, at));
        String found = "";
        while (m.find()) {
            found = sentence.substring(m.start(), m.end());
        }
        String bare = found.replaceFirst("^(?:The|the)\\s+", "");
        return bare.split("\\s+").length >= 2 ? Optional.of(found) : Optional.empty();
    }

    /** A capitalised name of a government, a capital or a town of the region ("Tashkent"): a where, never a who. */
    private boolean isPlace(String phrase) {
        List<Lexicon.Name> named = governments.statesIn(phrase);
        return PhraseShapes.nameLike(phrase) && (!named.isEmpty() && named.stream().noneMatch(Lexicon.Name::person)
                || !Places.bundled().statesIn(phrase).isEmpty());
    }

    /** A description that says only that someone leads something ("head of the programme"), or nothing at all. */
    private boolean onlyTitle(String chunk) {
        return roles.roleOf(chunk).filter(r -> r != SpeakerRoles.Role.TITLE).isEmpty();
    }

    private boolean describes(String chunk) {
        return roles.roleOf(chunk).isPresent();
    }
}
