package dev.positionsbot.answer.attribution;

import static dev.positionsbot.answer.attribution.PhraseShapes.nameLike;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Who answers in a printed interview ("Q: … A: …"). */
final class Interviewee {

    /** A printed interview's heading: "Interview: Deputy Minister X on the budget", "Q&A — X on …". */
    private static final Pattern INTERVIEW_HEADING = Pattern.compile("(?i:interview|q\\s*&\\s*a|in conversation)"
            + "\\s*[:\u2014\u2013-]\\s*(.{3,120}?)(?:\\s+on\\s+.+)?[.?!]?");

    private final CreditedPhrases credited;
    private final SpeakerClassifier classifier;
    private final LeadingSubject subjects;
    private final PointingPhrase pointing;

    Interviewee(GovernmentNames governments, CreditedPhrases credited, SpeakerClassifier classifier) {
        this.credited = credited;
        this.classifier = classifier;
        this.subjects = new LeadingSubject(governments);
        this.pointing = new PointingPhrase(governments);
    }

    /**
     * The one a printed interview's answers ("A: …") belong to: the nearest speaker the article names before them,
     * credited ("X told the paper") or the subject of an introduction ("Deputy Minister X answered our questions");
     * the interview's own question and answer lines name no one. With no such speaker, the nearest person the article
     * introduced by full name as a sentence's subject answers, as someone of no office.
     */
    Speaker of(List<String> before) {
        Speaker person = Speaker.UNKNOWN;
        for (int i = before.size() - 1; i >= 0; i--) {
            String s = before.get(i);
            Matcher heading = INTERVIEW_HEADING.matcher(s.strip());
            if (heading.matches()) {
                // "Interview: Deputy Minister X on the budget": the heading names who answers, with no verb
                Speaker headed = classifier.classify(heading.group(1).strip(), s, before.subList(0, i));
                if (headed.kind() != SpeakerKind.UNKNOWN && headed.kind() != SpeakerKind.MEDIA) {
                    return headed;
                }
            }
            Optional<String> label = TranscriptLabels.of(s);
            if (label.isPresent() && (TranscriptLabels.question(label.get()) || TranscriptLabels.answer(label.get()))) {
                continue;
            }
            for (String earlier : credited.all(s, QuotedSpans.mask(s))) {
                if (PointingPhrase.pronoun(earlier) || pointing.bareDescription(earlier)) {
                    continue;
                }
                Speaker candidate = classifier.classify(earlier, s, before.subList(0, i));
                if (candidate.kind() != SpeakerKind.UNKNOWN && candidate.kind() != SpeakerKind.MEDIA) {
                    return candidate;
                }
            }
            String subject = subjects.of(s, false);
            if (!subject.isEmpty()) {
                Speaker candidate = classifier.classify(subject, s, before.subList(0, i));
                if (candidate.kind() != SpeakerKind.UNKNOWN && candidate.kind() != SpeakerKind.MEDIA) {
                    return candidate;
                }
                if (candidate.kind() == SpeakerKind.UNKNOWN && person.name().isEmpty()
                        && nameLike(subject.split(",")[0]) && subject.split(",")[0].strip().contains(" ")) {
                    person = candidate;  // "X has kept a pharmacy in Khujand for years. We put our questions to him …"
                }
            }
        }
        return person;
    }
}
