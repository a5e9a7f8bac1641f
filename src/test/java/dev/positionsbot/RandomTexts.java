package dev.positionsbot;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Short random texts over a small alphabet, for tests that check a hand-written scan against the regex it replaces. */
public final class RandomTexts {

    private RandomTexts() {
    }

    /** {@code count} texts of 0 to 7 characters drawn from {@code alphabet}, the same for the same seed. */
    public static List<String> of(String alphabet, long seed, int count) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>(count);
        for (int t = 0; t < count; t++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(8); k > 0; k--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            out.add(b.toString());
        }
        return out;
    }
}
