package dev.positionsbot.answer.attribution;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Speakers who speak for no state whatever their titles denote: someone speaking on behalf of a private party ("a
 * spokeswoman for the family") and the head of a body of civil society ("the chairman of the millers' association").
 */
final class PrivateParties {

    /** Someone who speaks on another's behalf, and whom: "a spokesman for the family", "lawyers for X". */
    private static final Pattern AGENT_FOR = Pattern.compile("(?i)^(?:(?:an?|the)\\s+)?(?:\\p{L}+\\s+)?(?:spokes(?:man"
            + "|woman|person|people|men|women)|lawyers?|attorneys?|representatives?)\\s+for\\s+(.+)$");
    /** The head of a body, and the body: "the chairman of the traders' association". */
    private static final Pattern HEAD_OF = Pattern.compile("(?i)\\b(?:chairman|chairwoman|chairperson|chair|president"
            + "|head|leader|director|secretary)\\s+of\\s+(.+)$");
    /** A family and its members: "the family", "the victims' relatives". */
    private static final Pattern KIN = Pattern.compile("(?i)\\b(?:famil(?:y|ies)|relatives|parents|widow|widower"
            + "|victims?)\\b");
    /** People who speak in the press for themselves, not for an outlet. */
    private static final Pattern PRESS_PERSON = Pattern.compile("(?i)\\b(?:journalists?|reporters?|correspondents?"
            + "|editors?|bloggers?)\\b");

    private final GovernmentNames governments;
    private final SpeakerRoles roles = SpeakerRoles.bundled();

    PrivateParties(GovernmentNames governments) {
        this.governments = governments;
    }

    /** Whether a described speaker speaks for a private party or heads a body of civil society. */
    boolean speaksFor(String phrase) {
        Matcher agent = AGENT_FOR.matcher(phrase.split(",")[0].strip());
        if (agent.matches() && privateParty(agent.group(1))) {
            // "a spokeswoman for the family", "lawyers for the journalist": they speak for the one they represent,
            // and a family or a private person is no government (nor is a journalist's lawyer the press)
            return true;
        }
        // "the chairman of the millers' association": the head of a body of civil society speaks for it, for no
        // state, whatever his title elsewhere denotes
        return Arrays.stream(phrase.split(",")).map(HEAD_OF::matcher).anyMatch(head -> head.find()
                && roles.roleOf(head.group(1)).filter(r -> r == SpeakerRoles.Role.CIVIL).isPresent());
    }

    /**
     * Whether the one represented is a private party: no government named, no office of one (nor one pointed back
     * to: "their ministry"), but a family, civil society, a group without a state, a commentator or a press person
     * (an institute, unlike its researcher, keeps its kind).
     */
    private boolean privateParty(String principal) {
        if (!governments.statesIn(principal).isEmpty() || PointedOwner.pointsBack(principal)) {
            return false;
        }
        Optional<SpeakerRoles.Role> r = roles.roleOf(principal);
        if (r.isEmpty()) {
            // a firm or a body the lexicon does not know may be a state's: only kin are surely private
            return KIN.matcher(principal).find();
        }
        return r.get() == SpeakerRoles.Role.CIVIL || r.get() == SpeakerRoles.Role.ANONYMOUS
                || r.get() == SpeakerRoles.Role.NON_STATE || r.get() == SpeakerRoles.Role.ANALYST
                || r.get() == SpeakerRoles.Role.MEDIA && PRESS_PERSON.matcher(principal).find();
    }
}
