package dev.positionsbot.answer.attribution;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body a description such as "the bank" stands for when the same sentence named it in full before ("The Steppe
 * Development Bank will lend …, according to a statement the bank released").
 */
final class BodyNamedBefore {

    /** "the bank", "the agency": a body pointed back to by its noun. */
    private static final Pattern THE_NOUN = Pattern.compile("(?:the|The)\\s+(\\p{Ll}{3,})");

    /**
     * The full name, earlier in the same sentence, of the body "the bank" or "the agency" stands for: a capitalised
     * name of two words or more holding the noun capitalised ("the European Bank for Reconstruction and
     * Development").
     */
    static Optional<String> in(String phrase, String sentence, String masked) {
        Matcher the = THE_NOUN.matcher(phrase.strip());
        if (!the.matches()) {
            return Optional.empty();
        }
        int at = masked.indexOf(phrase.strip());
        if (at <= 0) {
            return Optional.empty();
        }
        String noun = the.group(1);
        Pattern name = Pattern.compile("(?:(?:The|the)\\s+)?(?:\\p{Lu}[\\p{L}-]*\\s+)*"
                + Pattern.quote(Character.toUpperCase(noun.charAt(0)) + noun.substring(1))
                + "(?:\\s+(?:(?:for|of|and|the|on)\\s+)*\\p{Lu}[\\p{L}-]*)*");
        Matcher m = name.matcher(masked.substring(0, at));
        String found = "";
        while (m.find()) {
            found = sentence.substring(m.start(), m.end());
        }
        String bare = found.replaceFirst("^(?:The|the)\\s+", "");
        return bare.split("\\s+").length >= 2 ? Optional.of(found) : Optional.empty();
    }

    private BodyNamedBefore() {
    }
}
