package dev.positionsbot.bench;

import dev.positionsbot.AppRuntime;
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

import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The steps of a cold start to the first answer, as {@code AppRuntime} takes them for {@code ask}, each timed in one
 * fresh JVM (run it several times, e.g. with and without an AppCDS archive):
 * <pre>java -cp target/benchmarks.jar dev.positionsbot.bench.StartPhases KNOWLEDGE_DIR INDEX_DIR "question"</pre>
 * The first line is the JVM's own start, up to main (from the JVM's recorded start time); the last, when the model
 * that loads in the background was ready (the first answer waits for it at its first embedding).
 * {@code -Dstartphases.noPreload=true} leaves the bundled tables to the main thread, as before they were preloaded.
 */
public final class StartPhases {

    public static void main(String[] args) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long t = System.currentTimeMillis();
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "jvm-to-main %d ms", t - jvmStart));
        long n = System.nanoTime();
        // the product has logging configured (picocli builds its commands, whose loggers start logback) before
        // AppRuntime opens; timed apart here so that it does not count as the next step
        LoggerFactory.getILoggerFactory();
        n = lap(out, "logging", n);
        // as AppRuntime: the model starts loading in the background, then the knowledge is read and the index and
        // the pipeline made; nothing waits for the model before the first answer embeds its query
        long modelStart = n;
        PassageEmbedder embedder = EmbeddingChoice.MINILM.load();
        if (!Boolean.getBoolean("startphases.noPreload")) {
            embedder.afterLoad(AppRuntime::preloadTables);
        }
        AtomicLong modelReady = new AtomicLong();
        Thread watcher = new Thread(() -> {
            embedder.awaitModel();
            modelReady.set(System.nanoTime());
        });
        watcher.start();
        LoadedCorpus corpus = new KnowledgeLoader().load(Path.of(args[0]), false);
        n = lap(out, "knowledge", n);
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
        try {
            watcher.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        out.append(String.format(Locale.ROOT, "; total %d ms; the model (in the background) ready %d ms after its "
                + "load started", System.currentTimeMillis() - jvmStart, (modelReady.get() - modelStart) / 1_000_000));
        System.out.println(out);
    }

    private static long lap(StringBuilder out, String name, long since) {
        long now = System.nanoTime();
        out.append(String.format(Locale.ROOT, ", %s %d ms", name, (now - since) / 1_000_000));
        return now;
    }
}
