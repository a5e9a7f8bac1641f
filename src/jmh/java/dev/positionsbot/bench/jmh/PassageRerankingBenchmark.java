package dev.positionsbot.bench.jmh;

import dev.positionsbot.answer.AnalyzedQuestion;
import dev.positionsbot.answer.ExtractivePipeline;
import dev.positionsbot.answer.PassageRankingModel;
import dev.positionsbot.answer.PassageReranker;
import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.SentencePassageSplitter;
import dev.positionsbot.index.EmbeddingChoice;
import dev.positionsbot.index.HybridIndex;
import dev.positionsbot.index.NewsTermAnalyzer;
import dev.positionsbot.index.PassageEmbedder;
import dev.positionsbot.index.SearchHit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The passage reranker's feature scoring: the 30 fused results of each public question over the bundled articles
 * (index in target/jmh-index-knowledge, reused by later runs), scored and ordered as {@code EvidenceRetriever} does.
 * "firstSight" gives every call a new reranker, so that every passage and title is analysed word by word, each word
 * afresh as well (an upper bound: a running bot's word cache holds most words); "recentPassages" keeps one reranker, whose analysed passages and titles are
 * then all held, as for questions that come back to the same passages.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PassageRerankingBenchmark {

    private record Pool(AnalyzedQuestion question, List<SearchHit> hits, float[] vector) {
    }

    private final NewsTermAnalyzer analyzer = new NewsTermAnalyzer();
    private final PassageRankingModel model = PassageRankingModel.bundled();
    private HybridIndex index;
    private PassageReranker kept;
    private List<Pool> pools;
    private int next;

    @Setup
    public void setUp() {
        List<Article> articles = BenchData.articles();
        PassageEmbedder embedder = EmbeddingChoice.MINILM.load();
        index = HybridIndex.builder(Path.of("target/jmh-index-knowledge")).articles(articles)
                .splitter(new SentencePassageSplitter()).embedder(embedder).open();
        ExtractivePipeline pipeline = ExtractivePipeline.over(index, index.termStatistics(), analyzer, articles,
                embedder.model());
        pools = new ArrayList<>();
        for (String q : BenchData.questions()) {
            AnalyzedQuestion aq = pipeline.questions().analyze(q);
            pools.add(new Pool(aq, index.search(aq.searchQuery(), PassageReranker.POOL),
                    embedder.embedQuery(aq.searchQuery())));
        }
        kept = new PassageReranker(analyzer, model);
    }

    @TearDown
    public void tearDown() {
        index.close();
    }

    private Pool nextPool() {
        next = (next + 1) % pools.size();
        return pools.get(next);
    }

    @Benchmark
    public List<SearchHit> firstSight() {
        Pool p = nextPool();
        return new PassageReranker(analyzer, model).top(p.question(), p.hits(), p.vector(), 10);
    }

    @Benchmark
    public List<SearchHit> recentPassages() {
        Pool p = nextPool();
        return kept.top(p.question(), p.hits(), p.vector(), 10);
    }
}
