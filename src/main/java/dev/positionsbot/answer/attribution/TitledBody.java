package dev.positionsbot.answer.attribution;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body a bare title heads ("Chief executive X", "the chair, X", with no body of its own): the one the text just
 * before names as its subject, when that is a body of government ("X Holding, the state producer, said …"; a heading
 * "Committee on Y: sitting of …"). Of a private firm's head, or with no body before, nothing is said.
 */
final class TitledBody {

    /** A title with its article and a name, and nothing else: no "of", "at", "for" or possessive naming a body. */
    private static final Pattern BODY_OF_ITS_OWN = Pattern.compile("(?i)\\b(?:of|at|for|with|in|from)\\b|'s\\b|\u2019s\\b");
    /** The subject a sentence (or heading) opens with: up to a colon or to its verb. */
    private static final Pattern OPENING_SUBJECT = Pattern.compile("^\\s*([^;:\u201C\u201D\"\u00AB]{2,100}?)(?:\\s*:|,?\\s+"
            + "(?:said|says|reported|reports|announced|announces|kept|keeps|has|have|had|was|were|is|are|will|would"
            + "|\\p{Ll}+ed)\\b)");
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}'-]+");

    private TitledBody() {
    }

    /** The subject the text opens with, up to a colon or its verb ("The X Federation" of "The X Federation said …"). */
    static Optional<String> openingSubject(String text) {
        return subjectOfMasked(QuotedSpans.mask(text));
    }

    private static Optional<String> subjectOfMasked(String masked) {
        Matcher subject = OPENING_SUBJECT.matcher(masked);
        return subject.find() ? Optional.of(subject.group(1).strip()) : Optional.empty();
    }

    static Optional<Speaker> of(String phrase, List<String> before, SpeakerClassifier classifier) {
        String[] parts = phrase.split(",");
        if (BODY_OF_ITS_OWN.matcher(phrase).find() || parts.length > 2) {
            return Optional.empty();
        }
        String surname = "";
        Matcher c = CAPITALISED.matcher(phrase);
        while (c.find()) {
            surname = c.group();
        }
        for (int i = before.size() - 1; i >= Math.max(0, before.size() - 3); i--) {
            String text = QuotedSpans.mask(before.get(i));
            if (!surname.isEmpty() && text.contains(surname)) {
                continue;  // the sentence that names him is not the one that names his body
            }
            Optional<String> subject = subjectOfMasked(text);
            if (subject.isEmpty() || !BodyNouns.nameHeadIn(subject.get())) {
                return Optional.empty();
            }
            Speaker body = classifier.classify(subject.get(), before.get(i), before.subList(0, i));
            return body.kind().governmental() ? Optional.of(body) : Optional.empty();
        }
        return Optional.empty();
    }
}
