package dev.positionsbot.answer.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The government an official of no named state serves, read from the text around him: the official the sentence
 * before describes, the one government the sentences before name other than as places, the one state the article
 * names.
 */
final class StatesAround {

    /**
     * A sentence opening with an official described but not named ("Washington's new envoy has made …"): the
     * subject up to its verb.
     */
    private static final Pattern DESCRIBED_SUBJECT = Pattern.compile("^\\s*(?:The\\s+)?([^,;:\u201C\u201D\"]{2,80}?)"
            + "\\s+(?:has|have|had|was|were|is|are|will|would)\\b");

    private final GovernmentNames governments;
    private final SpeakerRoles roles;

    StatesAround(GovernmentNames governments, SpeakerRoles roles) {
        this.governments = governments;
        this.roles = roles;
    }

    /**
     * A name after a preposition of place ("a press conference in Ankara", "the office in Geneva") says where, not
     * whose, unless a body's role follows it ("at the Turkish trade ministry").
     */
    private static final Pattern PLACE_NAME = Pattern.compile("\\b(?i:in|at|near|from|into|across|inside|outside)\\s+"
            + "(?i:the\\s+)?((?:\\p{Lu}[\\p{L}'\u2019.-]*\\s?)+)");

    /**
     * For an official of no government the text around him names: the one government, of any state or organisation,
     * the sentence before names other than as a place or another party ("at the Turkish trade ministry's weekly press
     * conference in Ankara. … the spokesman said"; "The General Assembly debated … . The envoy told delegates"),
     * else the one of the sentence before that.
     */
    String oneGovernmentBefore(List<String> before) {
        for (int i = before.size() - 1; i >= Math.max(0, before.size() - 2); i--) {
            StringBuilder text = new StringBuilder(governments.withoutCounterparts(QuotedSpans.mask(before.get(i))));
            Matcher place = PLACE_NAME.matcher(text.toString());
            while (place.find()) {
                String after = text.substring(place.end(1)).strip();
                String[] next = after.split("\\s+", 3);
                String following = next.length >= 2 ? next[0] + " " + next[1] : next[0];
                if (roles.roleOf(following).filter(r -> r == SpeakerRoles.Role.OFFICIAL).isPresent()) {
                    continue;  // "at the Turkish trade ministry's press conference": the body, not a place
                }
                for (int c = place.start(1); c < place.end(1); c++) {
                    text.setCharAt(c, ' ');
                }
            }
            List<String> named = governments.statesIn(text.toString()).stream().map(governments::governmentOf)
                    .distinct().toList();
            if (named.size() == 1) {
                return named.get(0);
            }
            if (named.size() > 1) {
                return "";
            }
        }
        return "";
    }

    /**
     * The one Central Asian state an article names anywhere before the sentence: its readers take an official the
     * article does not place ("the committee's chair") to be that state's; with two or more named, none is assumed.
     */
    String oneStateInArticle(List<String> before) {
        List<String> named = new ArrayList<>();
        for (String s : before) {
            governments.statesIn(governments.withoutCounterparts(QuotedSpans.mask(s))).stream()
                    .map(governments::governmentOf).filter(SpeakerFinder.STATES::contains).forEach(named::add);
        }
        List<String> distinct = named.stream().distinct().toList();
        return distinct.size() == 1 ? distinct.get(0) : "";
    }

    /**
     * "Washington's new envoy has made water her theme. As Assistant Secretary X put it, …": news describes an official
     * first and names her next, so a named official whose state is given nowhere else serves the one government of the
     * official the sentence before describes without a name.
     */
    String introducedBy(String phrase, List<String> before) {
        String[] words = phrase.strip().split("\\s+");
        boolean named = words.length >= 2 && Character.isUpperCase(words[words.length - 1].charAt(0))
                && Character.isUpperCase(words[words.length - 2].charAt(0));
        if (!named || before.isEmpty()) {
            return "";
        }
        Matcher m = DESCRIBED_SUBJECT.matcher(QuotedSpans.mask(before.get(before.size() - 1)));
        if (!m.find() || roles.roleOf(m.group(1)).filter(r -> r == SpeakerRoles.Role.OFFICIAL).isEmpty()) {
            return "";
        }
        String subject = m.group(1);
        List<String> governmentsNamed = governments.statesIn(subject).stream().map(governments::governmentOf).distinct()
                .toList();
        boolean unnamed = Arrays.stream(subject.split("\\s+")).skip(1).noneMatch(w -> Character.isUpperCase(w.charAt(0))
                && governments.statesIn(w).isEmpty());
        return governmentsNamed.size() == 1 && unnamed ? governmentsNamed.get(0) : "";
    }
}
