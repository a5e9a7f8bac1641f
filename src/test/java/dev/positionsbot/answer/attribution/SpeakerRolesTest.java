package dev.positionsbot.answer.attribution;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpeakerRolesTest {

    private static List<String> roleWords() throws IOException {
        try (InputStream in = SpeakerRoles.class.getResourceAsStream("/lexicon/speaker-roles.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")[0].strip()).toList();
        }
    }

    @Test
    void the_folded_pre_check_never_changes_the_role_a_phrase_gets() throws IOException {
        SpeakerRoles roles = SpeakerRoles.bundled();
        List<String> words = roleWords();
        assertTrue(words.size() > 100, "the bundled file's entries: " + words.size());
        // invented phrases: role words in other cases (with the letters that fold across scripts), glued to other
        // letters, split by other spaces, among filler words
        List<String> filler = List.of("a", "the", "at", "of", "Kazakh", "said", ",", "'s", "x", "İ", "ſ", "\u212A");
        Random random = new Random(23);
        List<String> phrases = new ArrayList<>(words);
        for (int t = 0; t < 20_000; t++) {
            StringBuilder b = new StringBuilder();
            for (int k = 1 + random.nextInt(4); k > 0; k--) {
                String w = random.nextInt(3) == 0 ? filler.get(random.nextInt(filler.size()))
                        : words.get(random.nextInt(words.size()));
                w = switch (random.nextInt(6)) {
                    case 0 -> w.toUpperCase(java.util.Locale.ROOT);
                    case 1 -> w.replace('i', 'İ').replace('s', 'ſ').replace('k', '\u212A');
                    case 2 -> w.replace(" ", random.nextBoolean() ? "\t" : "  ");
                    default -> w;
                };
                b.append(w).append(random.nextInt(5) == 0 ? "" : " ");
            }
            phrases.add(b.toString());
        }
        for (String p : phrases) {
            assertEquals(roles.roleOfByPatternsAlone(p), roles.roleOf(p), "\"" + p + "\"");
        }
    }
}
