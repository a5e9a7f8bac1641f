package dev.positionsbot;

import dev.positionsbot.answer.AnswerModel;
import dev.positionsbot.answer.CandidateScorer;
import dev.positionsbot.answer.rerank.TeiRerankScoringModel;
import dev.positionsbot.config.BotConfig;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scorer keys reach the composer's scorer as configured. */
class CandidateScorerWiringTest {

    private static BotConfig.Scorer scorer(BotConfig.ScorerMode mode, double minScore) {
        return new BotConfig.Scorer(mode, "http://127.0.0.1:8087", minScore, Duration.ofSeconds(3),
                Duration.ofSeconds(1));
    }

    @Test
    void the_default_is_the_built_in_scorer_alone() {
        CandidateScorer s = AppRuntime.candidateScorer(BotConfig.Scorer.builtin());
        assertEquals(CandidateScorer.Mode.BUILTIN, s.mode());
        assertTrue(s.external().isEmpty());
    }

    @Test
    void external_and_both_call_the_configured_reranker_with_its_minimum_score() {
        for (BotConfig.ScorerMode mode : new BotConfig.ScorerMode[] {BotConfig.ScorerMode.EXTERNAL,
                BotConfig.ScorerMode.BOTH}) {
            CandidateScorer s = AppRuntime.candidateScorer(scorer(mode, 0.73));
            assertEquals(mode.name(), s.mode().name());
            assertEquals(0.73, s.threshold());
            TeiRerankScoringModel reranker = assertInstanceOf(TeiRerankScoringModel.class, s.external().orElseThrow());
            assertEquals("http://127.0.0.1:8087/rerank", reranker.url());
        }
    }

    @Test
    void a_reranker_url_without_the_built_in_mode_set_otherwise_is_not_used() {
        CandidateScorer s = AppRuntime.candidateScorer(scorer(BotConfig.ScorerMode.BUILTIN, 0.73));
        assertTrue(s.external().isEmpty());
        assertEquals(AnswerModel.bundled().threshold(), s.threshold(), "the built-in threshold, not the reranker's");
    }
}
