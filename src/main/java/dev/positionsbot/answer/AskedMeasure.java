package dev.positionsbot.answer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * For a question that asks for a figure, the words of what is counted or measured: "how many [rail wagons] were
 * sent", "what share of [the harvest] went abroad". A figure of something else (tonnes where money is asked, a year's
 * total where a month's is asked) reads alike but does not answer, so the answer model weighs whether a unit names
 * the measured thing itself.
 */
final class AskedMeasure {

    private static final Pattern SPAN = Pattern.compile(
            "\\b(?:how (?:many|much)|what (?:percentage|percent|share|number|amount|proportion|sum|total|price|cost"
                    + "|value|volume|rate)(?: of| per| for)?)\\s+(.{1,60}?)(?=\\s+(?:did|do|does|was|were|is|are|has"
                    + "|have|had|will|would|can|could|in|on|at|to|for|from|by|between|during|after|before|since"
                    + "|last|this|that|which|who)\\b|[?,.;:!]|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private AskedMeasure() {
    }

    /** The question's content terms naming what is measured; empty when no figure is asked or nothing is named. */
    static List<KeyTerm> of(AnalyzedQuestion q) {
        if (q.answerType() != AnalyzedQuestion.AnswerType.NUMBER) {
            return List.of();
        }
        Matcher m = SPAN.matcher(q.english());
        if (!m.find()) {
            return List.of();
        }
        Set<String> words = Arrays.stream(m.group(1).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'-]+"))
                .filter(w -> !w.isBlank()).collect(Collectors.toSet());
        return q.terms().stream().filter(t -> t.kind() == KeyTerm.Kind.CONTENT && t.role() != KeyTerm.Role.SOURCE)
                .filter(t -> Arrays.stream(t.label().toLowerCase(Locale.ROOT).split("\\s+")).allMatch(words::contains))
                .toList();
    }

    /** Share of the measured thing's terms the unit itself has, in its own words or a paraphrase; 1 when none. */
    static double found(List<KeyTerm> measure, ScoredSentence s) {
        if (measure.isEmpty()) {
            return 1;
        }
        return measure.stream().filter(s.matched()::contains).count() / (double) measure.size();
    }
}
