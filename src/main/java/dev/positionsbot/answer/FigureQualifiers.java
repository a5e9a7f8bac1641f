package dev.positionsbot.answer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The hard check that a figure or a date answers only for what its own sentence names. A figure reads alike whatever
 * it counts: exports to one partner, in one year, look like exports to another partner in another year, and the
 * paragraph around may name the asked-for partner in another connection. So a unit answering a question for a figure
 * or a date must itself name every party the question names besides its subject (the subject may be in the
 * paragraph, as "it" or "the ministry"), and, when it dates its figure to a year, one of the years asked about.
 */
final class FigureQualifiers {

    private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");

    private FigureQualifiers() {
    }


    /** What the unit lacks, in words, or null when it qualifies (or the question asks for no figure or date). */
    static String failure(AnalyzedQuestion q, ScoredSentence s) {
        AnalyzedQuestion.AnswerType type = q.answerType();
        if (type != AnalyzedQuestion.AnswerType.NUMBER && type != AnalyzedQuestion.AnswerType.DATE) {
            return null;
        }
        String kind = type.name().toLowerCase(Locale.ROOT);
        Optional<KeyTerm> subject = q.subject();
        for (KeyTerm t : q.names()) {
            boolean isSubject = subject.map(t::equals).orElse(false);
            if (!isSubject && t.role() == KeyTerm.Role.CORE && (s.terms() == null || !s.terms().contains(t))) {
                return "no " + t.label() + " beside the " + kind;
            }
        }
        List<String> askedYears = q.terms().stream().filter(t -> t.kind() == KeyTerm.Kind.NUMBER)
                .map(KeyTerm::label).filter(l -> YEAR.matcher(l).matches()).toList();
        if (askedYears.isEmpty() || !YEAR.matcher(s.text()).find()) {
            return null;
        }
        boolean askedYearThere = YEAR.matcher(s.text()).results().anyMatch(m -> askedYears.contains(m.group()));
        return askedYearThere ? null : "dated to another year than " + askedYears.get(0);
    }
}
