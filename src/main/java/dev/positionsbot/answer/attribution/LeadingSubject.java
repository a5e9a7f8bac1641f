package dev.positionsbot.answer.attribution;

import static dev.positionsbot.answer.attribution.PhraseShapes.PREPOSITIONS;
import static dev.positionsbot.answer.attribution.PhraseShapes.stripArticle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subject a sentence opens with, read as someone a later pronoun or description may stand for: "Kazakh Foreign
 * Minister X", "X, a political scientist", "The country's finance minister, Aman X", a Russian title and full name;
 * or "" when the opening words name no one who can speak.
 */
final class LeadingSubject {

    private final GovernmentNames governments;
    private final SpeakerRoles roles = SpeakerRoles.bundled();

    LeadingSubject(GovernmentNames governments) {
        this.governments = governments;
    }

    /** Where the words of {@link #of} end in the stripped sentence. */
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
    String of(String sentence, boolean plural) {
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

    /** A description opening a sentence up to its first comma: "Kazakhstan's permanent representative", "The envoy". */
    private static final Pattern OPENING_DESCRIPTION = Pattern.compile("^((?:[Tt]he\\s+|\\p{Lu}\\p{L}*(?:'s|\u2019s)\\s+)"
            + "(?:[\\p{L}-]+\\s+){0,4}[\\p{L}-]+)(?=,)");
    /** A full name set off by commas right after a description: ", Aman Orazov,". */
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

    private boolean describes(String chunk) {
        return roles.roleOf(chunk).isPresent();
    }
}
