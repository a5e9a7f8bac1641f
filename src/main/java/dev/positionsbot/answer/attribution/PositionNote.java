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
        List<String> labels = new ArrayList<>();
        for (Citation c : citations) {
            String label = switch (c.speakerKind()) {
                case "analyst" -> "[" + c.n() + "] is the view of " + (c.speaker().isEmpty() ? "an analyst"
                        : "analyst " + c.speaker());
                case "media" -> "[" + c.n() + "] is " + (c.outlet().isEmpty() ? "the outlet's"
                        : c.outlet() + "'s") + " own reporting" + (c.speaker().isEmpty() ? "" : " (" + c.speaker() + ")");
                case "unknown" -> "[" + c.n() + "] does not say who made the statement";
                default -> "";
            };
            if (!label.isEmpty()) {
                labels.add(label);
            }
        }
        if (!labels.isEmpty()) {
            lines.add("Not a government's statement: " + String.join("; ", labels) + ".");
        }
        return String.join("\n", lines);
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
