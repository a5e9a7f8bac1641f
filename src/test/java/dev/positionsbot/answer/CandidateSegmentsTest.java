package dev.positionsbot.answer;

import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.Passage;
import dev.positionsbot.index.SearchHit;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The scorer reads a candidate's features from its segment as the nine-digit text the segment carries (the common
 * values formatted from a table): what it scores are those values exactly, which any faster or lazier formatting must
 * keep. Invented article.
 */
class CandidateSegmentsTest {

    private static final String BODY = "Kazakhstan kept its border open.";
    private static final ScoredSentence UNIT = new ScoredSentence(new SearchHit(new Article("a", "knowledge/a.md", "T",
            "Wire", "", "2024-01-01", "", "en", "", BODY), new Passage("a", 0, 0, BODY.length(), "", BODY), 1,
            new SearchHit.Ranking(1, 1), null), 0, 0, BODY.length(), BODY, null, 0.5, 0, 0, true, List.of(), List.of(),
            List.of(), ScoredSentence.Presence.NOT_ASKED, false, false, 0, 1, Double.NaN);

    @Test
    void features_read_back_are_the_values_written_bit_for_bit() {
        Random random = new Random(7);
        double[] values = new double[400];
        for (int i = 0; i < 64; i++) {
            values[i] = 1.0 / (1 + i); // reciprocal ranks, the commonest values
        }
        double[] special = {0.0, -0.0, 1.0, -1.0, 1e-7, 12345.678912345, 0.1 + 0.2, 2.0 / 3, -1.0 / 3};
        System.arraycopy(special, 0, values, 64, special.length);
        for (int i = 64 + special.length; i < values.length; i++) {
            values[i] = i % 2 == 0 ? random.nextDouble() : random.nextGaussian() * 3;
        }
        double[] read = CandidateSegments.features(CandidateSegments.of(UNIT, values));
        assertEquals(values.length, read.length);
        for (int i = 0; i < values.length; i++) {
            assertEquals(Double.doubleToRawLongBits(values[i]), Double.doubleToRawLongBits(read[i]), "value " + values[i]);
        }
    }
}
