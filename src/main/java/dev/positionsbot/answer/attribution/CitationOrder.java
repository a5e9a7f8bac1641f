package dev.positionsbot.answer.attribution;

import dev.positionsbot.answer.Citation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts an answer's statements oldest first: citations are renumbered by statement date (undated ones last, in their
 * old order), every {@code [n]} marker of the text is renumbered to match, and when the text is one cited statement
 * after another (each ending in its own single marker) the statements themselves are moved into date order.
 */
public final class CitationOrder {

    private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");
    /** A statement: text up to and including its run of markers, and the space after it. */
    private static final Pattern UNIT = Pattern.compile("(?s)(.*?)((?:\\s*\\[\\d+])+)([ \\t]*)");

    /** The reordered answer text and citations. */
    public record Ordered(String text, List<Citation> citations) {
    }

    public Ordered oldestFirst(String text, List<Citation> citations) {
        return oldestFirst(text, citations, Set.of());
    }

    /**
     * The same, with the statements of the asked governments' own officials first (oldest first among them), then
     * the rest (oldest first): a reader who asks what a state said expects its own words before the outlet's
     * background, an analyst's reading or another government's reaction.
     */
    public Ordered oldestFirst(String text, List<Citation> citations, Set<String> askedGovernments) {
        List<Citation> sorted = new ArrayList<>(citations);
        sorted.sort(Comparator.comparing((Citation c) -> !spokenBy(c, askedGovernments))
                .thenComparing((Citation c) -> c.statementDate().isEmpty())
                .thenComparing(Citation::statementDate).thenComparingInt(Citation::n));
        Map<Integer, Integer> newNumber = new HashMap<>();
        List<Citation> renumbered = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            newNumber.put(sorted.get(i).n(), i + 1);
            renumbered.add(sorted.get(i).withNumber(i + 1));
        }
        String reordered = reorderStatements(text, citations, newNumber);
        return new Ordered(renumber(reordered, newNumber), renumbered);
    }

    private static boolean spokenBy(Citation c, Set<String> governments) {
        return !c.state().isEmpty() && governments.contains(c.state()) && !c.speakerKind().isEmpty()
                && SpeakerKind.fromJson(c.speakerKind()).governmental();
    }

    private static String renumber(String text, Map<Integer, Integer> newNumber) {
        Matcher m = MARKER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Integer n = newNumber.get(Integer.parseInt(m.group(1)));
            m.appendReplacement(out, Matcher.quoteReplacement(n == null ? m.group() : "[" + n + "]"));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Moves the statements into the new order when the text is a plain run of them: one marker each, each citation
     * once, no line break between them. Anything before the first statement's quote and after the last marker stays
     * where it is. Other texts keep their order; only their numbers change.
     */
    private static String reorderStatements(String text, List<Citation> citations, Map<Integer, Integer> newNumber) {
        Matcher m = UNIT.matcher(text);
        List<String> units = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        int end = 0;
        while (m.find() && m.start() == end) {
            Matcher markers = MARKER.matcher(m.group(2));
            Set<Integer> cited = new LinkedHashSet<>();
            while (markers.find()) {
                cited.add(Integer.parseInt(markers.group(1)));
            }
            if (cited.size() != 1) {
                return text;
            }
            units.add(m.group(1) + m.group(2));
            numbers.add(cited.iterator().next());
            end = m.end();
        }
        String tail = text.substring(end);
        if (units.size() < 2 || new LinkedHashSet<>(numbers).size() != units.size()
                || String.join("", units).strip().contains("\n")) {
            return text;
        }
        // the first statement may carry a lead-in ("The articles do not support the premise …"): keep it in front
        String prefix = "";
        Citation first = byNumber(citations, numbers.get(0));
        String quote = first == null ? "" : first.quote().strip();
        int at = quote.isEmpty() ? -1 : units.get(0).indexOf(quote);
        if (at > 0) {
            prefix = units.get(0).substring(0, at);
            units.set(0, units.get(0).substring(at));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> newNumber.getOrDefault(numbers.get(i), Integer.MAX_VALUE)));
        StringBuilder out = new StringBuilder(prefix);
        for (int i : order) {
            if (out.length() > 0 && !Character.isWhitespace(out.charAt(out.length() - 1))) {
                out.append(' ');
            }
            out.append(units.get(i).strip());
        }
        String rest = tail.isBlank() ? "" : tail.startsWith("\n") ? tail : " " + tail.stripLeading();
        return out + rest;
    }

    private static Citation byNumber(List<Citation> citations, int n) {
        return citations.stream().filter(c -> c.n() == n).findFirst().orElse(null);
    }
}
