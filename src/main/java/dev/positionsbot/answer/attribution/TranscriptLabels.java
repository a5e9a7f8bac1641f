package dev.positionsbot.answer.attribution;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The speaker labels of broadcast transcripts ("ANCHOR:", "SARYBAEVA:", "Host:") and printed interviews ("Q:", "A:"):
 * whether a line opens with one, whose voice it is, and the label as a name that prose would write.
 */
final class TranscriptLabels {

    /** A broadcast transcript's speaker label: "ANCHOR:", "SARYBAEVA:", "DR. MALIK:"; a printed interview's "Q:", "A:". */
    private static final Pattern LABEL = Pattern.compile("^\\s*((?:\\p{Lu}[\\p{Lu}.'\u2019-]*\\s?){1,4}):\\s");
    /** Labels that are the programme's own voice. */
    private static final Set<String> HOST_LABELS = Set.of("ANCHOR", "PRESENTER", "HOST", "REPORTER", "CORRESPONDENT",
            "INTERVIEWER", "NARRATOR", "MODERATOR", "VOICEOVER", "VOICE-OVER");

    private TranscriptLabels() {
    }

    /** Whether a sentence opens with a label in capitals. */
    static boolean opensWithLabel(String sentence) {
        return LABEL.matcher(sentence).find();
    }

    /** The speaker label of a transcript line, as written ("SARYBAEVA"), if the sentence opens with one. */
    static Optional<String> of(String sentence) {
        Matcher m = LABEL.matcher(sentence);
        if (!m.find()) {
            return Optional.empty();
        }
        String label = m.group(1).strip();
        return label.chars().filter(Character::isLetter).count() >= 2 || question(label) || answer(label)
                ? Optional.of(label) : Optional.empty();
    }

    /**
     * A transcript's label in title case ("Host:", "Bekova:"): taken as a label only where the article shows it is one,
     * a host's label or the name of someone the article introduced before it ("With me is the economist Aida
     * Bekova."), since prose opens with other words before a colon ("Update:", "The verdict:").
     */
    private static final Pattern TITLE_CASE_LABEL = Pattern.compile(
            "^\\s*(\\p{Lu}\\p{Ll}[\\p{L}'\u2019-]*(?:\\s\\p{Lu}\\p{Ll}[\\p{L}'\u2019-]*){0,2}):\\s");

    /** {@link #of(String)}, or a title-case label that the article before it bears out. */
    static Optional<String> of(String sentence, List<String> articleBefore) {
        Optional<String> caps = of(sentence);
        if (caps.isPresent()) {
            return caps;
        }
        Matcher m = TITLE_CASE_LABEL.matcher(sentence);
        if (!m.find()) {
            return Optional.empty();
        }
        String label = m.group(1).strip();
        String[] words = label.split("\\s+");
        String last = words[words.length - 1];
        Pattern mentioned = Pattern.compile("(?<!\\p{L})" + Pattern.quote(last) + "(?!\\p{L})");
        boolean introduced = last.length() >= 3 && articleBefore.stream().anyMatch(s -> mentioned.matcher(s).find());
        return host(label) || introduced ? Optional.of(label) : Optional.empty();
    }

    /** "Q:" (or "QUESTION:") opens the interviewer's question in a printed interview. */
    static boolean question(String label) {
        return label.equals("Q") || label.equals("QUESTION");
    }

    /** "A:" (or "ANSWER:") opens the interviewee's answer in a printed interview. */
    static boolean answer(String label) {
        return label.equals("A") || label.equals("ANSWER");
    }

    static boolean host(String label) {
        return HOST_LABELS.contains(label.toUpperCase(Locale.ROOT));
    }

    /** "SARYBAEVA" as a name can be found in prose: "Sarybaeva". */
    static String asName(String label) {
        StringBuilder out = new StringBuilder();
        for (String w : label.split("\\s+")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            String lower = w.toLowerCase(Locale.ROOT);
            // "AKIM OF THE DISTRICT" reads "Akim of the District": the small words stay small
            out.append(!out.isEmpty() && LABEL_SMALL_WORDS.contains(lower) ? lower
                    : w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    private static final Set<String> LABEL_SMALL_WORDS = Set.of("of", "the", "for", "and", "in", "at", "to");
}
