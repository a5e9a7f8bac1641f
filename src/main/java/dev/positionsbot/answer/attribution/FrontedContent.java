package dev.positionsbot.answer.attribution;

import static dev.positionsbot.answer.attribution.PhraseShapes.stripArticle;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Content fronted before a closing attribution ("The ministry has advised citizens to wait, an official said by
 * phone."): where it ends, so that the speech verbs inside it are read as what was said, not as attributions.
 */
final class FrontedContent {

    /**
     * A finite verb with no auxiliary, known by its ending and what follows it ("The route still takes too long",
     * "Prices rose by a third"): makes the words before an inverted "said X" a clause of what was said.
     */
    private static final Pattern LEXICAL_VERB = Pattern.compile("(?<=\\s)\\p{Ll}{2,}(?:s|ed)\\s+(?:too|the|a|an|to|up"
            + "|down|more|less|no|not|its|their|his|her|on|in|at|for|with|by|from|into|over|\\d)\\b");

    /**
     * What may follow a closing attribution's verb: its audience ("told reporters"), time, manner or occasion, then
     * the clause's end.
     */
    static final Pattern CLOSING_TAIL = Pattern.compile("^(?:\\s+(?:reporters|journalists|correspondents|lawmakers"
            + "|deputies|parliament|the\\s+(?:press|media|newspaper|paper|agency)|this\\s+(?:newspaper|paper|agency"
            + "|outlet)))?(?:\\s+(?:on|in|by|at|during|late|early|earlier"
            + "|last|this|over|via|to|later|privately|publicly)\\b[^,;:\u201C\u201D\"]{0,60})?\\s*(?:[,.;]|$)");

    private final SpeechVerbSubject subjects;

    FrontedContent(SpeechVerbSubject subjects) {
        this.subjects = subjects;
    }

    /** Whether a chunk holds a finite verb with no auxiliary ({@link #LEXICAL_VERB}). */
    static boolean hasLexicalVerb(String chunk) {
        return LEXICAL_VERB.matcher(chunk).find();
    }

    /**
     * Where the content fronted before a closing attribution ends ("The ministry has advised citizens to wait, an
     * official said by phone."): a clause with a verb of its own, a comma, and a subject with its speech verb that ends
     * the clause; 0 when the sentence has none. Speech verbs inside that content are what was said.
     */
    int end(String sentence, String masked) {
        Matcher verb = SpeechVerbs.VERB.matcher(masked);
        while (verb.find()) {
            int comma = masked.lastIndexOf(',', verb.start());
            if (comma <= 0 || !CLOSING_TAIL.matcher(masked.substring(verb.end())).lookingAt()) {
                continue;
            }
            Optional<String> subject = subjects.subjectBefore(sentence, masked, verb.start());
            if (subject.isEmpty()) {
                continue;
            }
            // "…, the ministry's spokesman, Aibek X, told reporters.": a description and the name it introduces
            // are one closing speaker, and the comma before the description ends the fronted clause
            boolean described = false;
            for (int c = masked.lastIndexOf(',', comma - 1), k = 0; c > 0 && k < 2;
                    c = masked.lastIndexOf(',', c - 1), k++) {
                if (!masked.substring(comma + 1, verb.start()).strip().startsWith(subject.get())
                        && sameSpeaker(masked.substring(c + 1, verb.start()), subject.get())) {
                    comma = c;
                    described = true;
                    break;
                }
            }
            String front = masked.substring(0, comma);
            if (!PhraseShapes.hasVerb(front) && !(described && LEXICAL_VERB.matcher(front).find())) {
                continue;
            }
            String between = masked.substring(comma + 1, verb.start()).strip();
            if (!between.isEmpty() && (between.startsWith(subject.get()) || described)
                    && !PhraseShapes.PREPOSITIONS.contains(between.split("\\s+")[0].toLowerCase(Locale.ROOT))) {
                return comma;
            }
        }
        return 0;
    }

    /**
     * Whether "the ministry's spokesman, Aibek X," is the subject found as "Aibek X, ministry's spokesman": the same
     * two chunks, a description and a name, in either order.
     */
    private static boolean sameSpeaker(String between, String subject) {
        List<String> a = chunks(between);
        List<String> b = chunks(subject);
        return a.size() == 2 && b.size() == 2 && a.stream().anyMatch(PhraseShapes::nameLike)
                && new HashSet<>(a).equals(new HashSet<>(b));
    }

    private static List<String> chunks(String phrase) {
        List<String> out = new ArrayList<>();
        for (String c : phrase.split(",")) {
            if (!c.isBlank()) {
                out.add(stripArticle(c.strip()));
            }
        }
        return out;
    }
}
