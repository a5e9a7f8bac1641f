package dev.positionsbot.answer.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a credited phrase says its speaker is now: the current office rather than a former one, without what he lacks
 * ("without any party post") and without a relative clause telling what he once did (", who fled …").
 */
final class PresentDescription {

    /**
     * ", who returned from Brussels on Monday": a relative clause telling what someone did once (a verb in the past),
     * not who he is (", who teaches at …", ", who headed the ministry …"); the places it names are not his government.
     */
    static final Pattern DEED = Pattern.compile("^,\\s*who\\s+(?!(?:headed|chaired|served|represented|founded"
            + "|directed|managed|governed|ruled|worked)\\b)(?:\\p{Ll}+ed|fled|left|met|came|went|flew|spoke|told|said|won"
            + "|lost|took|gave|fought|sought|brought|began)\\b");
    /** What someone lacks ("without any party post"), which does not describe him. */
    private static final Pattern WITHOUT = Pattern.compile("(?i)\\s+(?:without|with no|lacking)\\b[^,;]*");
    /** "who now heads …", "who currently runs …": the clause that gives the speaker's present role. */
    private static final Pattern NOW = Pattern.compile("(?i)\\bwho\\s+(?:now|currently)\\s+");
    /** "… and a former minister": a second description, of a past office, joined to the first. */
    private static final Pattern AND_FORMER = Pattern.compile("(?i)\\s+and\\s+(?=(?:(?:a|an|the)\\s+)?(?:former|ex-))");
    /** An apposition about a past office: "a former minister", "ex-envoy". */
    private static final Pattern FORMER = Pattern.compile("(?i)^(?:(?:a|an|the)\\s+)?(?:former|ex-)");

    private final GovernmentNames governments;
    private final SpeakerRoles roles = SpeakerRoles.bundled();

    PresentDescription(GovernmentNames governments) {
        this.governments = governments;
    }

    /** The phrase as it describes its speaker now. */
    String of(String written) {
        return withoutDeed(WITHOUT.matcher(currentDescription(written)).replaceAll(""));
    }

    /**
     * The description that says what someone is now: "X, who now heads an institute" is what he heads, and of "X, the
     * SCO's secretary general, a former Kazakh minister" the current office counts. A former office alone still says
     * whose official he was ("former Kyrgyz prime minister X").
     */
    private String currentDescription(String phrase) {
        Matcher now = NOW.matcher(phrase);
        if (now.find()) {
            int comma = phrase.indexOf(',');
            String head = comma > 0 && comma < now.start() ? phrase.substring(0, comma) + ", " : "";
            if (FORMER.matcher(head.strip()).find()) {
                head = "";  // "Former minister X, who now runs an institute": the past title before his name goes too
            }
            return head + phrase.substring(now.end());
        }
        // "the CSTO secretary general and a former Kazakh defence minister": the two offices joined by "and" are read
        // as two descriptions, the former one dropped as after a comma
        String[] chunks = AND_FORMER.matcher(phrase).replaceAll(",").split(",");
        List<String> current = new ArrayList<>();
        for (String c : chunks) {
            if (!FORMER.matcher(c.strip()).find()) {
                current.add(c);
            }
        }
        boolean described = current.stream().anyMatch(c -> roles.roleOf(c).isPresent()
                || !governments.statesIn(c).isEmpty());
        return current.size() == chunks.length || !described ? phrase : String.join(",", current);
    }

    /**
     * "Two officials, who asked not to be named because they may not speak to the media": a relative clause telling
     * what someone did once says nothing of what he is when the words before it already do (the media he spoke to
     * are not his outlet, the town he left not his government).
     */
    private String withoutDeed(String phrase) {
        int at = phrase.indexOf(',');
        while (at > 0) {
            if (DEED.matcher(phrase.substring(at)).find()) {
                String head = phrase.substring(0, at).strip();
                return roles.roleOf(head).isPresent() ? head : phrase;
            }
            at = phrase.indexOf(',', at + 1);
        }
        return phrase;
    }
}
