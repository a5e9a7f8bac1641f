package dev.positionsbot.answer.attribution;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The nouns that head the name or the description of a body or institution ("X Holding", "the emergencies
 * ministry"), in one list. Two readings use them and each takes only its own part of the list: the name of a body a
 * bare title heads ({@link TitledBody}: firms and chambers as well as offices of government), and a description that
 * points back only to a speaker of its own noun ({@link ReferenceResolver}: offices of government only, where "the
 * company" may well stand for a firm named without the word). Each noun is marked with the readings it serves, so
 * that either reading keeps the nouns it was written for.
 */
final class BodyNouns {

    /** Which readings a noun serves. */
    private enum Use {
        /** Heads a body's name: "X Holding", "the state producer". */
        NAME,
        /** Heads a description that points back only to a speaker of that noun: "the inspectorate". */
        DESCRIPTION,
        BOTH;

        boolean forNames() {
            return this != DESCRIPTION;
        }

        boolean forDescriptions() {
            return this != NAME;
        }
    }

    private static final Map<String, Use> NOUNS = new LinkedHashMap<>();

    static {
        for (String n : new String[] {"ministry", "committee", "service", "agency", "commission", "council", "bank",
                "court"}) {
            NOUNS.put(n, Use.BOTH);
        }
        for (String n : new String[] {"holding", "company", "corporation", "group", "concern", "utility", "railway",
                "railways", "airline", "airlines", "airways", "authority", "fund", "producer", "operator", "chamber",
                "parliament", "senate"}) {
            NOUNS.put(n, Use.NAME);
        }
        for (String n : new String[] {"department", "office", "inspectorate", "akimat", "khokimiyat",
                "administration"}) {
            NOUNS.put(n, Use.DESCRIPTION);
        }
    }

    /** Any noun that heads a body's name, as a word. */
    private static final Pattern NAME_HEAD = Pattern.compile("(?i)\\b(?:" + NOUNS.entrySet().stream()
            .filter(e -> e.getValue().forNames()).map(Map.Entry::getKey).collect(Collectors.joining("|")) + ")\\b");

    /** Each noun that heads a description, as a whole word, compiled once: read for every earlier speaker. */
    private static final Map<String, Pattern> DESCRIPTION_HEADS = NOUNS.entrySet().stream()
            .filter(e -> e.getValue().forDescriptions())
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Pattern.compile("\\b" + e.getKey() + "\\b")));

    private BodyNouns() {
    }

    /** Whether a word is a noun that heads the name of a body ("Holding", "Ministry"), in any case. */
    static boolean headsName(String word) {
        return NAME_HEAD.matcher(word).matches();
    }

    /** Whether a text names a body by one of the nouns a body's name is headed by ("Uzbek X Holding"). */
    static boolean nameHeadIn(String text) {
        return NAME_HEAD.matcher(text).find();
    }

    /**
     * The word pattern of a lower-case noun that heads a description of a body ("ministry"), or null when the word
     * heads none.
     */
    static Pattern descriptionHead(String lowerCaseWord) {
        return DESCRIPTION_HEADS.get(lowerCaseWord);
    }
}
