package dev.positionsbot.bench;

import dev.positionsbot.answer.eval.EvalQuestion;
import dev.positionsbot.answer.eval.EvalReport;
import dev.positionsbot.answer.eval.Evaluator;
import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.SentencePassageSplitter;
import dev.positionsbot.index.HybridIndex;
import dev.positionsbot.index.PassageEmbedder;
import dev.positionsbot.index.SearchHit;
import dev.positionsbot.index.SearchMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Retrieval and answer quality on one question set: our pipeline with BM25 only, vectors only and hybrid search,
 * and the easy-RAG baseline, all with the same embedding model and the same articles.
 */
final class QualityBenchmark {

    private static final Logger log = LoggerFactory.getLogger(QualityBenchmark.class);

    static final String BASELINE = "easy-rag baseline";

    private final PassageEmbedder embedder;
    private final Path work;

    QualityBenchmark(PassageEmbedder embedder, Path work) {
        this.embedder = embedder;
        this.work = work;
    }

    QualitySet run(String name, String questionsFile, String corpusName, List<Article> articles,
                   List<EvalQuestion> questions) {
        List<SystemQuality> systems = new ArrayList<>();
        int passages;
        try (HybridIndex index = HybridIndex.builder(work.resolve("quality-" + name))
                .articles(articles).splitter(new SentencePassageSplitter()).embedder(embedder).rebuild(true).open()) {
            passages = index.passageTotal();
            for (SearchMode mode : List.of(SearchMode.BM25, SearchMode.VECTOR, SearchMode.HYBRID)) {
                OurPipeline p = OurPipeline.over(index, articles, embedder.model(), mode);
                embedder.clearQueryCache();
                EvalReport report = new Evaluator(p.answerer(), articles).run(questions, o -> { });
                systems.add(summarize(label(mode), questions, report,
                        q -> p.retriever().retrieve(q).hits().stream().map(SearchHit::article).toList()));
            }
        }
        EasyRagBaseline baseline = new EasyRagBaseline(articles, embedder.model(), 5);
        // the baseline quotes from title + body, so its quotes are checked against that text
        List<Article> asIndexed = articles.stream().map(a -> new Article(a.id(), a.file(), a.title(), a.outlet(),
                a.author(), a.published(), a.url(), a.language(), a.sourceFile(), EasyRagBaseline.documentText(a)))
                .toList();
        EvalReport report = new Evaluator(baseline, asIndexed).run(questions, o -> { });
        systems.add(summarize(BASELINE, questions, report,
                q -> baseline.retrieve(q).stream().map(EasyRagBaseline.Retrieved::article).toList()));
        QualitySet set = new QualitySet(name, questionsFile, corpusName, articles.size(), passages,
                baseline.segmentCount(), systems);
        log.info("quality {}: {}", name, set);
        return set;
    }

    static String label(SearchMode mode) {
        return switch (mode) {
            case BM25 -> "ours, BM25 only";
            case VECTOR -> "ours, vectors only";
            case HYBRID -> "ours, hybrid";
        };
    }

    private static SystemQuality summarize(String system, List<EvalQuestion> questions, EvalReport report,
                                           Function<String, List<Article>> ranking) {
        List<EvalQuestion> answerable = questions.stream().filter(EvalQuestion::answerable).toList();
        int at1 = 0;
        int at5 = 0;
        List<String> missed = new ArrayList<>();
        for (EvalQuestion q : answerable) {
            List<Article> ranked = ranking.apply(q.question());
            at1 += RelevantSources.foundWithin(q, ranked, 1) ? 1 : 0;
            if (RelevantSources.foundWithin(q, ranked, 5)) {
                at5++;
            } else {
                missed.add(q.id());
            }
        }
        double n = Math.max(1, answerable.size());
        return new SystemQuality(system, questions.size(), answerable.size(), at1 / n, at5 / n,
                report.keyFactRecall(), report.refusalRecall(), report.falseRefusalRate(),
                report.quoteVerificationRate(), report.sourceRecall(), report.passed(),
                report.latencyPercentile(50), report.latencyPercentile(95), missed);
    }

    static String describe(SystemQuality s) {
        return String.format(Locale.ROOT, "%s R@1 %.2f R@5 %.2f facts %.2f", s.system(), s.recallAt1(), s.recallAt5(),
                s.keyFactRecall());
    }
}
