package dev.positionsbot.answer.attribution;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The surface shape of a phrase of news English, read without a parser: whether it is a name, whether it opens with
 * an article, and the small words that open an adverbial or a clause rather than a speaker.
 */
final class PhraseShapes {

    /** Words that open an adverbial or a clause ("in an interview", "speaking to", "but"), never a speaker. */
    static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "of", "for", "to", "with", "from", "by",
            "during", "after", "before", "speaking", "asked", "since", "until", "amid", "despite", "under", "over",
            "about", "into", "through", "like", "unlike", "instead", "yet", "so", "but", "and", "or", "there", "this",
            "these", "those", "what", "how", "why", "it", "its", "some", "many", "most");

    /**
     * A Russian active past participle, the form a clause about what someone did takes ("вернувшиеся", "пожелавший",
     * "прибывшая"), as a regular expression over one word.
     */
    static final String RU_ACTIVE_PARTICIPLE = "\\p{IsCyrillic}+вш(?:ий|ая|ее|ие|его|ей|их|ими|им|ую|ем)(?:ся|сь)?";

    /** Capitalised words only (a name, or a state): "Aibek Smadiyarov", "Mr. Tokayev". */
    static boolean nameLike(String chunk) {
        String[] words = chunk.strip().split("\\s+");
        if (words.length > 5) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** An auxiliary or copula, which makes a chunk a clause ("the talks have stalled") rather than a noun phrase. */
    private static final Pattern AUXILIARY = Pattern.compile("(?i)\\b(?:is|are|was"
            + "|were|has|have|had|will|would|could|should|can|may|might|must|did|does|do)\\b");

    static boolean hasVerb(String chunk) {
        return AUXILIARY.matcher(chunk).find();
    }

    static boolean startsWithArticle(String chunk) {
        String l = chunk.toLowerCase(Locale.ROOT);
        return l.startsWith("a ") || l.startsWith("an ") || l.startsWith("the ");
    }

    static String stripArticle(String chunk) {
        return chunk.replaceFirst("(?i)^(a|an|the)\\s+", "");
    }

    /** A phrase with its spaces collapsed and the commas and dashes at its edges trimmed. */
    static String tidy(String phrase) {
        return phrase.replaceAll("\\s+", " ").replaceAll("^[\\s,\u2014-]+|[\\s,\u2014-]+$", "").strip();
    }

    private PhraseShapes() {
    }
}
