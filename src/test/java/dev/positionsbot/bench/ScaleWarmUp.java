package dev.positionsbot.bench;

import dev.positionsbot.answer.eval.EvalQuestion;
import dev.positionsbot.corpus.Article;
import dev.positionsbot.index.HybridIndex;
import dev.positionsbot.index.PassageEmbedder;
import dev.positionsbot.index.SearchHit;
import dev.positionsbot.index.SearchMode;

import java.util.List;

/**
 * ScaleBenchmark.run's sequence between the index build and its timed answer passes (the search warm-up and timed
 * search passes per mode, the answer warm-up with its untimed passes of the public questions, the recall
 * retrievals), replayed by the answer-timing probes so that their answers meet the JVM in the state the benchmark's
 * do. A class of its own so that {@link AlternatingAnswerTiming} can load it beside an older build's classes.
 */
final class ScaleWarmUp {

    private ScaleWarmUp() {
    }

    static void replay(HybridIndex index, PassageEmbedder embedder, List<Article> all, SyntheticCorpus synthetic,
                       List<EvalQuestion> questions) {
        ScaleBenchmark.timeSearchPasses(index, embedder, questions.stream().map(EvalQuestion::question).toList(),
                synthetic, ScaleBenchmark.WARMUP_SEARCH_PASSES, ScaleBenchmark.TIMED_PASSES);
        OurPipeline warm = OurPipeline.over(index, all, embedder.model(), SearchMode.HYBRID);
        ScaleBenchmark.warmUpAnswers(warm, index, all, embedder, synthetic, questions);
        for (EvalQuestion q : questions) {
            if (q.answerable()) {
                warm.retriever().retrieve(q.question()).hits().stream().map(SearchHit::article).toList();
            }
        }
    }
}
