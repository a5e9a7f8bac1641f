package dev.positionsbot.answer;

import dev.positionsbot.index.NewsTermAnalyzer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SentenceTermsTest {

    private static final NewsTermAnalyzer ANALYZER = new NewsTermAnalyzer();
    /** Invented words, several sharing a six-letter prefix, some shorter than six letters. */
    private static final List<String> WORDS = List.of("recognize", "recognition", "recognized", "suspend",
            "suspension", "suspended", "state", "statement", "states", "president", "presidents", "presidential",
            "sanction", "sanctions", "sanctioned", "vote", "votes", "voted", "union", "european", "oil", "crude",
            "petroleum", "head", "of", "water", "body", "sea", "talks", "talked", "neutral", "neutrality", "2022",
            "minister", "ministry", "ministers", "not", "the", "a", "sacrifice", "formally", "refusing", "astana", "will",
            "has", "it", "and", "to");

    @Test
    void a_word_is_denied_directly_only_by_a_negation_right_before_it_or_before_one_auxiliary_or_adverb() {
        SentenceTerms st = SentenceTerms.of("Astana will not sacrifice neutral talks and has not formally recognized"
                + " the vote, refusing to sanction it.", ANALYZER, SentenceTerms.newCache());
        int neutral = st.find(term("neutral")).get(0);
        assertTrue(st.negatedAt(neutral), "within two words of a negation");
        assertFalse(st.negatedDirectlyAt(neutral), "what is not sacrificed is not denied");
        assertTrue(st.negatedDirectlyAt(st.find(term("sacrifice")).get(0)));
        assertTrue(st.negatedDirectlyAt(st.find(term("recognized")).get(0)), "an adverb between");
        assertFalse(st.negatedDirectlyAt(st.find(term("vote")).get(0)), "the object of a denied verb");
    }

    @Test
    void a_term_is_found_by_its_stem_and_a_paraphrase_by_its_own() {
        SentenceTerms st = SentenceTerms.of("The ministry did not recognize the vote.", ANALYZER,
                SentenceTerms.newCache());
        KeyTerm recognition = term("recognition").withParaphrases(List.of(ANALYZER.terms("vote")));
        assertTrue(st.contains(recognition), "recognize and recognition share a stem");
        assertTrue(st.hasParaphrase(recognition));
        assertEquals(List.of(4), st.find(recognition));
        assertTrue(st.negatedAt(4));
        assertFalse(st.contains(term("sanction")));
        assertFalse(st.hasParaphrase(term("sanction")));
    }

    @Test
    void every_match_is_where_comparing_with_every_word_finds_it() {
        Random random = new Random(16);
        for (int round = 0; round < 400; round++) {
            List<String> words = new ArrayList<>();
            for (int i = 0, n = 1 + random.nextInt(40); i < n; i++) {
                words.add(WORDS.get(random.nextInt(WORDS.size())));
            }
            SentenceTerms st = SentenceTerms.of(String.join(" ", words), ANALYZER, SentenceTerms.newCache());
            List<List<String>> terms = words.stream().map(SentenceTermsTest::analysed).toList();
            KeyTerm t = new KeyTerm("t", KeyTerm.Kind.CONTENT, sequences(random), 1,
                    random.nextInt(4) == 0 ? sequences(random) : List.of()).withParaphrases(sequences(random));
            List<Integer> own = expected(terms, t, t.alternatives());
            List<Integer> paraphrased = expected(terms, t, t.paraphrases());
            assertEquals(own, st.find(t), "own words of " + t + " in " + words);
            assertEquals(paraphrased, st.findParaphrase(t), "paraphrases of " + t + " in " + words);
            assertEquals(!own.isEmpty(), st.contains(t));
            assertEquals(!paraphrased.isEmpty(), st.hasParaphrase(t));
        }
    }

    private static KeyTerm term(String word) {
        return new KeyTerm(word, KeyTerm.Kind.CONTENT, List.of(ANALYZER.terms(word)), 1, List.of());
    }

    /** One to three sequences of one to three analysed terms, some cut or lengthened to test the stem rule. */
    private static List<List<String>> sequences(Random random) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            List<String> seq = new ArrayList<>();
            for (int k = 0, m = 1 + random.nextInt(3); k < m; k++) {
                List<String> a = analysed(WORDS.get(random.nextInt(WORDS.size())));
                while (a.isEmpty()) { // a stop word has no terms
                    a = analysed(WORDS.get(random.nextInt(WORDS.size())));
                }
                String t = a.get(random.nextInt(a.size()));
                seq.add(switch (random.nextInt(4)) {
                    case 0 -> t.substring(0, Math.min(t.length(), 6));
                    case 1 -> t + "x";
                    default -> t;
                });
            }
            out.add(seq);
        }
        return out;
    }

    /** A word's terms as {@link SentenceTerms#of} keeps them: exact forms, then the folded ones. */
    private static List<String> analysed(String word) {
        List<String> both = new ArrayList<>(ANALYZER.exactTerms(word));
        ANALYZER.terms(word).stream().filter(f -> !both.contains(f)).forEach(both::add);
        return both;
    }

    // the definition, word by word: what SentenceTerms answered before it indexed its terms by stem

    private static List<Integer> expected(List<List<String>> terms, KeyTerm t, List<List<String>> alternatives) {
        List<Integer> hits = new ArrayList<>();
        for (List<String> alt : alternatives) {
            for (int pos : sequence(terms, alt)) {
                if (t.boundTo().isEmpty() || t.boundTo().stream().anyMatch(b -> sequence(terms, b).stream()
                        .anyMatch(p -> Math.abs(p - pos) <= 3))) {
                    hits.add(pos);
                }
            }
        }
        return hits;
    }

    private static List<Integer> sequence(List<List<String>> terms, List<String> seq) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < terms.size() && !seq.isEmpty(); i++) {
            if (!has(terms, i, seq.get(0))) {
                continue;
            }
            int at = i;
            boolean ok = true;
            for (int k = 1; k < seq.size() && ok; k++) {
                ok = false;
                for (int j = at; j < Math.min(terms.size(), at + 3); j++) {
                    if (has(terms, j, seq.get(k))) {
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

    private static boolean has(List<List<String>> terms, int pos, String term) {
        return terms.get(pos).stream().anyMatch(t -> SentenceTerms.sameStem(t, term));
    }

    @Test
    void the_hand_written_word_scan_finds_exactly_what_the_word_pattern_finds() {
        List<String> texts = new ArrayList<>(List.of("", "a", "It's 1.5 or 2,000.25 km, isn't it?", "well-known ’s x--y",
                "3.14.15 and 3..4 and ,5 and a.b", "Ⅻ ½ ² 𝐀𝐁c 𝟙", "Москва, 24 февраля 2022 г.", "end.",
                "\uD835 \uDC00 lone surrogates", "x1,2,3.", "’quoted’ -dash- 'single'"));
        Random random = new Random(11);
        String alphabet = "aZé9 0.,'’-?!\n\tЖⅫ½²𝐀\uD835\uDC00";
        int[] points = alphabet.codePoints().toArray();
        for (int t = 0; t < 5_000; t++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(24); k > 0; k--) {
                b.appendCodePoint(points[random.nextInt(points.length)]);
            }
            texts.add(b.toString());
        }
        for (String text : texts) {
            List<String> expected = new ArrayList<>();
            java.util.regex.Matcher m = SentenceTerms.WORD.matcher(text);
            while (m.find()) {
                expected.add(m.start() + ":" + m.group());
            }
            List<String> found = new ArrayList<>();
            for (int at = SentenceTerms.nextWordStart(text, 0); at < text.length();
                 at = SentenceTerms.nextWordStart(text, at)) {
                int end = SentenceTerms.wordEnd(text, at);
                found.add(at + ":" + text.substring(at, end));
                at = end;
            }
            assertEquals(expected, found, "words of \"" + text + "\"");
        }
    }
}
