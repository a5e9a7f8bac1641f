package dev.positionsbot.answer.attribution;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words around a name where an article introduced it that say who he is: the title before it, an apposition or
 * an introducing predicate after it, a description set off before it, a Russian title in genitives, the delegation
 * he leads.
 */
final class MentionWindow {

    private final SpeakerRoles roles;

    MentionWindow(SpeakerRoles roles) {
        this.roles = roles;
    }

    /**
     * The words that describe a name where it was introduced: the title right before it ("… met his Kazakh
     * counterpart Murat X": capitalised and role words back to the first other word) and an apposition after it
     * (", an analyst at …"); not the rest of the sentence, whose "told reporters" says nothing of who X is.
     */
    String window(String s, int start, int end) {
        String[] head = QuotedSpans.mask(s).substring(0, start).split("\\s+");
        int taken = 0;
        boolean titled = false;
        for (int i = head.length - 1; i >= 0 && taken < 8; i--) {
            String w = head[i];
            String bare = w.replaceAll("^[\u201C\"(]+|[,.;:\u201D\")]+$", "");
            boolean glue = Set.of("of", "the", "for", "and", "to", "in", "at").contains(bare) && taken > 0;
            if (!bare.isEmpty() && !w.matches(".*[;:\u201D\"]$") && i > 0 && Character.isLowerCase(bare.charAt(0))
                    && roles.roleOf(bare).isEmpty() && roles.roleOf(head[i - 1] + " " + bare).isPresent()) {
                taken += 2;  // a role of two lower-case words: "a private news agency, X"
                i--;
                continue;
            }
            if (bare.isEmpty() || w.matches(".*[;:\u201D\"]$") || w.endsWith(",") && titled
                    || !(Character.isUpperCase(bare.charAt(0)) || roles.roleOf(bare).isPresent() || glue)) {
                // a comma before a whole title ends it: "… regions of Ukraine, Foreign Ministry spokesman X"
                // (unlike an apposition before a bare name: "the ambassador of Korea, Park X")
                break;
            }
            titled |= roles.roleOf(bare).isPresent();
            taken++;
        }
        if (taken <= 2 && s.substring(start, end).matches("\\p{IsCyrillic}+")) {
            taken = russianTitle(head, taken);
        }
        List<String> title = List.of(head).subList(head.length - taken, head.length);
        Matcher led = LED_BY.matcher(QuotedSpans.mask(s).substring(0, start));
        if (led.find()) {
            // "A Taliban delegation led by X, the deputy minister, …": he serves whom his delegation does
            String rest = mentionWindowAfter(s, start, end);
            return led.group(1) + " member, " + String.join(" ", title) + (title.isEmpty() ? "" : " ") + rest;
        }
        String setOff = describedBefore(s, start, head, end);
        if (!setOff.isEmpty()) {
            // "the akim of the region, Serik X, wants …": the description set off before the name is who he is
            return setOff + ", " + String.join(" ", title) + (title.isEmpty() ? "" : " ") + s.substring(start, end);
        }
        int to = end;
        if (to < s.length() && s.charAt(to) == ',' && !PresentDescription.DEED.matcher(s.substring(to)).find()) {
            int next = s.indexOf(',', to + 1);
            int stop = next < 0 ? s.length() : next;
            to = Math.min(s.length(), Math.min(stop, to + 120));
        } else if (to < s.length() && s.charAt(to) != ',') {
            Matcher rest = Pattern.compile("^\\s+(?:of|at|from)\\s+[^,;.]{2,80}").matcher(s.substring(to));
            if (rest.find()) {
                to += rest.end();  // "X of the Carnegie Endowment"
            } else {
                // "X was appointed chief executive of …": the predicate that introduces him says who he is
                Optional<String> described = IntroducingPredicate.description(QuotedSpans.mask(s).substring(to));
                if (described.isPresent()) {
                    return String.join(" ", title) + (title.isEmpty() ? "" : " ") + s.substring(start, to) + ", "
                            + described.get();
                }
            }
        }
        return String.join(" ", title) + (title.isEmpty() ? "" : " ") + s.substring(start, to);
    }

    /** A delegation and its leader: "a Taliban delegation led by", "the Chinese team headed by". */
    private static final Pattern LED_BY = Pattern.compile("(\\p{Lu}[\\p{L}'\u2019-]*\\s+(?:\\p{Ll}+\\s+)?(?:delegation"
            + "|team|mission))\\s+(?:led|headed)\\s+by\\s+(?:\\p{Lu}[\\p{L}'-]*\\s+){0,3}$");

    /** The name and its apposition up to the next comma: "X, the deputy minister". */
    private static String mentionWindowAfter(String s, int start, int end) {
        int to = end;
        if (to < s.length() && s.charAt(to) == ',') {
            int next = s.indexOf(',', to + 1);
            to = Math.min(s.length(), Math.min(next < 0 ? s.length() : next, to + 120));
        }
        return s.substring(start, to);
    }

    /**
     * The description right before a name set off by commas ("…, the akim of the region, Serik X, …"), when it says
     * who someone is (a role word); else "".
     */
    private String describedBefore(String s, int start, String[] head, int end) {
        if (end >= s.length() || s.charAt(end) != ',') {
            return "";
        }
        // the given names before the surname: capitalised words that are no role
        int names = 0;
        while (names < 3 && names < head.length) {
            String w = head[head.length - 1 - names];
            if (!w.matches("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)?") || roles.roleOf(w).isPresent()) {
                break;
            }
            names++;
        }
        String firstOfName = names == 0 ? s.substring(start, end) : head[head.length - names];
        int nameAt = names == 0 ? start : s.lastIndexOf(firstOfName, start);
        String before = nameAt < 0 ? "" : s.substring(0, nameAt).stripTrailing();
        if (!before.endsWith(",")) {
            return "";
        }
        String chunk = before.substring(0, before.length() - 1);
        int from = Math.max(chunk.lastIndexOf(','), Math.max(chunk.lastIndexOf(';'), chunk.lastIndexOf(':')));
        String description = chunk.substring(from + 1).strip();
        boolean described = !description.isEmpty() && description.split("\\s+").length <= 8
                && roles.roleOf(description).isPresent();
        return described ? description : "";
    }

    /**
     * How many words before a Russian name make its title: Russian titles run on in lower-case genitives ("министр
     * сельского хозяйства Кыргызстана X"), so the title reaches back, within the clause, to its first role word; without one
     * the capitalised words already taken stay the title.
     */
    private int russianTitle(String[] head, int taken) {
        int from = -1;
        for (int i = head.length - 1; i >= 0 && head.length - i <= 8; i--) {
            String w = head[i];
            if (w.isEmpty() || w.matches(".*[,.;:\u2014\u00BB\u201D\"]$") || !w.matches("[\\p{IsCyrillic}-]+")) {
                break;
            }
            if (roles.roleOf(w).isPresent()) {
                from = i;
            }
        }
        return from < 0 ? taken : Math.max(taken, head.length - from);
    }
}
