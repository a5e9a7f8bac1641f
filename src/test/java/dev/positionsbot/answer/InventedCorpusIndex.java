package dev.positionsbot.answer;

import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.SentencePassageSplitter;
import dev.positionsbot.index.EmbeddingChoice;
import dev.positionsbot.index.HybridIndex;
import dev.positionsbot.index.NewsTermAnalyzer;
import dev.positionsbot.index.PassageEmbedder;

import java.nio.file.Path;
import java.util.List;

/**
 * A real index over a few invented articles and the offline answering pipeline, wired exactly as the runtime wires
 * it: the fixture of the tests that ask whole questions of a corpus made up for them.
 */
final class InventedCorpusIndex implements AutoCloseable {

    private final HybridIndex index;
    private final Answerer answerer;

    InventedCorpusIndex(List<Article> articles, Path dir) {
        this(articles, dir, AnswerModel.bundled());
    }

    /** The same, answering with the given answer model instead of the bundled one. */
    InventedCorpusIndex(List<Article> articles, Path dir, AnswerModel model) {
        PassageEmbedder embedder = EmbeddingChoice.MINILM.load();
        index = HybridIndex.builder(dir.resolve("index")).articles(articles).splitter(new SentencePassageSplitter())
                .embedder(embedder).open();
        answerer = ExtractivePipeline.over(index, index.termStatistics(), new NewsTermAnalyzer(), articles,
                embedder.model(), CandidateScorer.builtin(model), model).answerer(index);
    }

    Answerer answerer() {
        return answerer;
    }

    @Override
    public void close() {
        index.close();
    }
}
