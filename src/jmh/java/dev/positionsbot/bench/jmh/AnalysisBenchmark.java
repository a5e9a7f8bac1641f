package dev.positionsbot.bench.jmh;

import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.Passage;
import dev.positionsbot.corpus.SentencePassageSplitter;
import dev.positionsbot.index.NewsAnalyzer;
import dev.positionsbot.index.NewsTermAnalyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Text analysis, paid per question (terms) and per indexed passage (Lucene analyzer). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AnalysisBenchmark {

    private final NewsTermAnalyzer terms = new NewsTermAnalyzer();
    private final NewsAnalyzer folded = new NewsAnalyzer(NewsAnalyzer.Variant.FOLDED);
    private String passage;
    private String question;

    @Setup
    public void setUp() {
        List<Article> articles = BenchData.articles();
        List<Passage> passages = new SentencePassageSplitter().split(articles.get(0));
        passage = passages.get(Math.min(3, passages.size() - 1)).text();
        question = BenchData.questions().get(0);
    }

    @Benchmark
    public List<String> questionTerms() {
        return terms.terms(question);
    }

    @Benchmark
    public List<String> passageTerms() {
        return terms.terms(passage);
    }

    @Benchmark
    public int passageFoldedTokens() throws IOException {
        int n = 0;
        try (TokenStream ts = folded.tokenStream("body", passage)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                n += t.length();
            }
            ts.end();
        }
        return n;
    }
}
