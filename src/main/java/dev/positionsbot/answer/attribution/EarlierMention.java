package dev.positionsbot.answer.attribution;

import dev.positionsbot.answer.Lexicon;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A surname introduced earlier in the article with its role ("Aibek Smadiyarov, a Foreign Ministry official"): when
 * it speaks again, it keeps that role.
 */
final class EarlierMention {

    private final GovernmentNames governments;
    private final SpeakerRoles roles = SpeakerRoles.bundled();
    private final MentionWindow mentions = new MentionWindow(roles);
    /** The state whose press the article is (see {@link SpeakerFinder#inOutlet}), or "". */
    private final String home;

    EarlierMention(GovernmentNames governments, String home) {
        this.governments = governments;
        this.home = home;
    }

    /** A name introduced earlier in the article with its role ("Aibek Smadiyarov, a Foreign Ministry official"). */
    Optional<Speaker> of(String phrase, List<String> before) {
        String[] words = phrase.replaceAll("[^\\p{L}\\s'-]", " ").strip().split("\\s+");
        String surname = words[words.length - 1];
        if (surname.length() < 3 || !Character.isUpperCase(surname.charAt(0))) {
            return Optional.empty();
        }
        Pattern p = Pattern.compile("\\b" + Pattern.quote(surname) + "\\b");
        for (String s : before) {
            Matcher m = p.matcher(s);
            if (!m.find()) {
                continue;
            }
            String window = mentions.window(s, m.start(), m.end());
            Optional<SpeakerRoles.Role> role = roles.roleOf(window);
            if (role.isEmpty() || role.get() == SpeakerRoles.Role.ANONYMOUS) {
                continue;
            }
            List<Lexicon.Name> names = governments.statesIn(window);
            if (role.get() == SpeakerRoles.Role.TITLE && names.isEmpty()) {
                continue;  // "X, director of a company": a title of no government
            }
            String state = names.isEmpty() ? governments.onlyStateNamed(s) : governments.governmentOf(names.get(0));
            // "Bekov" again is shown as the article introduced him: "Daniyar Bekov"
            String shown = words.length == 1 ? givenNames(s, m.start()) + phrase : phrase;
            return Optional.of(switch (role.get()) {
                case ANALYST, ANALYST_PLACE -> new Speaker(shown, SpeakerKind.ANALYST, "");
                case MEDIA -> new Speaker(shown, SpeakerKind.MEDIA, "");
                case CIVIL, NON_STATE -> new Speaker(shown, SpeakerKind.UNKNOWN, "");
                default -> SpeakerClassifier.official(shown, state.isEmpty() ? home : state);
            });
        }
        return Optional.empty();
    }

    /** The capitalised given names right before a surname at {@code at} ("Daniyar " before "Bekov"), or "". */
    private String givenNames(String s, int at) {
        String[] head = s.substring(0, at).split("\\s+");
        int from = head.length;
        while (from > 0 && head.length - from < 2 && head[from - 1].matches("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)?")
                && roles.roleOf(head[from - 1]).isEmpty() && governments.statesIn(head[from - 1]).isEmpty()
                && !Set.of("The", "A", "An", "Mr", "Ms", "Mrs", "Dr").contains(head[from - 1])) {
            from--;
        }
        return from == head.length ? "" : String.join(" ", List.of(head).subList(from, head.length)) + " ";
    }
}
