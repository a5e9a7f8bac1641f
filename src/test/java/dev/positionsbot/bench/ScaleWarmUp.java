package dev.positionsbot.bench;

import dev.positionsbot.answer.eval.EvalQuestion;
import dev.positionsbot.corpus.Article;
import dev.positionsbot.index.HybridIndex;
import dev.positionsbot.index.PassageEmbedder;
import dev.positionsbot.index.SearchHit;
import dev.positionsbot.index.SearchMode;

import java.util.ArrayList;
import java.util.List;

/**
 * ScaleBenchmark.run's sequence between the index build and its answer timing (search warm-up, the timed searches
 * per mode, the answer warm-up, the recall retrievals), replayed by the answer-timing probes so that their answers
 * meet the JVM in the state the benchmark's do. A class of its own so that {@link AlternatingAnswerTiming} can load it
 * beside an older build's classes.
 */
final class ScaleWarmUp {

    private ScaleWarmUp() {
    }

    static void replay(HybridIndex index, PassageEmbedder embedder, List<Article> all, SyntheticCorpus synthetic,
                       List<EvalQuestion> questions) {
        List<String> queries = new ArrayList<>(questions.stream().map(EvalQuestion::question).toList());
        queries.addAll(synthetic.queries(ScaleBenchmark.SYNTHETIC_QUERIES, 7));
        for (String q : synthetic.queries(ScaleBenchmark.WARMUP_QUERIES, 99)) {
            for (SearchMode mode : SearchMode.values()) {
                embedder.clearQueryCache();
                index.search(q, ScaleBenchmark.K, mode);
            }
        }
        SearchMode[] modes = SearchMode.values();
        for (int i = 0; i < queries.size(); i++) {
            for (int j = 0; j < modes.length; j++) {
                embedder.clearQueryCache();
                index.search(queries.get(i), ScaleBenchmark.K, modes[(i + j) % modes.length]);
            }
        }
        OurPipeline warm = OurPipeline.over(index, all, embedder.model(), SearchMode.HYBRID);
        for (String q : synthetic.queries(ScaleBenchmark.WARMUP_QUERIES, 123)) {
            warm.answerer().answer(q);
        }
        for (EvalQuestion q : questions) {
            if (q.answerable()) {
                warm.retriever().retrieve(q.question()).hits().stream().map(SearchHit::article).toList();
            }
        }
    }
}
