package dev.positionsbot.bench.jmh;

import dev.positionsbot.answer.Evidence;
import dev.positionsbot.answer.QuoteVerifier;
import dev.positionsbot.bench.OurPipeline;
import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.SentencePassageSplitter;
import dev.positionsbot.index.EmbeddingChoice;
import dev.positionsbot.index.HybridIndex;
import dev.positionsbot.index.PassageEmbedder;
import dev.positionsbot.index.SearchMode;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Checking that a quote is verbatim in its article, and the extractive composer's support scoring of every
 * sentence of the evidence for one question (semantic similarities cached after the first call, as in a running
 * bot that sees the same passages again).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class VerificationBenchmark {

    private final QuoteVerifier verifier = new QuoteVerifier();
    private String body;
    private String quote;
    private HybridIndex index;
    private OurPipeline pipeline;
    private Evidence evidence;

    @Setup
    public void setUp() throws IOException {
        List<Article> articles = BenchData.articles();
        Article a = articles.get(0);
        body = a.body();
        String p = new SentencePassageSplitter().split(a).get(2).text();
        quote = p.substring(0, Math.min(p.length(), 160));
        PassageEmbedder embedder = EmbeddingChoice.MINILM.load();
        index = HybridIndex.builder(Files.createTempDirectory("jmh-verify")).articles(articles)
                .splitter(new SentencePassageSplitter()).embedder(embedder).rebuild(true).open();
        pipeline = OurPipeline.over(index, articles, embedder.model(), SearchMode.HYBRID);
        evidence = pipeline.retriever().retrieve(BenchData.questions().get(0));
    }

    @TearDown
    public void tearDown() {
        index.close();
    }

    @Benchmark
    public boolean quoteIsVerbatim() {
        return verifier.isVerbatim(quote, body);
    }

    @Benchmark
    public List<?> supportScoring() { // List<?>: the answer model's sentence record changes shape; JMH needs no type
        return pipeline.composer().explain(evidence);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Evidence evidenceRetrieval() {
        return pipeline.retriever().retrieve(BenchData.questions().get(1));
    }
}
