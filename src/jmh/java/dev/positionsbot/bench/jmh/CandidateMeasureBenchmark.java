package dev.positionsbot.bench.jmh;

import dev.positionsbot.answer.AnalyzedQuestion;
import dev.positionsbot.answer.KeyTerm;
import dev.positionsbot.answer.Lexicon;
import dev.positionsbot.answer.QuestionAnalyzer;
import dev.positionsbot.answer.SentenceTerms;
import dev.positionsbot.answer.WordNetRelations;
import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.Passage;
import dev.positionsbot.corpus.SentencePassageSplitter;
import dev.positionsbot.index.NewsTermAnalyzer;
import dev.positionsbot.index.TermStatistics;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The composer's per-candidate measuring, paid for every unit of every retrieved passage: analysing a unit's words,
 * matching the question's key terms and their dictionary paraphrases in it, and scanning it for lexicon names. The
 * question is the longest public dev question (a compound one has the most terms and paraphrases).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CandidateMeasureBenchmark {

    private final NewsTermAnalyzer analyzer = new NewsTermAnalyzer();
    private final Map<String, List<String>> wordCache = SentenceTerms.newCache();
    private QuestionAnalyzer questions;
    private AnalyzedQuestion question;
    private String passage;
    private SentenceTerms analysed;

    @Setup
    public void setUp() {
        List<Article> articles = BenchData.articles();
        List<Passage> passages = new SentencePassageSplitter().split(articles.get(0));
        passage = passages.get(Math.min(3, passages.size() - 1)).text();
        TermStatistics flat = new TermStatistics() {
            @Override
            public int passageCount() {
                return 1000;
            }

            @Override
            public int passageFrequency(String analyzedTerm) {
                return 10;
            }
        };
        questions = new QuestionAnalyzer(analyzer, flat, Lexicon.bundled(), WordNetRelations.bundled());
        String longest = BenchData.questions().stream().max(Comparator.comparingInt(String::length)).orElseThrow();
        question = questions.analyze(longest);
        analysed = SentenceTerms.of(passage, analyzer, wordCache);
    }

    /** A new unit's words analysed (word analyses cached, as the composer keeps them). */
    @Benchmark
    public SentenceTerms unitAnalysed() {
        return SentenceTerms.of(passage, analyzer, wordCache);
    }

    /** Every key term and, where it is absent, its paraphrases looked for in a new unit: its first measuring. */
    @Benchmark
    public int newUnitMatched() {
        return matched(SentenceTerms.of(passage, analyzer, wordCache));
    }

    /** The same in a unit already analysed and looked in (a compound question's parts measure the same units). */
    @Benchmark
    public int knownUnitMatched() {
        return matched(analysed);
    }

    /** The unit scanned for every spelling of every lexicon name (the "another party" feature). */
    @Benchmark
    public int unitNamesScanned() {
        return questions.namesIn(passage).size();
    }

    private int matched(SentenceTerms st) {
        int n = 0;
        for (KeyTerm t : question.terms()) {
            if (st.contains(t) || st.hasParaphrase(t)) {
                n++;
            }
        }
        return n;
    }
}
