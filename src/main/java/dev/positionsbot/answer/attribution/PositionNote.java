package dev.positionsbot.answer.attribution;

import dev.positionsbot.answer.Citation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The lines a position answer ends with, built only from the citations' speakers and dates: how a state's
 * officials' dated statements follow one another ("Kazakhstan's officials over time: in March 2022, … [1]; by
 * September 2023, … [2].") and which quotes are not a government's statement at all (an analyst's view, the
 * outlet's own reporting). Claims are never added: the note points at the numbered quotes, it does not restate them.
 */
public final class PositionNote {

    /** What the note says of one quote and of several. */
    private record Label(String one, String several) {
        static Label being(String what) {
            return new Label("is " + what, "are " + what);
        }
    }

    public String note(List<Citation> citations) {
        List<String> lines = new ArrayList<>();
        Map<String, List<Citation>> byState = new LinkedHashMap<>();
        for (Citation c : citations) {
            if (isGovernment(c) && !c.state().isEmpty() && !c.statementDate().isEmpty()) {
                byState.computeIfAbsent(c.state(), s -> new ArrayList<>()).add(c);
            }
        }
        byState.forEach((state, said) -> {
            if (said.stream().map(Citation::statementDate).distinct().count() >= 2
                    && said.stream().map(c -> normal(c.quote())).distinct().count() >= 2) {
                lines.add(overTime(state, said));
            }
        });
        // quotes with the same label share it ("[3] and [4] are …"): a quote split by speaker often leaves two
        // stretches of the outlet's own reporting
        Map<Label, List<Integer>> numbersByLabel = new LinkedHashMap<>();
        for (Citation c : citations) {
            Label label = switch (c.speakerKind()) {
                case "analyst" -> Label.being("the view of "
                        + (c.speaker().isEmpty() ? "an analyst" : "analyst " + c.speaker()));
                case "media" -> Label.being((c.outlet().isEmpty() ? "the outlet's" : c.outlet() + "'s")
                        + " own reporting" + (c.speaker().isEmpty() ? "" : " (" + c.speaker() + ")"));
                case "unknown" -> new Label("does not say who made the statement", "do not say who made the statement");
                default -> null;
            };
            if (label != null) {
                numbersByLabel.computeIfAbsent(label, k -> new ArrayList<>()).add(c.n());
            }
        }
        List<String> labels = new ArrayList<>();
        numbersByLabel.forEach((label, numbers) -> labels.add(markers(numbers) + " "
                + (numbers.size() == 1 ? label.one() : label.several())));
        if (!labels.isEmpty()) {
            lines.add("Not a government's statement: " + String.join("; ", labels) + ".");
        }
        return String.join("\n", lines);
    }

    /** "[3]", "[3] and [4]", "[3], [4] and [6]". */
    private static String markers(List<Integer> numbers) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < numbers.size(); i++) {
            b.append(i == 0 ? "" : i == numbers.size() - 1 ? " and " : ", ").append('[').append(numbers.get(i))
                    .append(']');
        }
        return b.toString();
    }

    private static boolean isGovernment(Citation c) {
        return c.speakerKind().equals("official") || c.speakerKind().equals("foreign_official");
    }

    /** "Kazakhstan's officials over time: in March 2022, X [1]; by September 2023, Y [3]." (oldest first) */
    private static String overTime(String state, List<Citation> said) {
        List<Citation> ordered = new ArrayList<>(said);
        ordered.sort((a, b) -> a.statementDate().compareTo(b.statementDate()));
        StringBuilder b = new StringBuilder(state).append("'s officials over time: ");
        for (int i = 0; i < ordered.size(); i++) {
            Citation c = ordered.get(i);
            String when = c.dateSource().equals("article")
                    ? "by " + DateWords.of(c.statementDate()) + " (article date)"
                    : i == 0 ? DateWords.when(c.statementDate()) : "by " + DateWords.of(c.statementDate());
            b.append(i == 0 ? "" : "; ").append(when).append(", ")
                    .append(c.speaker().isEmpty() ? "an official" : c.speaker())
                    .append(" [").append(c.n()).append(']');
        }
        return b.append('.').toString();
    }

    private static String normal(String quote) {
        return quote.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
