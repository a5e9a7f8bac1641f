package dev.positionsbot.bench;

import dev.positionsbot.answer.eval.EvalQuestion;
import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.SentencePassageSplitter;
import dev.positionsbot.index.EmbeddingChoice;
import dev.positionsbot.index.HybridIndex;
import dev.positionsbot.index.PassageEmbedder;
import dev.positionsbot.index.SearchMode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the scale-measuring tools open before they time anything: ScaleBenchmark's corpus at a size, the bundled
 * model loaded, the public questions, and the index ScaleBenchmark built for that size in a work directory. The
 * index must open unchanged: a tool that found it out of date would time a rebuild, not answers or searches.
 */
record ScaleSession(ScaleBenchmark.Corpus corpus, PassageEmbedder embedder, List<EvalQuestion> questions,
                    HybridIndex index) implements AutoCloseable {

    /** The tools' first four arguments: knowledge directory, target passages, work directory, question files (a,b). */
    static ScaleSession open(String[] args) throws IOException {
        SentencePassageSplitter splitter = new SentencePassageSplitter();
        int target = Integer.parseInt(args[1]);
        ScaleBenchmark.Corpus corpus = ScaleBenchmark.Corpus.of(Path.of(args[0]), target, splitter);
        PassageEmbedder embedder = EmbeddingChoice.MINILM.load();
        embedder.embedQuery("load the model");
        List<EvalQuestion> questions = new ArrayList<>();
        for (String f : args[3].split(",")) {
            questions.addAll(EvalQuestion.read(Path.of(f)));
        }
        HybridIndex index = HybridIndex.builder(Path.of(args[2]).resolve("index-" + target)).articles(corpus.all())
                .splitter(splitter).embedder(embedder).open();
        if (index.syncReport().changedAnything()) {
            index.close();
            throw new IllegalStateException("the index in " + args[2] + " for " + target + " passages was out of date"
                    + " and has been changed: build it with ScaleBenchmark for this knowledge directory first");
        }
        return new ScaleSession(corpus, embedder, questions, index);
    }

    List<Article> all() {
        return corpus.all();
    }

    SyntheticCorpus synthetic() {
        return corpus.synthetic();
    }

    /** ScaleBenchmark.run's sequence between the build and its timed answers ({@link ScaleWarmUp}). */
    void warmUp() {
        ScaleWarmUp.replay(index, embedder, all(), synthetic(), questions);
    }

    /** A pipeline as a benchmark pass makes it: new, with the query cache cleared. */
    OurPipeline freshPipeline() {
        embedder.clearQueryCache();
        return OurPipeline.over(index, all(), embedder.model(), SearchMode.HYBRID);
    }

    @Override
    public void close() {
        index.close();
    }
}
