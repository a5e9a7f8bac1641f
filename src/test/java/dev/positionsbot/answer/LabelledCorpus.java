package dev.positionsbot.answer;

import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.ArticleIngester;
import dev.positionsbot.corpus.KnowledgeLoader;
import dev.positionsbot.corpus.SentencePassageSplitter;
import dev.positionsbot.index.EmbeddingChoice;
import dev.positionsbot.index.HybridIndex;
import dev.positionsbot.index.NewsTermAnalyzer;
import dev.positionsbot.index.PassageEmbedder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The corpus the labelled questions are asked over, as one knowledge base: the five seed articles (knowledge/), the
 * team's invented articles, and — when ../shared is beside the project — the eight extra articles, ingested from
 * their raw pages by the project's own ingest. Every question is asked of all of them, so that the right article has
 * to be found among near misses.
 */
final class LabelledCorpus implements AutoCloseable {

    /** The extra articles; the property lets a developer measure what a fresh clone without ../shared measures. */
    static final Path EXTRA = Path.of(System.getProperty("positionsbot.corpus-extra", "../shared/corpus-extra"));

    final List<Article> articles;
    final HybridIndex index;
    final PassageEmbedder embedder;
    final boolean withExtra;

    LabelledCorpus(Path work) {
        Path knowledge = work.resolve("knowledge");
        try {
            Files.createDirectories(knowledge);
            for (Path dir : List.of(Path.of("knowledge"), LabelledQuestion.DIR.resolve("articles"))) {
                try (var files = Files.list(dir)) {
                    for (Path md : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                        Files.copy(md, knowledge.resolve(md.getFileName()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        withExtra = Files.isDirectory(EXTRA);
        if (withExtra) {
            ArticleIngester ingester = new ArticleIngester();
            for (Path raw : ArticleIngester.expand(List.of(EXTRA))) {
                if (ingester.ingest(raw, knowledge, false).failed()) {
                    throw new IllegalStateException("cannot ingest " + raw);
                }
            }
        }
        articles = new KnowledgeLoader().load(knowledge, false).articles();
        embedder = EmbeddingChoice.MINILM.load();
        index = HybridIndex.builder(work.resolve("index")).articles(articles).splitter(new SentencePassageSplitter())
                .embedder(embedder).open();
    }

    /** The offline pipeline over this corpus, with the given answer model. */
    ExtractivePipeline pipeline(AnswerModel model) {
        return ExtractivePipeline.over(index, index.termStatistics(), new NewsTermAnalyzer(), articles,
                embedder.model(), CandidateScorer.builtin(model), model);
    }

    /** Whether the question can be asked of this corpus (its article is here). */
    boolean covers(LabelledQuestion q) {
        return withExtra || !q.isExtra();
    }

    @Override
    public void close() {
        index.close();
    }
}
