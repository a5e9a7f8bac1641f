package dev.positionsbot.bench;

import dev.positionsbot.answer.Answerer;
import dev.positionsbot.answer.ExtractivePipeline;
import dev.positionsbot.answer.GroundedAnswer;
import dev.positionsbot.corpus.KnowledgeLoader;
import dev.positionsbot.corpus.LoadedCorpus;
import dev.positionsbot.corpus.SentencePassageSplitter;
import dev.positionsbot.index.EmbeddingChoice;
import dev.positionsbot.index.HybridIndex;
import dev.positionsbot.index.NewsTermAnalyzer;
import dev.positionsbot.index.PassageEmbedder;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The steps of a cold start to the first answer, as {@code AppRuntime} takes them for {@code ask}, each timed in one
 * fresh JVM (run it several times, e.g. with and without an AppCDS archive):
 * <pre>java -cp target/benchmarks.jar dev.positionsbot.bench.StartPhases KNOWLEDGE_DIR INDEX_DIR "question"</pre>
 * The first line is the JVM's own start, up to main (from the JVM's recorded start time).
 */
public final class StartPhases {

    public static void main(String[] args) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long t = System.currentTimeMillis();
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "jvm-to-main %d ms", t - jvmStart));
        long n = System.nanoTime();
        // as AppRuntime: the model starts loading in the background, then the knowledge is read; the wait for the
        // model shows as "embedding-model" (what is left of its load once the knowledge is in)
        PassageEmbedder embedder = EmbeddingChoice.MINILM.load();
        LoadedCorpus corpus = new KnowledgeLoader().load(Path.of(args[0]), false);
        n = lap(out, "knowledge", n);
        embedder.model().dimension();
        n = lap(out, "embedding-model", n);
        try (HybridIndex index = HybridIndex.builder(Path.of(args[1])).articles(corpus.articles())
                .splitter(new SentencePassageSplitter()).embedder(embedder).open()) {
            n = lap(out, "index-open", n);
            ExtractivePipeline pipeline = ExtractivePipeline.over(index, index.termStatistics(), new NewsTermAnalyzer(),
                    corpus.articles(), embedder.model());
            Answerer answerer = pipeline.answerer(index);
            n = lap(out, "answer-pipeline", n);
            GroundedAnswer a = answerer.answer(args[2]);
            n = lap(out, "first-answer", n);
            out.append(a.answered() ? " (answered)" : " (refused)");
        }
        out.append(String.format(Locale.ROOT, "; total %d ms", System.currentTimeMillis() - jvmStart));
        System.out.println(out);
    }

    private static long lap(StringBuilder out, String name, long since) {
        long now = System.nanoTime();
        out.append(String.format(Locale.ROOT, ", %s %d ms", name, (now - since) / 1_000_000));
        return now;
    }
}
