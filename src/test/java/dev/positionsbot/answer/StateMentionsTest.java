package dev.positionsbot.answer;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StateMentionsTest {

    private static final List<String> STATES = List.of("Kazakhstan", "Uzbekistan", "Kyrgyzstan", "Tajikistan",
            "Turkmenistan");

    /** Pieces that sit at the edges of the pattern: case, word boundaries, letters that fold to ASCII ones. */
    private static final String[] NOISE = {" ", "-", "'", "\u2019", "_", "1", "a", "s", "i", "I", "\u0130", "\u0131",
            "\u212A", "\u017F", "\u00E9", "\u0416", "\u0436", "\u03A3", "\u03C3", "\u00A0", "\n", ".", "\u0301",
            "\uD835\uDC00", "stan", "ist"};

    @Test
    void the_look_up_answers_as_the_pattern_alone_on_random_texts() {
        Random random = new Random(16);
        for (String state : STATES) {
            List<String> spellings = Lexicon.bundled().latin(state).orElseThrow().latin();
            StateMentions m = new StateMentions(spellings);
            int found = 0;
            for (int n = 0; n < 4_000; n++) {
                String text = randomText(random, spellings);
                boolean expected = m.byPattern(text);
                assertEquals(expected, m.in(text, StateMentions.lookUpCopy(text)), text);
                found += expected ? 1 : 0;
            }
            assertTrue(found > 400 && found < 3_600, state + ": " + found + " of 4,000 texts name it");
        }
    }

    @Test
    void a_spelling_is_found_in_any_ascii_case_as_a_whole_word_only() {
        StateMentions m = new StateMentions(List.of("Tajikistan", "Dushanbe"));
        for (String text : List.of("DUSHANBE said", "in tAJIKISTAN.", "(dushanbe)")) {
            assertTrue(m.in(text, StateMentions.lookUpCopy(text)), text);
        }
        for (String text : List.of("Dushanbes", "xTajikistan", "Tajik", "Du\u017Fhanbe", "\u0130")) {
            assertFalse(m.in(text, StateMentions.lookUpCopy(text)), text);
        }
    }

    @Test
    void a_spelling_beyond_ascii_leaves_the_decision_to_the_pattern() {
        String cyrillic = "\u049A\u0430\u0437\u0430\u049B\u0441\u0442\u0430\u043D";
        StateMentions m = new StateMentions(List.of("Qazaqstan", cyrillic));
        String text = cyrillic + " today";
        assertTrue(m.in(text, "the copy is not read"));
    }

    private static String randomText(Random random, List<String> spellings) {
        StringBuilder b = new StringBuilder();
        int parts = 1 + random.nextInt(6);
        for (int p = 0; p < parts; p++) {
            if (random.nextInt(4) == 0) {
                b.append(randomCase(random, spellings.get(random.nextInt(spellings.size()))));
            } else {
                b.append(NOISE[random.nextInt(NOISE.length)]);
            }
        }
        return b.toString();
    }

    private static String randomCase(Random random, String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(random.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
        }
        return b.toString();
    }
}
