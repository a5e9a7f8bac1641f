package dev.positionsbot.answer.attribution;

import dev.positionsbot.answer.Lexicon;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How a credited phrase is shown as the speaker's name. */
final class ShownName {

    /** A relative clause about a person described before it: ", who asked not to be named", " who spoke …". */
    private static final Pattern RELATIVE_CLAUSE = Pattern.compile(",?\\s+who\\s.*$");

    private final GovernmentNames governments;
    private final SpeakerRoles roles = SpeakerRoles.bundled();

    ShownName(GovernmentNames governments) {
        this.governments = governments;
    }

    /**
     * The speaker as shown: "Kazakh Foreign Ministry spokesman Aibek Smadiyarov" reads as "Aibek Smadiyarov, Kazakh
     * Foreign Ministry spokesman" (the trailing capitalised words after a lower-case role word are the name); a speaker
     * without a name is shown by the description as written, article included, since "a Kremlin source" (one of
     * several, unnamed) is not "the Kremlin source"; and a relative clause after a description that already says who
     * the speaker is ("a diplomat who spoke on condition of anonymity") is left out, the shortest span that identifies
     * the speaker being what a reader needs. The kind is read from the whole phrase, clause included.
     */
    String of(String phrase) {
        String p = phrase.replaceFirst("^(?i)(the|a|an)\\s+", "");
        if (p.isBlank() || p.contains(",") || SpeakerClassifier.JOINT.matcher(p).find()) {
            return withoutRelativeClause(phrase);
        }
        String[] words = p.split("\\s+");
        int nameStart = words.length;
        while (nameStart > 0 && Character.isUpperCase(words[nameStart - 1].charAt(0))
                && roles.roleOf(words[nameStart - 1]).isEmpty()) {
            nameStart--;
        }
        Optional<SpeakerRoles.Role> before = nameStart == 0 ? Optional.empty() : roles.roleOf(words[nameStart - 1]);
        if (nameStart == words.length || before.isEmpty() || before.get() == SpeakerRoles.Role.ANONYMOUS
                || before.get() == SpeakerRoles.Role.CIVIL) {
            return withoutRelativeClause(phrase);  // "residents Osh" is no title before a name
        }
        if (BodyNouns.headsName(words[words.length - 1])) {
            // "the state energy company Turkmen Power Holding": a body's name, which no role goes after
            return withoutRelativeClause(phrase);
        }
        if (words[nameStart - 1].matches("(?iu)\\p{L}+(?:[^su]s|[ыи])")) {
            // "аналитики Example Capital": a plural role before a name belongs to the body named, no one person
            return withoutRelativeClause(phrase);
        }
        // "президент Туркменистана Сердар X": the state's name goes with the role, not with the person's name
        // and so does a town's: "пресс-служба акимата Шымкента" is a body, and no one is named after it
        while (nameStart < words.length && (!governments.statesIn(words[nameStart]).isEmpty()
                && governments.statesIn(words[nameStart]).stream().noneMatch(Lexicon.Name::person)
                || !Places.bundled().statesIn(words[nameStart]).isEmpty())) {
            nameStart++;
        }
        if (nameStart == words.length) {
            return withoutRelativeClause(phrase);
        }
        String name = String.join(" ", List.of(words).subList(nameStart, words.length));
        String role = String.join(" ", List.of(words).subList(0, nameStart));
        return name + ", " + role;
    }

    /** "a diplomat who spoke on condition of anonymity" shown as "a diplomat", when the head still says who it is. */
    String withoutRelativeClause(String phrase) {
        Matcher m = RELATIVE_CLAUSE.matcher(phrase);
        if (!m.find()) {
            return phrase;
        }
        String head = phrase.substring(0, m.start()).strip();
        boolean identifies = roles.roleOf(head).isPresent() || !governments.statesIn(head).isEmpty()
                || head.split("[\\s,]+").length >= 2 && PhraseShapes.nameLike(head.split(",")[0]);
        return identifies ? head : phrase;
    }
}
