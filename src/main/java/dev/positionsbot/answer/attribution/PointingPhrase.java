package dev.positionsbot.answer.attribution;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A credited phrase that stands for a speaker named elsewhere instead of naming one: a pronoun ("he", "the latter",
 * "the 69-year-old") or a bare description ("the official", "добавил дипломат").
 */
final class PointingPhrase {

    /** Pronouns, and descriptions that point back by their article alone. */
    private static final Pattern PRONOUN = Pattern.compile("(?i)(he|she|they|it|we|i|the latter|the former|"
            + "the official|the officials|the minister|the president|the spokesman|the spokeswoman|the analyst|"
            + "the expert|the diplomat|the ministry|the leader|the ambassador|the envoy|the professor|the scholar|"
            + "the commentator|the researcher|the \\d+-year-old|the lecturer|the economist|the fellow|"
            + "the statement|the document|the communique|the communiqué|the readout|the declaration)");

    private final GovernmentNames governments;
    private final SpeakerRoles roles = SpeakerRoles.bundled();

    PointingPhrase(GovernmentNames governments) {
        this.governments = governments;
    }

    /** Whether the phrase is one of the pronouns and set descriptions that point back ("she", "the minister"). */
    static boolean pronoun(String phrase) {
        return PRONOUN.matcher(phrase).matches();
    }

    /** "the official", "the 69-year-old": a description without a name or a state of its own. */
    boolean bareDescription(String phrase) {
        String l = phrase.toLowerCase(Locale.ROOT);
        // Russian has no article: a lone lower-case role word ("добавил дипломат") points back as "the diplomat" does
        boolean russian = phrase.matches("\\p{IsCyrillic}+") && Character.isLowerCase(phrase.charAt(0));
        return (l.startsWith("the ") && phrase.substring(4).chars().noneMatch(Character::isUpperCase)
                && l.split("\\s+").length <= 4 || russian) && governments.statesIn(phrase).isEmpty()
                && roles.roleOf(phrase).isPresent();
    }
}
