package dev.positionsbot.answer.attribution;

import dev.positionsbot.answer.Lexicon;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Centres and institutes an international organisation names as its own ("the UN Regional Centre for …"): offices of
 * that organisation, not places of research.
 */
final class OrganisationOffices {

    /** International organisations (canonical names): a body named after one is its office. */
    private static final Set<String> INTERNATIONAL = Set.of("United Nations", "European Union", "OSCE", "CSTO", "SCO",
            "EAEU", "CIS", "IMF", "World Bank", "EBRD", "NATO", "Council of Europe", "OPEC", "WTO");
    /** A capitalised body whose name ends in a word the lexicon takes for a place of research: "the X Regional Centre". */
    private static final Pattern BODY_NAME = Pattern.compile("\\b((?:\\p{Lu}[\\p{L}.-]*\\s+){1,4})(?:Centre|Center"
            + "|Institute|Academy|College|Office)\\b");

    private final GovernmentNames governments;

    OrganisationOffices(GovernmentNames governments) {
        this.governments = governments;
    }

    /** The international organisation whose name opens a capitalised body's name in the phrase, if any. */
    Optional<String> bodyNamedIn(String phrase) {
        Matcher body = BODY_NAME.matcher(phrase);
        while (body.find()) {
            List<Lexicon.Name> named = governments.statesIn(body.group(1));
            if (!named.isEmpty() && INTERNATIONAL.contains(governments.governmentOf(named.get(0)))) {
                return Optional.of(governments.governmentOf(named.get(0)));
            }
        }
        return Optional.empty();
    }
}
