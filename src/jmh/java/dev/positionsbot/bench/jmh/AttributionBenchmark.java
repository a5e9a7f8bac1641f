package dev.positionsbot.bench.jmh;

import dev.positionsbot.answer.attribution.ArticleAttributor;
import dev.positionsbot.answer.attribution.Attribution;
import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.Passage;
import dev.positionsbot.corpus.SentencePassageSplitter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Attributing cited quotes (speaker, kind, state, date), the step after the composer: a fifth of an answer's
 * thread time at 10,000 passages before the change of 2026-11-30 (notes "Answering path, same answers"). One call
 * attributes every passage of the bundled articles as a quote, as an answer's citations are.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AttributionBenchmark {

    private final ArticleAttributor attributor = new ArticleAttributor();
    private final List<Article> articles = new ArrayList<>();
    private final List<String> quotes = new ArrayList<>();

    @Setup
    public void setUp() {
        SentencePassageSplitter splitter = new SentencePassageSplitter();
        for (Article a : BenchData.articles()) {
            for (Passage p : splitter.split(a)) {
                articles.add(a);
                quotes.add(a.body().substring(p.start(), p.end()));
            }
        }
    }

    @Benchmark
    public int everyPassageAttributed() {
        int named = 0;
        for (int i = 0; i < quotes.size(); i++) {
            Attribution at = attributor.attribute(articles.get(i), quotes.get(i));
            named += at.speaker().name().length();
        }
        return named;
    }
}
