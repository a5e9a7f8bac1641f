package dev.positionsbot.answer.attribution;

import dev.positionsbot.answer.Lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The owner of a role that a phrase names only by pointing back ("its chair", "a spokesman for their defence
 * ministry", "a diplomat at the country's UN mission"): the government named just before, or, for "its" and "their"
 * after a body of civil society or research, that body's role.
 */
final class PointedOwner {

    /** A body a role belongs to that the phrase names only by pointing back: "its", "their", "the mission's". */
    private static final Pattern POINTS_BACK = Pattern.compile("(?i)\\b(?:its|their|(?:the\\s+)?(?:mission"
            + "|organi[sz]ation|union|bloc|alliance|body|agency|movement|council|commission|bank|fund|government"
            + "|authorities)(?:\u2019s|'s))\\s");
    /** "its", "their" opening a phrase or a chunk of it. */
    private static final Pattern ITS = Pattern.compile("(?i)(?:^|,)\\s*(?:its|their)\\s");
    /** "the country's", "the republic's": a state pointed back to. */
    private static final Pattern THE_COUNTRYS = Pattern.compile("(?i)\\bthe\\s+(?:country|nation|republic)(?:\u2019s|'s)\\s");

    private final GovernmentNames governments;
    private final SpeakerRoles roles = SpeakerRoles.bundled();

    PointedOwner(GovernmentNames governments) {
        this.governments = governments;
    }

    /**
     * The government a role pointed back to belongs to ({@link #POINTS_BACK}): the last one the sentence names before
     * the pointing word, else the last the sentence before names ("The Taliban denied it. A spokesman for their
     * defence ministry wrote …").
     */
    Optional<String> owner(String phrase, String sentence, List<String> before) {
        Matcher back = POINTS_BACK.matcher(phrase);
        if (!back.find()) {
            return Optional.empty();
        }
        return owner(phrase, sentence, before, back.group());
    }

    /**
     * The role of a body "its" or "their" points back to, when that body, the subject of the sentence before, is no
     * government's (civil society, a research place).
     */
    Optional<SpeakerRoles.Role> pointedBody(String phrase, List<String> before) {
        if (!ITS.matcher(phrase).find() || before.isEmpty()) {
            return Optional.empty();
        }
        return TitledBody.openingSubject(before.get(before.size() - 1)).flatMap(roles::roleOf)
                .filter(r -> r == SpeakerRoles.Role.CIVIL || r == SpeakerRoles.Role.ANALYST_PLACE
                        || r == SpeakerRoles.Role.ANALYST);
    }

    private Optional<String> owner(String phrase, String sentence, List<String> before, String pointing) {
        String masked = QuotedSpans.mask(sentence);
        int at = masked.indexOf(pointing);
        List<String> texts = new ArrayList<>();
        texts.add(at < 0 ? "" : masked.substring(0, at));
        if (!before.isEmpty()) {
            texts.add(QuotedSpans.mask(before.get(before.size() - 1)));
        }
        for (String text : texts) {
            List<Lexicon.Name> named = governments.statesIn(governments.withoutCounterparts(text));
            if (!named.isEmpty()) {
                return Optional.of(governments.governmentOf(named.get(named.size() - 1)));
            }
        }
        return Optional.empty();
    }

    /**
     * "a diplomat at the country's UN mission": the country is the state named before, and its mission speaks for it,
     * not for the organisation it is accredited to; the phrase with that state's name in place of "the country's".
     */
    String withCountryNamed(String phrase, String sentence, List<String> before) {
        Matcher country = THE_COUNTRYS.matcher(phrase);
        if (country.find()) {
            Optional<String> owner = owner(phrase, sentence, before, country.group());
            if (owner.isPresent()) {
                return phrase.substring(0, country.start()) + owner.get() + "'s " + phrase.substring(country.end());
            }
        }
        return phrase;
    }

    /** Whether a phrase points back to a body or a state ("their ministry", "the country's") instead of naming it. */
    static boolean pointsBack(String phrase) {
        return POINTS_BACK.matcher(phrase + " ").find() || THE_COUNTRYS.matcher(phrase + " ").find();
    }
}
