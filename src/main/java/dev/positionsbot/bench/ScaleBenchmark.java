package dev.positionsbot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.positionsbot.answer.eval.EvalQuestion;
import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.KnowledgeLoader;
import dev.positionsbot.corpus.SentencePassageSplitter;
import dev.positionsbot.index.EmbeddingChoice;
import dev.positionsbot.index.HybridIndex;
import dev.positionsbot.index.PassageEmbedder;
import dev.positionsbot.index.SearchHit;
import dev.positionsbot.index.SearchMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One corpus size, in a child JVM started by {@link BenchmarkMain}: builds an index of the real articles plus
 * synthetic filler up to the requested passage count, then times searches and answers and records peak memory.
 * Searches and answers are timed in several passes after untimed warm-up passes (the first passes of a JVM are
 * slower while the JIT compiles): each figure is the median of the timed passes', their spread kept beside it.
 * Writes a {@link ScaleResult} as JSON to {@code --out}. With {@code --answer-only true} it instead opens the index a
 * previous run left in {@code --work} (the same knowledge and size), only answers, and writes an
 * {@link AnsweringMemory}: the memory of a running bot, without the build's.
 *
 * <pre>java -Xmx768m -cp target/benchmarks.jar dev.positionsbot.bench.ScaleBenchmark --knowledge DIR
 *     --questions a.jsonl,b.jsonl --passages 10000 --baseline true --work DIR --out result.json
 * java -Xmx768m -cp target/benchmarks.jar dev.positionsbot.bench.ScaleBenchmark --knowledge DIR
 *     --questions a.jsonl,b.jsonl --passages 10000 --answer-only true --work DIR --out answering.json</pre>
 */
public final class ScaleBenchmark {

    private static final Logger log = LoggerFactory.getLogger(ScaleBenchmark.class);

    static final int SYNTHETIC_QUERIES = 140;
    static final int WARMUP_QUERIES = 30;
    /**
     * Untimed passes of the public questions before the timed ones (see {@link #warmUpAnswers}). Measured pass curves
     * at 10,004 passages (docs/benchmarks-notes.md, "Answering path and measurement, late night"), at load 3-6: the
     * answering thread's CPU per answer levelled off after about seven passes, the whole process's (the JIT's
     * compiler threads included) after about ten; on an idle machine the compiler finishes sooner. The report shows
     * the warm-up passes' figures beside the timed ones, so a run that was not yet level shows it.
     */
    static final int WARMUP_ANSWER_PASSES = 8;
    /** Untimed passes of the search queries before the timed ones: the first two were slower in the same curves. */
    static final int WARMUP_SEARCH_PASSES = 2;
    /** Timed passes of the searches and of the answers; the report gives their median and spread. */
    static final int TIMED_PASSES = 5;
    static final int K = 8;

    public static void main(String[] args) throws IOException {
        Map<String, String> o = BenchOptions.parse(args);
        Path knowledge = Path.of(o.get("knowledge"));
        int target = Integer.parseInt(o.get("passages"));
        boolean baseline = Boolean.parseBoolean(o.getOrDefault("baseline", "false"));
        Path work = Path.of(o.get("work"));
        List<EvalQuestion> questions = new ArrayList<>();
        for (String f : o.get("questions").split(",")) {
            questions.addAll(EvalQuestion.read(Path.of(f)));
        }
        Object r = Boolean.parseBoolean(o.getOrDefault("answer-only", "false"))
                ? answerFromBuiltIndex(knowledge, questions, target, work)
                : run(knowledge, questions, target, baseline, work);
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(Path.of(o.get("out")).toFile(), r);
    }

    /**
     * The real articles and the synthetic filler up to {@code target} passages; the same for the same inputs (the
     * measuring tools beside the tests build the same corpus with it).
     */
    record Corpus(List<Article> real, List<Article> all, SyntheticCorpus synthetic) {
        static Corpus of(Path knowledge, int target, SentencePassageSplitter splitter) {
            List<Article> real = new KnowledgeLoader().load(knowledge);
            int realPassages = real.stream().mapToInt(a -> splitter.split(a).size()).sum();
            SyntheticCorpus synthetic = new SyntheticCorpus(real, 42);
            List<Article> all = new ArrayList<>(real);
            all.addAll(synthetic.articles(Math.max(0, target - realPassages), splitter));
            return new Corpus(real, all, synthetic);
        }
    }

    static ScaleResult run(Path knowledge, List<EvalQuestion> questions, int target, boolean baseline, Path work) {
        SentencePassageSplitter splitter = new SentencePassageSplitter();
        Corpus corpus = Corpus.of(knowledge, target, splitter);
        List<Article> real = corpus.real();
        SyntheticCorpus synthetic = corpus.synthetic();
        List<Article> all = corpus.all();

        Stopwatch load = Stopwatch.start();
        PassageEmbedder embedder = EmbeddingChoice.MINILM.load();
        embedder.embedQuery("load the model");
        double modelLoadMs = load.millis();

        Path dir = work.resolve("index-" + target);
        Stopwatch build = Stopwatch.start();
        try (HybridIndex index = HybridIndex.builder(dir).articles(all).splitter(splitter).embedder(embedder)
                .rebuild(true).open()) {
            double buildMs = build.millis();
            int passages = index.passageTotal();
            // the build's own peak, apart from the searches' and answers' that follow in this JVM
            log.info("{} passages indexed in {} ms; peak RSS so far {} MiB, peak heap {} MiB; {}", passages,
                    (long) buildMs, Math.round(ProcessMemory.peakRssMib()), Math.round(ProcessMemory.peakHeapMib()),
                    ProcessMemory.now());

            List<String> publicQuestions = questions.stream().map(EvalQuestion::question).toList();
            Map<SearchMode, List<LatencySummary>> search = timeSearchPasses(index, embedder, publicQuestions, synthetic,
                    WARMUP_SEARCH_PASSES, TIMED_PASSES);
            List<String> queries = queries(publicQuestions, synthetic);
            embedder.clearQueryCache();
            List<Double> embedMs = new ArrayList<>();
            for (String q : queries) {
                Stopwatch s = Stopwatch.start();
                embedder.embedQuery(q);
                embedMs.add(s.millis());
            }

            OurPipeline warm = OurPipeline.over(index, all, embedder.model(), SearchMode.HYBRID);
            AnswerPasses warmUp = warmUpAnswers(warm, index, all, embedder, synthetic, questions);
            List<EvalQuestion> answerable = questions.stream().filter(EvalQuestion::answerable).toList();
            int found = 0;
            for (EvalQuestion q : answerable) {
                List<Article> ranked = warm.retriever().retrieve(q.question()).hits().stream()
                        .map(SearchHit::article).toList();
                found += RelevantSources.foundWithin(q, ranked, 5) ? 1 : 0;
            }
            AnswerPasses times = AnswerPasses.time(index, all, embedder, questions, TIMED_PASSES, "timed");

            Double baselineBuildMs = null;
            Integer baselineSegments = null;
            List<LatencySummary> baselinePasses = null;
            Double baselineRecall = null;
            if (baseline) {
                Stopwatch b = Stopwatch.start();
                EasyRagBaseline rag = new EasyRagBaseline(all, embedder.model(), 5);
                baselineBuildMs = b.millis();
                baselineSegments = rag.segmentCount();
                for (String q : synthetic.queries(WARMUP_QUERIES, 99)) {
                    rag.retrieve(q);
                }
                baselinePasses = new ArrayList<>();
                for (int p = 0; p < WARMUP_SEARCH_PASSES + TIMED_PASSES; p++) {
                    List<Double> ms = new ArrayList<>();
                    for (String q : queries) {
                        Stopwatch s = Stopwatch.start();
                        rag.retrieve(q);
                        ms.add(s.millis());
                    }
                    if (p >= WARMUP_SEARCH_PASSES) {
                        baselinePasses.add(LatencySummary.of(ms));
                    }
                }
                int baselineFound = 0;
                for (EvalQuestion q : answerable) {
                    List<Article> ranked = rag.retrieve(q.question()).stream().map(EasyRagBaseline.Retrieved::article)
                            .toList();
                    baselineFound += RelevantSources.foundWithin(q, ranked, 5) ? 1 : 0;
                }
                baselineRecall = answerable.isEmpty() ? null : baselineFound / (double) answerable.size();
            }
            TimedPasses passes = new TimedPasses(warmUpCount(questions), warmUp.wall(), WARMUP_SEARCH_PASSES,
                    search.get(SearchMode.HYBRID), search.get(SearchMode.BM25), search.get(SearchMode.VECTOR),
                    baselinePasses, times.wall(), times.cpu());
            return new ScaleResult(target, passages, all.size(), real.size(), modelLoadMs, buildMs,
                    passages * 1000.0 / buildMs, sizeOf(dir), median(passes.searchHybrid()),
                    median(passes.searchBm25()), median(passes.searchVector()), LatencySummary.of(embedMs),
                    times.medianWall(), times.answeredOfAnswerable(), answerable.size(),
                    answerable.isEmpty() ? Double.NaN : found / (double) answerable.size(), baselineBuildMs,
                    baselineSegments, baselinePasses == null ? null : median(baselinePasses),
                    ProcessMemory.peakHeapMib(), ProcessMemory.peakRssMib(),
                    Runtime.getRuntime().maxMemory() / 1024.0 / 1024.0, times.medianAnswered(),
                    times.medianRefused(), baselineRecall, times.loadAverage(), times.medianCpu(), null, passes);
        }
    }

    /**
     * A running bot: opens the index {@link #run} left in {@code work} for the same knowledge and size (it must be up
     * to date: nothing is embedded or written), and answers the warm-up and the public questions in the passes of
     * {@link #run}, all through one pipeline as a bot answers. Peak heap and RSS are this JVM's, so they hold what
     * answering needs and nothing of the build.
     */
    static AnsweringMemory answerFromBuiltIndex(Path knowledge, List<EvalQuestion> questions, int target, Path work) {
        SentencePassageSplitter splitter = new SentencePassageSplitter();
        Corpus corpus = Corpus.of(knowledge, target, splitter);
        Path dir = work.resolve("index-" + target);
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no index at " + dir + ": run this size without --answer-only first");
        }
        PassageEmbedder embedder = EmbeddingChoice.MINILM.load();
        Stopwatch open = Stopwatch.start();
        try (HybridIndex index = HybridIndex.builder(dir).articles(corpus.all()).splitter(splitter).embedder(embedder)
                .open()) {
            double openMs = open.millis();
            log.info("index of {} passages opened in {} ms: {}", index.passageTotal(), Math.round(openMs),
                    ProcessMemory.now());
            if (index.syncReport().changedAnything()) {
                throw new IllegalStateException("the index at " + dir + " did not match the corpus and was changed ("
                        + index.syncReport() + "): not a measurement of answering alone");
            }
            // One pipeline answers every question here, as in a running bot (AppRuntime makes one per process). With
            // a fresh pipeline per pass, as the build JVM times its answers, each pass refilled a new pipeline's
            // caches while the previous ones' waited for the collector: the figure counted up to thirteen pipelines
            // (notes "Answering RSS and cold start, night of 2026-11-30"). The query cache is still cleared before
            // each pass; the pipeline's own caches keep what earlier passes put in them, up to their bounds, so the
            // answer times of this JVM are not the warm-answer figure of the build JVM.
            OurPipeline pipeline = OurPipeline.over(index, corpus.all(), embedder.model(), SearchMode.HYBRID);
            answerSynthetic(pipeline, corpus.synthetic());
            AnswerPasses warmUp = AnswerPasses.time(pipeline, index, embedder, questions, WARMUP_ANSWER_PASSES,
                    "warm-up");
            AnswerPasses times = AnswerPasses.time(pipeline, index, embedder, questions, TIMED_PASSES, "timed");
            return new AnsweringMemory(index.passageTotal(), openMs, times.medianWall(), times.medianCpu(),
                    times.answeredOfAnswerable(), ProcessMemory.peakHeapMib(), ProcessMemory.peakRssMib(),
                    Runtime.getRuntime().maxMemory() / 1024.0 / 1024.0, times.loadAverage(), memoryOptions(),
                    new TimedPasses(warmUpCount(questions), warmUp.wall(), 0, null, null, null, null, times.wall(),
                            times.cpu()));
        }
    }

    /** This JVM's heap, metaspace and collector options as given on its command line. */
    static String memoryOptions() {
        return memoryOptions(ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    /** The heap, metaspace and collector options among {@code jvmArguments}, in their order. */
    static String memoryOptions(List<String> jvmArguments) {
        return String.join(" ", jvmArguments.stream()
                .filter(a -> a.startsWith("-Xm") || a.matches("-XX:[+-]?Use\\w*GC") || a.startsWith("-XX:Metaspace")
                        || a.matches("-XX:M(in|ax)HeapFreeRatio=\\d+"))
                .toList());
    }

    /** The 1-, 5- and 15-minute load averages where the system tells them (Linux), else "unknown". */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip().replaceAll("^(\\S+ \\S+ \\S+).*", "$1");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** The 200 search queries: the public questions and the synthetic ones. */
    static List<String> queries(List<String> publicQuestions, SyntheticCorpus synthetic) {
        List<String> queries = new ArrayList<>(publicQuestions);
        queries.addAll(synthetic.queries(SYNTHETIC_QUERIES, 7));
        return queries;
    }

    /**
     * The search warm-up ({@link #WARMUP_QUERIES} synthetic queries, then {@code warmUpPasses} untimed passes of the
     * same kind as the timed ones), then {@code passes} timed passes over the {@link #queries}: each query timed once
     * per mode and pass with its embedding not cached (what a new question costs); the modes take turns in a rotating
     * order so that none of them always runs first, on a colder cache or JIT. Per mode, each pass's summary.
     */
    static Map<SearchMode, List<LatencySummary>> timeSearchPasses(HybridIndex index, PassageEmbedder embedder,
                                                                  List<String> publicQuestions,
                                                                  SyntheticCorpus synthetic, int warmUpPasses,
                                                                  int passes) {
        for (String q : synthetic.queries(WARMUP_QUERIES, 99)) {
            for (SearchMode mode : SearchMode.values()) {
                embedder.clearQueryCache();
                index.search(q, K, mode);
            }
        }
        List<String> queries = queries(publicQuestions, synthetic);
        SearchMode[] modes = SearchMode.values();
        Map<SearchMode, List<LatencySummary>> out = new EnumMap<>(SearchMode.class);
        for (int p = 0; p < warmUpPasses + passes; p++) {
            Map<SearchMode, List<Double>> ms = new EnumMap<>(SearchMode.class);
            for (int i = 0; i < queries.size(); i++) {
                for (int j = 0; j < modes.length; j++) {
                    SearchMode mode = modes[(i + j) % modes.length];
                    embedder.clearQueryCache();
                    Stopwatch s = Stopwatch.start();
                    index.search(queries.get(i), K, mode);
                    ms.computeIfAbsent(mode, m -> new ArrayList<>()).add(s.millis());
                }
            }
            LatencySummary hybrid = LatencySummary.of(ms.get(SearchMode.HYBRID));
            log.info("{} search pass {} at {} passages: hybrid p50 {} ms, p95 {} ms; load average {}",
                    p < warmUpPasses ? "warm-up" : "timed", p < warmUpPasses ? p : p - warmUpPasses,
                    index.passageTotal(), String.format(java.util.Locale.ROOT, "%.1f", hybrid.p50()),
                    String.format(java.util.Locale.ROOT, "%.1f", hybrid.p95()), loadAverage());
            if (p >= warmUpPasses) {
                ms.forEach((mode, samples) -> out.computeIfAbsent(mode, m -> new ArrayList<>())
                        .add(LatencySummary.of(samples)));
            }
        }
        return out;
    }

    /**
     * The answer warm-up: {@link #WARMUP_QUERIES} synthetic questions through {@code warm}, then
     * {@link #WARMUP_ANSWER_PASSES} untimed passes of the public questions as the timed passes ask them (a fresh
     * pipeline each, the query cache cleared, so no answer or analysis of a question is kept for the next pass; what
     * carries over is the JIT's compiled code, as in a bot that has answered many questions). Synthetic questions
     * alone did not do it: after 720 of them the public questions' passes still got faster for four passes.
     */
    static AnswerPasses warmUpAnswers(OurPipeline warm, HybridIndex index, List<Article> all, PassageEmbedder embedder,
                                      SyntheticCorpus synthetic, List<EvalQuestion> questions) {
        answerSynthetic(warm, synthetic);
        return AnswerPasses.time(index, all, embedder, questions, WARMUP_ANSWER_PASSES, "warm-up");
    }

    /** The answer warm-up's first part: {@link #WARMUP_QUERIES} synthetic questions through {@code pipeline}. */
    private static void answerSynthetic(OurPipeline pipeline, SyntheticCorpus synthetic) {
        for (String q : synthetic.queries(WARMUP_QUERIES, 123)) {
            pipeline.answerer().answer(q);
        }
    }

    static int warmUpCount(List<EvalQuestion> questions) {
        return WARMUP_QUERIES + WARMUP_ANSWER_PASSES * questions.size();
    }

    private static LatencySummary median(List<LatencySummary> passes) {
        return LatencySummary.medianOf(passes);
    }

    static long sizeOf(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            return -1;
        }
    }

    static List<String> split(String csv) {
        return Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
