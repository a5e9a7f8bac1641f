package dev.positionsbot.answer.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The noun phrase at the start or the end of a clause that names someone: capitalised or role words ("The Leader of
 * the Nation", "economist X") that name a state, a leader or a role.
 */
final class NounPhraseEdges {

    private final GovernmentNames governments;
    private final SpeakerRoles roles = SpeakerRoles.bundled();

    NounPhraseEdges(GovernmentNames governments) {
        this.governments = governments;
    }

    /** The capitalised or role words a clause opens with, "of the" between them: "The Leader of the Nation". */
    String atStart(String clause) {
        String[] words = clause.strip().split("\\s+");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean glue = Set.of("of", "the").contains(w) && i + 1 < words.length && !out.isEmpty()
                    && (Character.isUpperCase(words[i + 1].charAt(0)) || words[i + 1].equals("the"));
            if (w.isEmpty() || !(Character.isUpperCase(w.charAt(0)) || roles.roleOf(w).isPresent() || glue)) {
                break;
            }
            out.add(w);
        }
        String phrase = String.join(" ", out);
        return roles.roleOf(phrase).isPresent() || !governments.statesIn(phrase).isEmpty() ? phrase : "";
    }

    /** The trailing capitalised or role words of a phrase, when they name a state, a leader or a role. */
    String atEnd(String phrase) {
        String[] words = phrase.strip().split("\\s+");
        int from = words.length;
        // a title word joins the name ("economist X"); the medium of the opening phrase does not ("a weekly X")
        while (from > 0 && !words[from - 1].isEmpty() && (Character.isUpperCase(words[from - 1].charAt(0))
                || roles.roleOf(words[from - 1]).filter(r -> r != SpeakerRoles.Role.MEDIA).isPresent())) {
            from--;
        }
        if (from == 0 || from == words.length) {
            return "";
        }
        String tail = String.join(" ", List.of(words).subList(from, words.length));
        return roles.roleOf(tail).isPresent() || !governments.statesIn(tail).isEmpty() ? tail : "";
    }
}
