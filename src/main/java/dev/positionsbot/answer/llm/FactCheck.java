package dev.positionsbot.answer.llm;

import dev.positionsbot.answer.QuoteVerifier;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that the names (capitalised words and acronyms) and the numbers (including years, days and
 * percentages) of a sentence all occur in the source text it cites. This is what catches the typical
 * hallucination — a plausible sentence with one invented name, figure or date — which similarity alone misses.
 */
final class FactCheck {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}]*(?:['’/][\\p{L}\\p{M}\\p{N}]+)*");
    /** Thousands separators: comma, space, no-break and thin spaces ("200,000", "200 000"). */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,])(\\d{1,3}(?:[,\\u00A0\\u202F ]\\d{3})+|\\d+)(\\.\\d+)?"
                    + "(\\s*(?:%|percent\\b|per cent\\b))?");

    /**
     * Capitalised words that commonly open an English sentence without naming anything; only skipped as the first
     * word of a sentence. Elsewhere a capitalised word is a name and must be found in the source.
     */
    private static final Set<String> SENTENCE_OPENERS = Set.of(
            "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "their", "his",
            "her", "we", "our", "there", "in", "on", "at", "as", "by", "for", "from", "with", "to", "of", "after",
            "before", "since", "during", "when", "while", "although", "though", "despite", "instead", "under",
            "according", "however", "also", "both", "but", "and", "or", "yet", "so", "thus", "meanwhile",
            "moreover", "furthermore", "additionally", "similarly", "likewise", "overall", "such", "some", "many",
            "most", "all", "no", "not", "neither", "nor", "each", "other", "another", "one", "two", "three",
            "several", "because", "if", "until", "unlike", "like", "rather", "still", "even", "only", "nevertheless",
            "nonetheless", "indeed", "then", "here", "what", "which", "who", "where", "why", "how", "beyond");

    /** Words capitalised only because English capitalises them; never evidence of a name. */
    private static final Set<String> ALWAYS_SKIPPED = Set.of("i");

    /** Returns why the claim is not supported by {@code source}, or empty when every name and number occurs in it. */
    Optional<String> unsupported(String claim, String source) {
        String src = normalize(source);
        List<String> missingNames = new ArrayList<>();
        for (String name : names(claim)) {
            if (!containsName(src, name)) {
                missingNames.add(name);
            }
        }
        Numbers claimed = numbers(claim);
        Numbers available = numbers(source);
        List<String> missingNumbers = new ArrayList<>();
        for (String n : claimed.plain) {
            if (!available.plain.contains(n)) {
                missingNumbers.add(n);
            }
        }
        for (String p : claimed.percents) {
            if (!available.percents.contains(p) && !missingNumbers.contains(p.substring(0, p.length() - 1))) {
                missingNumbers.add(p);
            }
        }
        if (missingNames.isEmpty() && missingNumbers.isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        if (!missingNames.isEmpty()) {
            parts.add("name(s) " + quoteAll(missingNames));
        }
        if (!missingNumbers.isEmpty()) {
            parts.add("number(s) " + quoteAll(missingNumbers));
        }
        return Optional.of(String.join(" and ", parts) + " not in the cited passage(s)");
    }

    /** Capitalised words and acronyms, possessives removed; the sentence's first word only if it is not a common opener. */
    static Set<String> names(String claim) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = WORD.matcher(claim);
        boolean first = true;
        while (m.find()) {
            String w = m.group().replace('’', '\'');
            boolean isFirst = first;
            first = false;
            if (!Character.isUpperCase(w.codePointAt(0))) {
                continue;
            }
            if (w.endsWith("'s") || w.endsWith("'S")) {
                w = w.substring(0, w.length() - 2);
            }
            String lower = w.toLowerCase(Locale.ROOT);
            if (ALWAYS_SKIPPED.contains(lower) || (isFirst && isCommonOpener(lower))) {
                continue;
            }
            out.add(w);
        }
        return out;
    }

    /** An opener from the list, or a sentence adverb such as "Roughly" or "Notably" (long enough to spare "Italy"). */
    private static boolean isCommonOpener(String lower) {
        return SENTENCE_OPENERS.contains(lower) || (lower.length() >= 6 && lower.endsWith("ly"));
    }

    /**
     * A name occurs when the source has a word starting with it ("Kazakh" in "Kazakhstan") or with its stem, so
     * that adjective and country forms match ("Russian"/"Russia", "Chinese"/"China").
     */
    private static boolean containsName(String normalizedSource, String name) {
        String lower = normalize(name);
        if (startsAWord(normalizedSource, lower)) {
            return true;
        }
        for (String suffix : List.of("ese", "ian", "ans", "an", "ns", "n", "s", "i")) {
            if (lower.endsWith(suffix) && lower.length() - suffix.length() >= 4
                    && startsAWord(normalizedSource, lower.substring(0, lower.length() - suffix.length()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsAWord(String text, String prefix) {
        int from = 0;
        while (true) {
            int i = text.indexOf(prefix, from);
            if (i < 0) {
                return false;
            }
            if (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) {
                return true;
            }
            from = i + 1;
        }
    }

    private static String normalize(String s) {
        return QuoteVerifier.normalize(s).toLowerCase(Locale.ROOT);
    }

    record Numbers(Set<String> plain, Set<String> percents) {
    }

    /** Numbers with separators removed and leading zeros dropped ("200,000" -> "200000", "09" -> "9"); percentages also as "40%". */
    static Numbers numbers(String text) {
        Set<String> plain = new LinkedHashSet<>();
        Set<String> percents = new LinkedHashSet<>();
        Matcher m = NUMBER.matcher(QuoteVerifier.normalize(text).replace('\u00A0', ' '));
        while (m.find()) {
            String digits = m.group(1).replaceAll("[^0-9]", "").replaceFirst("^0+(?=\\d)", "");
            String n = m.group(2) == null ? digits : digits + m.group(2);
            plain.add(n);
            if (m.group(3) != null) {
                percents.add(n + "%");
            }
        }
        return new Numbers(plain, percents);
    }

    private static String quoteAll(List<String> items) {
        StringBuilder b = new StringBuilder();
        for (String s : items) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append('\'').append(s).append('\'');
        }
        return b.toString();
    }
}
