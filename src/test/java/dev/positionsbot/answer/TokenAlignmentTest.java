package dev.positionsbot.answer;

import dev.positionsbot.index.TokenVectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The token-alignment signal {@link TokenAlignmentExperiment} measures, on invented sentences. */
class TokenAlignmentTest {

    private static TokenVectors tokens;

    @BeforeAll
    static void load() {
        tokens = new TokenVectors();
    }

    @AfterAll
    static void close() {
        tokens.close();
    }

    @Test
    void everyWordPieceGetsOneUnitLengthVectorAndTheIdsOfThePieces() {
        String text = "The finance minister of Freedonia cautioned lenders on Tuesday.";
        TokenVectors.Tokens t = tokens.of(text);
        assertArrayEquals(tokens.pieces(text), t.ids());
        assertEquals(t.ids().length, t.vectors().length);
        for (float[] v : t.vectors()) {
            double norm = 0;
            for (float x : v) {
                norm += x * x;
            }
            assertEquals(1.0, Math.sqrt(norm), 1e-4);
        }
    }

    @Test
    void aTextAlignsFullyWithItselfAndLessWithAnUnrelatedOne() {
        Map<Long, Double> flat = Map.of();
        TokenVectors.Tokens q = tokens.of("Which minister warned the lenders?");
        assertEquals(1.0, TokenAlignmentExperiment.recall(q, q, flat), 1e-4);
        double paraphrase = TokenAlignmentExperiment.recall(q,
                tokens.of("The finance minister cautioned the banks on Tuesday."), flat);
        double unrelated = TokenAlignmentExperiment.recall(q,
                tokens.of("Heavy snow closed the mountain pass for three days."), flat);
        assertTrue(paraphrase > unrelated, paraphrase + " vs " + unrelated);
    }

    @Test
    void rareWordPiecesWeighMoreThanCommonOnes() {
        TokenVectors.Tokens q = tokens.of("the referendum");
        long[] ids = q.ids();
        // the same unit, scored with the first piece weighted heavily and then the second
        TokenVectors.Tokens unit = tokens.of("the weather");
        double firstHeavy = TokenAlignmentExperiment.recall(q, unit, Map.of(ids[0], 10.0, ids[1], 0.1));
        double secondHeavy = TokenAlignmentExperiment.recall(q, unit, Map.of(ids[0], 0.1, ids[1], 10.0));
        assertTrue(firstHeavy > secondHeavy, firstHeavy + " vs " + secondHeavy);
    }
}
