package dev.positionsbot.bench.jmh;

import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.Passage;
import dev.positionsbot.corpus.SentencePassageSplitter;
import dev.positionsbot.index.EmbeddingChoice;
import dev.positionsbot.index.PassageEmbedder;
import dev.positionsbot.index.ProgressListener;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Indexing's hot path: embedding 32 real passages (one PassageEmbedder batch) with the bot's encoder (ONNX Runtime,
 * texts spread over the cores) and with LangChain4j's own class for the same model, which the bot used before.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EmbeddingBenchmark {

    @Param({"bot", "langchain4j"})
    public String encoder;

    private PassageEmbedder embedder;
    private List<String> texts;

    @Setup
    public void setUp() {
        embedder = EmbeddingChoice.MINILM.wrap(encoder.equals("bot") ? EmbeddingChoice.MINILM.newModel()
                : EmbeddingChoice.MINILM.newLangChain4jModel());
        texts = new ArrayList<>();
        SentencePassageSplitter splitter = new SentencePassageSplitter();
        for (Article a : BenchData.articles()) {
            for (Passage p : splitter.split(a)) {
                if (texts.size() < 32) {
                    texts.add(a.title() + "\n" + p.text());
                }
            }
        }
    }

    @Benchmark
    public List<float[]> passages32() {
        return embedder.embedPassages(texts, 0, texts.size(), ProgressListener.NONE);
    }
}
