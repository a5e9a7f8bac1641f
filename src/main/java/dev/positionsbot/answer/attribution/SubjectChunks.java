package dev.positionsbot.answer.attribution;

import static dev.positionsbot.answer.attribution.PhraseShapes.PREPOSITIONS;
import static dev.positionsbot.answer.attribution.PhraseShapes.startsWithArticle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The comma-separated chunks of the words before a speech verb, with their opening times and trailing fillers taken
 * off, and what each chunk is: an adverbial, a parenthetical, a predicate, a role a body owns, a titled name or a
 * bare plural role.
 */
final class SubjectChunks {

    /** A time opening a chunk ("On Monday", "last week", "In 2019"): when, not who. */
    private static final Pattern TIME_LEAD = Pattern.compile("^(?i:(?:last|in|on|earlier|this|next|back in)\\s+)?"
            // "On 12 October 2022" as well as "On October 12, 2022"
            + "(?:\\d{1,2}\\s+(?=January|February|March|April|May|June|July|August|September|October|November"
            + "|December))?(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday"
            + "|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|(?:19|20)\\d\\d)(?:\\s+\\d{1,2})?"
            + "(?:,?\\s+(?:19|20)\\d\\d)?,?\\s+");
    /** Auxiliaries and adverbs left between a subject and its verb ("X also has said"): not part of the subject. */
    private static final Set<String> FILLER = Set.of("also", "has", "have", "had", "was", "is", "were", "are",
            "later", "then", "again", "once", "further", "meanwhile", "however", "previously", "too", "would", "will",
            "in", "turn", "both", "all", "earlier", "first", "subsequently", "now", "did", "does",
            "not", "never", "recently", "still");
    /** Words ending in -ly that are not adverbs ("the ministry's reply said"). */
    private static final Set<String> LY_NOUNS = Set.of("reply", "supply", "assembly", "rally", "family", "ally",
            "anomaly", "monopoly");

    private final SpeakerRoles roles = SpeakerRoles.bundled();

    /** The chunks of the words before the verb, as {@link SpeechVerbSubject} weighs them, none empty. */
    List<String> chunks(String raw) {
        List<String> chunks = new ArrayList<>();
        for (String c : raw.split(",")) {
            String t = dropFiller(TIME_LEAD.matcher(c.strip()).replaceFirst(""));
            if (!t.isEmpty()) {
                chunks.add(t);
            }
        }
        return chunks;
    }

    private static String dropFiller(String chunk) {
        List<String> words = new ArrayList<>(List.of(chunk.split("\\s+")));
        while (!words.isEmpty()) {
            String w = words.get(words.size() - 1).toLowerCase(Locale.ROOT);
            if (FILLER.contains(w) || w.endsWith("ly") && w.length() > 4 && !LY_NOUNS.contains(w) && !Character.isUpperCase(
                    words.get(words.size() - 1).charAt(0))) {
                words.remove(words.size() - 1);
            } else {
                break;
            }
        }
        return String.join(" ", words).strip();
    }

    /**
     * A chunk that opens with a verb of its own ("voted against it", "ordered an audit and"): a predicate with no
     * subject in it, not a phrase naming anyone (not a preposition's adverbial, a participle's, an article's noun
     * phrase or a name).
     */
    boolean predicateOpening(String chunk) {
        String first = chunk.split("\\s+")[0];
        String lower = first.toLowerCase(Locale.ROOT);
        return !first.isEmpty() && Character.isLowerCase(first.charAt(0)) && !PREPOSITIONS.contains(lower)
                && !startsWithArticle(chunk) && !lower.endsWith("ing") && !describes(first)
                && !Set.of("who", "which", "that", "whose", "his", "her", "their", "its", "our").contains(lower)
                && (lower.endsWith("ed") || PhraseShapes.hasVerb(first) || lower.endsWith("s"));
    }

    /** "in Astana", "on Monday", "speaking to reporters": a chunk that opens with a preposition, not a speaker. */
    boolean adverbial(String chunk) {
        return PREPOSITIONS.contains(chunk.split("\\s+")[0].toLowerCase(Locale.ROOT)) && !ownedRole(chunk);
    }

    /**
     * "its ambassador", "their spokesman", "its chair": a role owned by a body named before, a speaker, unlike the
     * adverbials that "its" and "their" otherwise open ("its decision to …").
     */
    boolean ownedRole(String chunk) {
        String[] words = chunk.strip().split("\\s+");
        String first = words[0].toLowerCase(Locale.ROOT);
        return (first.equals("its") || first.equals("their")) && words.length <= 4
                && roles.roleOf(chunk).filter(r -> r == SpeakerRoles.Role.OFFICIAL || r == SpeakerRoles.Role.TITLE)
                .isPresent();
    }

    /** "for his part", "visiting Astana", "led by X": a phrase set off by commas that is not a subject. */
    boolean parenthetical(String chunk) {
        String first = chunk.split("\\s+")[0];
        String lower = first.toLowerCase(Locale.ROOT);
        String[] words = chunk.split("\\s+");
        boolean participle = Character.isLowerCase(first.charAt(0)) && (lower.endsWith("ing") && lower.length() > 5
                || words.length > 1 && words[1].equals("by"));  // "visiting Astana", "headed by X"
        return PREPOSITIONS.contains(lower) && !lower.equals("it") && !ownedRole(chunk) || participle;
    }

    /**
     * "Opposition lawmaker Aida X": a full name after its title, so that an apposition after it ("…, one of the few
     * deputies to …,") describes her rather than standing for the speaker. Two capitalised words at least after a
     * lower-case role word.
     */
    boolean titledName(String chunk) {
        String[] words = chunk.strip().split("\\s+");
        int from = words.length;
        while (from > 0 && Character.isUpperCase(words[from - 1].charAt(0)) && !describes(words[from - 1])) {
            from--;
        }
        return words.length - from >= 2 && from > 0 && Character.isLowerCase(words[from - 1].charAt(0))
                && describes(words[from - 1]);
    }

    /** A phrase whose first word is a role ("Economists at …", "Analysts with …"): a bare plural of people. */
    boolean roleHead(String phrase) {
        String first = phrase.strip().split("\\s+")[0];
        return first.endsWith("s") && describes(first)
                && roles.roleOf(first).filter(r -> r != SpeakerRoles.Role.TITLE).isPresent();
    }

    boolean describes(String chunk) {
        return roles.roleOf(chunk).isPresent();
    }
}
