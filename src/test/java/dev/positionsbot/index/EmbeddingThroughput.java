package dev.positionsbot.index;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.KnowledgeLoader;
import dev.positionsbot.corpus.Passage;
import dev.positionsbot.corpus.SentencePassageSplitter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Passages per second of the embedding set-ups on the bundled articles' passages (a measuring tool, not a test):
 * {@code java -cp <test classpath> dev.positionsbot.index.EmbeddingThroughput knowledge 3}.
 */
public final class EmbeddingThroughput {

    public static void main(String[] args) {
        List<Article> articles = new KnowledgeLoader().load(Path.of(args[0]));
        int reps = Integer.parseInt(args[1]);
        SentencePassageSplitter splitter = new SentencePassageSplitter();
        List<String> texts = new ArrayList<>();
        for (Article a : articles) {
            for (Passage p : splitter.split(a)) {
                texts.add(PassageDocuments.embeddingText(a, p));
            }
        }
        String[] setups = args.length > 2 ? args[2].split(",") : new String[] {"langchain4j", "b1w2", "b16w2", "b16w1", "b32w2"};
        for (int r = 0; r < reps; r++) {
            for (String setup : setups) {
                EmbeddingModel model = setup.equals("langchain4j") ? EmbeddingChoice.MINILM.newLangChain4jModel()
                        : EmbeddingChoice.MINILM.newModel(Integer.parseInt(setup.substring(1, setup.indexOf('w'))),
                        Integer.parseInt(setup.substring(setup.indexOf('w') + 1)));
                PassageEmbedder embedder = EmbeddingChoice.MINILM.wrap(model);
                embedder.embedPassages(texts.subList(0, 32), 0, 32, ProgressListener.NONE); // warm up
                long t0 = System.nanoTime();
                embedder.embedPassages(texts, 0, texts.size(), ProgressListener.NONE);
                double s = (System.nanoTime() - t0) / 1e9;
                List<Double> single = new ArrayList<>();
                for (int i = 0; i < 60; i++) {
                    long q0 = System.nanoTime();
                    model.embed("What did minister " + i + " say about the referendums in the occupied regions?");
                    single.add((System.nanoTime() - q0) / 1e6);
                }
                single.sort(null);
                System.out.printf(Locale.ROOT, "rep %d %-12s one question: median %.2f ms%n", r, setup, single.get(30));
                System.out.printf(Locale.ROOT, "rep %d %-12s %4d passages %.2f s %.0f passages/s%n", r, setup,
                        texts.size(), s, texts.size() / s);
                if (model instanceof AutoCloseable c) {
                    try {
                        c.close();
                    } catch (Exception ignored) {
                        // measuring only
                    }
                }
            }
        }
    }
}
