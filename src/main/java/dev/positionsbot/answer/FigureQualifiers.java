package dev.positionsbot.answer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hard check that a figure or a date answers only for what its own sentence names. A figure reads alike whatever
 * it counts: exports to one partner, in one year, look like exports to another partner in another year, and the
 * paragraph around may name the asked-for partner in another connection. So a unit answering a question for a figure
 * or a date must itself name every party the question names besides its subject (the subject may be in the
 * paragraph, as "it" or "the ministry"; a name that modifies a noun, as in "the Lake X dam", may be told by that noun
 * once the paragraph names it), and, when it dates its figure to a year, one of the years asked about.
 */
final class FigureQualifiers {

    private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");

    private FigureQualifiers() {
    }


    /**
     * "The Naryn dam", "the Astana summit": a name that modifies a noun of the question is told by that noun once the
     * paragraph has named it ("the dam", "that summit"), as news refers back to what it has just named.
     */
    private static boolean referredBack(AnalyzedQuestion q, KeyTerm name, ScoredSentence s) {
        if (s.missing().contains(name)) {
            return false;
        }
        Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(name.label()) + "(?:['’]s)?\\s+(\\p{Ll}[\\p{L}\\-]+)",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(q.english());
        while (m.find()) {
            String noun = m.group(1);
            if (noun.length() > 2 && Pattern.compile("(?<![\\p{L}])" + Pattern.quote(noun) + "(?![\\p{L}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(s.text()).find()) {
                return true;
            }
        }
        return false;
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
            if (!isSubject && t.role() == KeyTerm.Role.CORE && (s.terms() == null || !s.terms().contains(t))
                    && !referredBack(q, t, s)) {
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
