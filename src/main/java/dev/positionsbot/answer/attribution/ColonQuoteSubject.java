package dev.positionsbot.answer.attribution;

import static dev.positionsbot.answer.attribution.PhraseShapes.nameLike;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The subject of a clause that introduces a quote with a colon ("The minister was blunt: “…”"). */
final class ColonQuoteSubject {

    /**
     * "The minister was blunt: “We will not …”": a quote introduced by a colon is the words of the clause's subject.
     * The subject ends where its predicate begins: a copula or auxiliary, a speech or light verb, or a past-tense
     * verb. Whether the subject is a speaker at all is left to the classifier ("The slogan was simple: “…”" names
     * no one).
     */
    private static final Pattern COLON_QUOTE = Pattern.compile(":\\s*[\u201C\"\u00AB]");
    private static final Set<String> PREDICATE_OPENERS = Set.of("was", "were", "is", "are", "has", "had", "have",
            "put", "kept", "keeps", "gave", "gives", "made", "makes", "did", "does", "took", "takes", "summed", "sums",
            "went", "said", "says", "told", "wrote", "writes", "replied", "answered", "added", "sounded", "struck",
            "left", "offered", "spelled", "spelt", "set", "sets", "would", "will", "could", "stated");
    /** Words for what someone said, whose "of"/"from" phrase names the speaker ("the answer from the ministry"). */
    private static final Pattern UTTERANCE = Pattern.compile("(?i)^(?:(?:a|an|the)\\s+)?(?:\\p{L}+\\s+)?(?:answer"
            + "|reply|response|reaction|message|verdict|statement|position|view|assessment|comment|line)\\s+(?:of|from)\\s");

    private final GovernmentNames governments;
    private final SpeakerRoles roles = SpeakerRoles.bundled();

    ColonQuoteSubject(GovernmentNames governments) {
        this.governments = governments;
    }

    /**
     * The subject of a clause that introduces a quote with a colon, as written, if the sentence has one and it names
     * someone.
     */
    Optional<String> of(String sentence, String masked) {
        return subject(sentence, masked).filter(this::someone);
    }

    private static Optional<String> subject(String sentence, String masked) {
        Matcher colon = COLON_QUOTE.matcher(sentence);
        if (!colon.find() || TranscriptLabels.opensWithLabel(sentence)) {
            return Optional.empty();
        }
        String clause = masked.substring(0, colon.start());
        int boundary = Math.max(clause.lastIndexOf(';'), Math.max(clause.lastIndexOf('\u2014'),
                Math.max(clause.lastIndexOf('\u201D'), clause.lastIndexOf('\u00BB'))));
        String text = sentence.substring(boundary + 1, colon.start()).strip();
        // an opening adverbial ("On Monday, the minister was blunt") is not part of the subject
        int comma = text.indexOf(',');
        String first = text.isEmpty() ? "" : text.split("\\s+")[0].toLowerCase(Locale.ROOT);
        if (comma > 0 && (PhraseShapes.PREPOSITIONS.contains(first) || first.matches("(?:19|20)\\d\\d")
                || first.endsWith("ing"))) {
            text = text.substring(comma + 1).strip();  // "Addressing parliament on Monday, the president set …"
        } else if (comma < 0 && PhraseShapes.PREPOSITIONS.contains(first)) {
            // "On the media law he did not hesitate: “…”": an opening adverbial without its comma ends where a
            // pronoun subject begins
            Matcher pronoun = Pattern.compile("\\s(he|she|they|we)\\s").matcher(text);
            if (pronoun.find()) {
                text = text.substring(pronoun.start(1)).strip();
            }
        }
        List<String> subject = new ArrayList<>();
        for (String w : text.split("\\s+")) {
            String bare = w.replaceAll("[,.;]+$", "");
            String lower = bare.toLowerCase(Locale.ROOT);
            if (!subject.isEmpty() && (PREDICATE_OPENERS.contains(lower)
                    || Character.isLowerCase(bare.isEmpty() ? 'A' : bare.charAt(0)) && lower.endsWith("ed"))) {
                break;
            }
            subject.add(w);
            if (w.endsWith(",") && subject.size() > 1 && !PhraseShapes.nameLike(String.join(" ", subject))) {
                break;  // "the minister, asked about …, was blunt": the apposition is not the subject
            }
        }
        String out = PhraseShapes.tidy(String.join(" ", subject));
        return out.isEmpty() || subject.size() > 12 ? Optional.empty() : Optional.of(out);
    }

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
}
