package dev.positionsbot.bench;

import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.KnowledgeLoader;
import dev.positionsbot.corpus.SentencePassageSplitter;
import dev.positionsbot.corpus.SentenceUnits;
import dev.positionsbot.index.EmbeddingChoice;
import dev.positionsbot.index.HybridIndex;
import dev.positionsbot.index.PassageEmbedder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What storing candidate-unit vectors with each passage costs: index size and build time with and without them, on a
 * knowledge folder alone and filled with synthetic articles up to a passage count. Prints one line per index.
 *
 * <pre>java -cp target/benchmarks.jar dev.positionsbot.bench.SentenceVectorFootprint --knowledge knowledge
 *     --passages 10000 --work /tmp/footprint</pre>
 */
public final class SentenceVectorFootprint {

    private SentenceVectorFootprint() {
    }

    public static void main(String[] args) {
        Map<String, String> o = BenchOptions.parse(args);
        List<Article> real = new KnowledgeLoader().load(Path.of(o.getOrDefault("knowledge", "knowledge")));
        int target = Integer.parseInt(o.getOrDefault("passages", "10000"));
        Path work = Path.of(o.getOrDefault("work", "target/sentence-vector-footprint"));
        SentencePassageSplitter splitter = new SentencePassageSplitter();
        int realPassages = real.stream().mapToInt(a -> splitter.split(a).size()).sum();
        List<Article> filled = new ArrayList<>(real);
        filled.addAll(new SyntheticCorpus(real, 42).articles(Math.max(0, target - realPassages), splitter));
        PassageEmbedder embedder = EmbeddingChoice.MINILM.load();
        embedder.embedQuery("load the model");
        measure("knowledge", real, splitter, embedder, work);
        measure("knowledge+synthetic", filled, splitter, embedder, work);
    }

    private static void measure(String name, List<Article> articles, SentencePassageSplitter splitter,
                                PassageEmbedder embedder, Path work) {
        SentenceUnits units = new SentenceUnits();
        long unitCount = articles.stream().flatMap(a -> splitter.split(a).stream())
                .mapToLong(p -> units.texts(p.text()).size()).sum();
        for (boolean store : new boolean[]{false, true}) {
            Path dir = work.resolve(name + (store ? "-with" : "-without"));
            Stopwatch build = Stopwatch.start();
            int passages;
            try (HybridIndex index = HybridIndex.builder(dir).articles(articles).splitter(splitter).embedder(embedder)
                    .sentenceVectors(store).rebuild(true).open()) {
                passages = index.passageTotal();
            }
            System.out.printf(Locale.ROOT, "%s, sentence vectors %s: %d passages, %d units, build %.1f s, index %.1f MiB%n",
                    name, store ? "stored" : "not stored", passages, unitCount, build.millis() / 1000,
                    ScaleBenchmark.sizeOf(dir) / (1024.0 * 1024.0));
        }
    }
}
