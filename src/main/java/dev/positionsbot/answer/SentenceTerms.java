package dev.positionsbot.answer;

import dev.positionsbot.index.TermAnalyzer;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence as a sequence of word positions, each with its analysed terms, so that key terms can be matched with
 * the index's own folding and stemming and with word distance (for "X's Y" bindings and negation).
 */
public final class SentenceTerms {

    /** What a word is; found by hand in {@link #of} (see {@link #wordEnd}). */
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’\\-]*(?:[.,]\\d+)*");
    private static final Set<String> NEGATORS = Set.of("not", "never", "no", "neither", "nor", "refused",
            "refuses", "refuse", "declined", "declines", "rejected", "rejects", "reject", "won't", "didn't",
            "doesn't", "don't", "cannot", "can't", "without");
    private static final Pattern NUMBER = Pattern.compile(
            "\\d|\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?|billions?|percent|half|quarter|third)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE = Pattern.compile(
            "\\b(1[89]\\d\\d|20\\d\\d|January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|last (week|month|year))\\b");
    private static final Pattern PERSON = Pattern.compile(
            "(?<![.!?]\\s)\\b\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?\\s+\\p{Lu}\\p{Ll}+|\\b(Mr|Ms|Mrs|Dr)\\.\\s+\\p{Lu}");

    private final String text;
    private final List<String> words;
    private final List<List<String>> terms;
    /** Where each analysed term stands, built on first use: a unit is asked for dozens of paraphrases. */
    private volatile Positions positions;

    private SentenceTerms(String text, List<String> words, List<List<String>> terms) {
        this.text = text;
        this.words = words;
        this.terms = terms;
    }

    /** Analyses text word by word; a shared cache keeps repeated words cheap. */
    public static SentenceTerms of(String text, TermAnalyzer analyzer, Map<String, List<String>> cache) {
        List<String> words = new ArrayList<>();
        List<List<String>> terms = new ArrayList<>();
        for (int at = nextWordStart(text, 0); at < text.length(); at = nextWordStart(text, at)) {
            int end = wordEnd(text, at);
            String w = text.substring(at, end);
            at = end;
            words.add(w.toLowerCase(Locale.ROOT).replace('’', '\''));
            // a plain look-up first: most words are known, and computeIfAbsent locks the map's bin to find them
            List<String> known = cache.get(w);
            terms.add(known != null ? known : cache.computeIfAbsent(w, word -> {
                List<String> both = new ArrayList<>(analyzer.exactTerms(word));
                for (String f : analyzer.terms(word)) {
                    if (!both.contains(f)) {
                        both.add(f);
                    }
                }
                return both;
            }));
        }
        return new SentenceTerms(text, words, terms);
    }

    /*
     * WORD's matches found by hand: this scan runs over every unit and passage an answer measures, and the regex
     * engine spent several per cent of the answering thread on it. A word starts at a letter or number (by code
     * point, as \p{L} and \p{N} test them), runs over letters, numbers, apostrophes and hyphens, then takes any
     * "." or "," followed by ASCII digits (\d) with those digits; WORD's greedy parts never give anything back (none
     * of them can match what the next part starts with), so its first match is exactly this longest run.
     * SentenceTermsTest checks the scan against WORD.
     */

    /** Where the next word starts at or after {@code from}, or the text's length when no word is left. */
    static int nextWordStart(String text, int from) {
        int i = from;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (isLetterOrNumber(c)) {
                return i;
            }
            i += Character.charCount(c);
        }
        return text.length();
    }

    /** Where the word starting at {@code start} ends (one past its last character). */
    static int wordEnd(String text, int start) {
        int i = start + Character.charCount(text.codePointAt(start));
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (!isLetterOrNumber(c) && c != '\'' && c != '’' && c != '-') {
                break;
            }
            i += Character.charCount(c);
        }
        while (i + 1 < text.length() && (text.charAt(i) == '.' || text.charAt(i) == ',')
                && isAsciiDigit(text.charAt(i + 1))) {
            i += 2;
            while (i < text.length() && isAsciiDigit(text.charAt(i))) {
                i++;
            }
        }
        return i;
    }

    /** \p{L} or \p{N}: a letter (Lu, Ll, Lt, Lm, Lo) or a number (Nd, Nl, No). */
    private static boolean isLetterOrNumber(int c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    public static Map<String, List<String>> newCache() {
        return new ConcurrentHashMap<>();
    }

    public String text() {
        return text;
    }

    /** The word at a position, lower-cased. */
    public String wordAt(int pos) {
        return words.get(pos);
    }

    /** The first word, lower-cased, or "". */
    public String firstWord() {
        return words.isEmpty() ? "" : words.get(0);
    }

    /** Positions where the term matches (any alternative, honouring its binding), empty if none. */
    public List<Integer> find(KeyTerm term) {
        return find(term, term.alternatives());
    }

    /** Positions where only a dictionary paraphrase of the term matches ("president" for "head of state"). */
    public List<Integer> findParaphrase(KeyTerm term) {
        return find(term, term.paraphrases());
    }

    /** Whether the term or a paraphrase of it is here. */
    public boolean containsEither(KeyTerm term) {
        return contains(term) || hasParaphrase(term);
    }

    private List<Integer> find(KeyTerm term, List<List<String>> alternatives) {
        return find(term, alternatives, false);
    }

    /** The positions where an alternative matches, or only the first one found when {@code first}. */
    private List<Integer> find(KeyTerm term, List<List<String>> alternatives, boolean first) {
        List<Integer> hits = new ArrayList<>();
        for (List<String> alt : alternatives) {
            for (int pos : findSequence(alt)) {
                if (term.boundTo().isEmpty() || near(term.boundTo(), pos, 3)) {
                    hits.add(pos);
                    if (first) {
                        return hits;
                    }
                }
            }
        }
        return hits;
    }

    public boolean contains(KeyTerm term) {
        return !find(term, term.alternatives(), true).isEmpty();
    }

    /** Whether a dictionary paraphrase of the term matches here: {@code !findParaphrase(term).isEmpty()}. */
    public boolean hasParaphrase(KeyTerm term) {
        return !find(term, term.paraphrases(), true).isEmpty();
    }

    /** Whether a negating word stands within two words before position {@code pos}. */
    public boolean negatedAt(int pos) {
        for (int i = Math.max(0, pos - 2); i < pos; i++) {
            String w = words.get(i);
            if (NEGATORS.contains(w) || w.endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word at {@code pos} is itself what a negation denies: the negating word right before it, or before
     * one auxiliary or adverb ("will not recognise", "has not been", "not to join", "did not formally recognise").
     * Narrower than {@link #negatedAt}, which also takes "will not sacrifice independent …" as denying "independent".
     */
    public boolean negatedDirectlyAt(int pos) {
        if (pos >= 1 && negator(words.get(pos - 1))) {
            return true;
        }
        if (pos >= 2 && negator(words.get(pos - 2))) {
            String between = words.get(pos - 1);
            return AUXILIARIES.contains(between) || between.length() > 4 && between.endsWith("ly");
        }
        return false;
    }

    private static final Set<String> AUXILIARIES = Set.of("be", "been", "being", "have", "has", "had", "to", "yet",
            "ever", "even", "again");

    private static boolean negator(String w) {
        return NEGATORS.contains(w) || w.endsWith("n't");
    }

    public boolean hasNumber() {
        return NUMBER.matcher(text).find();
    }

    public boolean hasDate() {
        return DATE.matcher(text).find();
    }

    /** Whether the sentence names a person other than those the question already names. */
    public boolean hasPersonNameOtherThan(List<KeyTerm> asked, TermAnalyzer analyzer) {
        Matcher m = PERSON.matcher(text);
        while (m.find()) {
            SentenceTerms name = SentenceTerms.of(m.group(), analyzer, new java.util.HashMap<>());
            boolean known = asked.stream().anyMatch(t -> t.kind() == KeyTerm.Kind.ENTITY && name.contains(t));
            if (!known) {
                return true;
            }
        }
        return false;
    }

    private boolean near(List<List<String>> alternatives, int pos, int distance) {
        for (List<String> alt : alternatives) {
            for (int p : findSequence(alt)) {
                if (Math.abs(p - pos) <= distance) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Start positions where all terms of {@code seq} occur in order within a short span. */
    private List<Integer> findSequence(List<String> seq) {
        List<Integer> out = new ArrayList<>();
        if (seq.isEmpty()) {
            return out;
        }
        Positions index = positions();
        BitSet starts = index.of(seq.get(0));
        if (starts.isEmpty()) {
            return out;
        }
        BitSet[] next = new BitSet[seq.size()];
        for (int k = 1; k < seq.size(); k++) {
            next[k] = index.of(seq.get(k));
        }
        for (int i = starts.nextSetBit(0); i >= 0; i = starts.nextSetBit(i + 1)) {
            int at = i;
            boolean ok = true;
            for (int k = 1; k < seq.size() && ok; k++) {
                ok = false;
                for (int j = at; j < Math.min(terms.size(), at + 3); j++) {
                    if (next[k].get(j)) {
                        at = j;
                        ok = true;
                        break;
                    }
                }
            }
            if (ok) {
                out.add(i);
            }
        }
        return out;
    }

    private Positions positions() {
        Positions p = positions;
        if (p == null) {
            p = new Positions(terms);
            positions = p;
        }
        return p;
    }

    /**
     * For each analysed term, the word positions that have it, and for each six-letter prefix of a term that starts
     * with a letter, the positions of terms with that prefix: {@link #sameStem} as two look-ups instead of a
     * comparison with every term of the sentence. Immutable once built.
     */
    private static final class Positions {
        private static final BitSet NONE = new BitSet();
        private final Map<String, BitSet> exact = new java.util.HashMap<>();
        private final Map<String, BitSet> prefixes = new java.util.HashMap<>();

        Positions(List<List<String>> terms) {
            for (int pos = 0; pos < terms.size(); pos++) {
                for (String t : terms.get(pos)) {
                    exact.computeIfAbsent(t, k -> new BitSet()).set(pos);
                    if (t.length() >= STEM && Character.isLetter(t.charAt(0))) {
                        prefixes.computeIfAbsent(t.substring(0, STEM), k -> new BitSet()).set(pos);
                    }
                }
            }
        }

        /** Positions with a term of the same stem as {@code term} (never to be modified by the caller). */
        BitSet of(String term) {
            BitSet same = exact.get(term);
            BitSet prefixed = term.length() >= STEM ? prefixes.get(term.substring(0, STEM)) : null;
            if (prefixed == null) {
                return same == null ? NONE : same;
            }
            if (same == null) {
                return prefixed;
            }
            BitSet both = (BitSet) same.clone();
            both.or(prefixed);
            return both;
        }
    }

    private static final int STEM = 6;

    /** Equal, or sharing a prefix of six letters (recognize/recognition, suspend/suspension). */
    static boolean sameStem(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int n = Math.min(a.length(), b.length());
        if (n < 6) {
            return false;
        }
        return a.regionMatches(0, b, 0, 6) && Character.isLetter(a.charAt(0));
    }
}
