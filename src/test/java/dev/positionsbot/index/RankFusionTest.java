package dev.positionsbot.index;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RankFusionTest {

    private static List<RankedDoc> ranking(int... docs) {
        return java.util.stream.IntStream.range(0, docs.length)
                .mapToObj(i -> new RankedDoc(docs[i], 10.0 - i)).toList();
    }

    private static List<Integer> docs(List<FusedDoc> fused) {
        return fused.stream().map(FusedDoc::doc).toList();
    }

    @Test
    void rrf_puts_a_document_found_by_both_rankers_above_one_found_by_a_single_ranker() {
        List<FusedDoc> fused = new ReciprocalRankFusion(60).fuse(ranking(1, 2, 3), ranking(3, 4, 5));
        assertEquals(3, fused.get(0).doc());
        assertEquals(1.0 / 63 + 1.0 / 61, fused.get(0).score(), 1e-12);
        assertEquals(3, fused.get(0).bm25Rank());
        assertEquals(1, fused.get(0).vectorRank());
    }

    @Test
    void rrf_breaks_ties_by_the_better_single_rank_then_by_document() {
        // 1 and 4 are both rank 1 of one list; 2 and 5 both rank 2: equal RRF scores
        List<FusedDoc> fused = new ReciprocalRankFusion(60).fuse(ranking(4, 5), ranking(1, 2));
        assertEquals(List.of(1, 4, 2, 5), docs(fused));
        assertEquals(fused.get(0).score(), fused.get(1).score(), 0);
    }

    @Test
    void rrf_with_one_empty_ranker_keeps_the_other_order() {
        List<FusedDoc> fused = new ReciprocalRankFusion().fuse(List.of(), ranking(7, 3, 9));
        assertEquals(List.of(7, 3, 9), docs(fused));
        assertTrue(fused.stream().allMatch(f -> f.bm25Rank() == 0 && Double.isNaN(f.bm25Score())));
        assertTrue(new ReciprocalRankFusion().fuse(List.of(), List.of()).isEmpty());
    }

    @Test
    void convex_fusion_keeps_score_gaps_that_rrf_flattens() {
        List<RankedDoc> bm25 = List.of(new RankedDoc(1, 30), new RankedDoc(2, 3), new RankedDoc(3, 2.9));
        List<RankedDoc> vector = List.of(new RankedDoc(2, 0.61), new RankedDoc(3, 0.60), new RankedDoc(1, 0.59),
                new RankedDoc(4, 0.30));
        assertEquals(1, new ConvexScoreFusion(0.5).fuse(bm25, vector).get(0).doc());
        assertEquals(2, new ReciprocalRankFusion(60).fuse(bm25, vector).get(0).doc());
    }

    @Test
    void convex_fusion_with_one_empty_ranker_keeps_the_other_order() {
        List<FusedDoc> fused = new ConvexScoreFusion(0.5).fuse(ranking(5, 6), List.of());
        assertEquals(List.of(5, 6), docs(fused));
    }
}
