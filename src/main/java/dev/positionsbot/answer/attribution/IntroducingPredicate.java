package dev.positionsbot.answer.attribution;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a sentence that introduces a person says he is, when it says so in its predicate rather than in an apposition:
 * "X has been deputy governor of the central bank since 2022", "X was appointed chief executive of the state oil
 * company, the national operator, in January", "X is one of the few members of parliament who …", "X has run the
 * regional office of the water service for eleven years", "X has studied migration for years at the university".
 * Feature writing introduces people this way and names them
 * by pronoun afterwards, so the description is what a later "he said" or "A: …" is read with.
 */
final class IntroducingPredicate {

    private IntroducingPredicate() {
    }

    /** "is", "has been", "was appointed": the description follows. */
    private static final Pattern IDENTITY = Pattern.compile("^\\s*(?:is|was|has been|had been|became|has become"
            + "|remains|was appointed|has been appointed|was named|was elected|serves as|has served as|served as)"
            + "\\s+(?:now\\s+|also\\s+|still\\s+)?"
            + "((?!\\p{Ll}+(?:ing|ed)\\b)\\p{L}[\\p{L}'\u2019-]*\\s[^,;.:\u201C\"\u00AB]{2,100})"
            + "(,\\s+(?:an?|the)\\s[^,;.:\u201C\"\u00AB]{2,60})?");
    /** "heads", "has run", "chairs": he is the head of what follows. */
    private static final Pattern LEADS = Pattern.compile("^\\s*(?:has\\s+|had\\s+)?(?:heads|headed|runs|ran|run|chairs"
            + "|chaired|leads|led|directs|directed|manages|managed)\\s+([^,;.:\u201C\"\u00AB]{2,100})");
    /**
     * "has studied labour migration for two decades at the university", "teaches economics at …": someone who studies,
     * researches or teaches a subject at a place is a researcher there.
     */
    private static final Pattern STUDIES = Pattern.compile("^\\s*(?:has\\s+|had\\s+)?(?:studied|studies|researched"
            + "|researches|taught|teaches|lectured|lectures)\\s+[^,;.:\u201C\"\u00AB]{0,100}?\\bat\\s+"
            + "((?:the\\s+)?\\p{Lu}[^,;.:\u201C\"\u00AB]{2,100})");
    /** What the description runs on into that no longer says what he is: "for eleven years", "since 2022", "who …". */
    private static final Pattern TAIL = Pattern.compile("\\s+(?:for|since|until|in|from|who|which|that|when|and)\\s+"
            + "(?:\\p{Ll}+\\s+)?(?:\\d|years?|months?|decades?|January|February|March|April|May|June|July|August"
            + "|September|October|November|December|he|she|they|it|still|now|has|had|is|was)\\b.*$");

    /**
     * The description the predicate right after a name gives ("deputy governor of the central bank"; "head of the
     * regional office …" for "has run the regional office …"), read from {@code rest}, the text after the name.
     */
    static Optional<String> description(String rest) {
        Matcher leads = LEADS.matcher(rest);
        if (leads.find()) {
            return Optional.of("head of " + trimmed(leads.group(1)));
        }
        Matcher studies = STUDIES.matcher(rest);
        if (studies.find()) {
            return Optional.of("researcher at " + trimmed(studies.group(1)));
        }
        Matcher is = IDENTITY.matcher(rest);
        if (is.find()) {
            String apposition = is.group(2) == null ? "" : is.group(2);
            return Optional.of(trimmed(is.group(1)) + apposition);
        }
        return Optional.empty();
    }

    private static String trimmed(String description) {
        return TAIL.matcher(description).replaceFirst("").strip();
    }
}
