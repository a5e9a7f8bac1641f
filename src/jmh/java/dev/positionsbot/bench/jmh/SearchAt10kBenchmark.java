package dev.positionsbot.bench.jmh;

import dev.positionsbot.bench.SyntheticCorpus;
import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.SentencePassageSplitter;
import dev.positionsbot.index.EmbeddingChoice;
import dev.positionsbot.index.HybridIndex;
import dev.positionsbot.index.PassageEmbedder;
import dev.positionsbot.index.SearchHit;
import dev.positionsbot.index.SearchMode;
import dev.positionsbot.index.VectorStorage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Search at 10,000 passages (real articles plus synthetic filler), with the vectors int8-quantized (the product's
 * default) and as float32, side by side. Each index lives in target/jmh-index-10k-int8 / -float32 and is reused by
 * later runs (built once, one to two minutes each on this machine; add {@code -p storage=INT8} for one only). The public questions rotate; their embeddings are cached
 * after the first round, so "hybridCachedQuery" is search without query embedding, and "queryEmbedding" is that
 * cost; "hybrid" embeds every time, as a new question does (the embedding and the vector search run on a helper
 * thread beside BM25).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SearchAt10kBenchmark {

    @Param({"INT8", "FLOAT32"})
    public VectorStorage storage;

    private HybridIndex index;
    private PassageEmbedder embedder;
    private List<String> questions;
    private int next;

    @Setup
    public void setUp() {
        List<Article> real = BenchData.articles();
        SentencePassageSplitter splitter = new SentencePassageSplitter();
        int realPassages = real.stream().mapToInt(a -> splitter.split(a).size()).sum();
        List<Article> all = new ArrayList<>(real);
        all.addAll(new SyntheticCorpus(real, 42).articles(10_000 - realPassages, splitter));
        embedder = EmbeddingChoice.MINILM.load();
        index = HybridIndex.builder(Path.of("target/jmh-index-10k-" + storage.name().toLowerCase(java.util.Locale.ROOT)))
                .articles(all).splitter(splitter).embedder(embedder).vectorStorage(storage).open();
        questions = BenchData.questions();
    }

    @TearDown
    public void tearDown() {
        index.close();
    }

    private String nextQuestion() {
        next = (next + 1) % questions.size();
        return questions.get(next);
    }

    @Benchmark
    public List<SearchHit> bm25() {
        return index.search(nextQuestion(), 8, SearchMode.BM25);
    }

    @Benchmark
    public List<SearchHit> vectorCachedQuery() {
        return index.search(nextQuestion(), 8, SearchMode.VECTOR);
    }

    @Benchmark
    public List<SearchHit> hybridCachedQuery() {
        return index.search(nextQuestion(), 8, SearchMode.HYBRID);
    }

    @Benchmark
    public List<SearchHit> hybrid() {
        embedder.clearQueryCache();
        return index.search(nextQuestion(), 8, SearchMode.HYBRID);
    }

    @Benchmark
    public float[] queryEmbedding() {
        embedder.clearQueryCache();
        return embedder.embedQuery(nextQuestion());
    }
}
