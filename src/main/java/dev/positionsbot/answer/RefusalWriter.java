package dev.positionsbot.answer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Words a refusal: what was searched for, what the closest passages lacked, and what the corpus does cover.
 * It never guesses at the answer.
 */
public final class RefusalWriter {

    private final CorpusCoverage coverage;

    public RefusalWriter(CorpusCoverage coverage) {
        this.coverage = coverage;
    }

    public GroundedAnswer refuse(AnalyzedQuestion q, Evidence evidence, List<ScoredSentence> closest, String why) {
        String searched = q.labels().isEmpty() ? "(no searchable terms)" : String.join(", ", q.labels());
        String lacking = why != null ? why : lacking(q, closest);
        Set<String> nearTitles = new LinkedHashSet<>();
        for (ScoredSentence s : closest) {
            if (nearTitles.size() >= 2) {
                break;
            }
            nearTitles.add("\u201C" + s.hit().article().title() + "\u201D");
        }
        String reason = "searched for: " + searched + "; " + lacking
                + (nearTitles.isEmpty() ? "" : "; closest articles: " + String.join(", ", nearTitles));
        String text;
        if ("ru".equals(q.language())) {
            text = "В статьях нет ответа на этот вопрос, поэтому я не отвечаю. Искал: " + searched + ". "
                    + "Ближайшие фрагменты не подтверждают ответ (" + lacking + "). "
                    + "База охватывает: " + coverage.summary();
        } else {
            text = "I can't answer that from the articles I have, so I won't guess. I searched for: " + searched
                    + ". " + capitalize(lacking) + "."
                    + (nearTitles.isEmpty() ? "" : " The closest articles were " + String.join(" and ", nearTitles) + ".")
                    + " The corpus covers: " + coverage.summary();
        }
        return new GroundedAnswer(evidence.question(), evidence.question(), GroundedAnswer.Status.REFUSED, text,
                List.of(), reason, "extractive", List.of(), 0);
    }

    private static String lacking(AnalyzedQuestion q, List<ScoredSentence> closest) {
        if (closest.isEmpty()) {
            return "no passage of the articles matched the question";
        }
        ScoredSentence top = closest.get(0);
        if (!top.typeFits()) {
            return switch (q.answerType()) {
                case NUMBER -> "the matching passages give no such figure";
                case DATE -> "the matching passages give no such date";
                case PERSON -> "the matching passages name no such person";
                case AUTHOR -> "no matching article names its author";
                case PLACE -> "the matching passages name no such place";
                case ORGANISATION -> "the matching passages name no such organisation";
                case EVENT -> "the matching passages name no such event";
                default -> "no passage answers it";
            };
        }
        List<String> missing = top.missing().stream().map(KeyTerm::label).distinct().collect(Collectors.toList());
        if (!missing.isEmpty()) {
            return "no passage connects the question's terms; the closest passages do not mention "
                    + String.join(", ", missing);
        }
        return "no passage states an answer to it";
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
