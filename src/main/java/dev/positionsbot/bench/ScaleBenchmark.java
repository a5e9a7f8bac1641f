package dev.positionsbot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.positionsbot.answer.GroundedAnswer;
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
            log.info("{} passages indexed in {} ms", passages, (long) buildMs);

            List<String> queries = new ArrayList<>(questions.stream().map(EvalQuestion::question).toList());
            queries.addAll(synthetic.queries(SYNTHETIC_QUERIES, 7));
            for (String q : synthetic.queries(WARMUP_QUERIES, 99)) {
                for (SearchMode mode : SearchMode.values()) {
                    embedder.clearQueryCache();
                    index.search(q, K, mode);
                }
            }
            Map<SearchMode, LatencySummary> search = timeSearches(index, embedder, queries);
            LatencySummary hybrid = search.get(SearchMode.HYBRID);
            LatencySummary bm25 = search.get(SearchMode.BM25);
            LatencySummary vector = search.get(SearchMode.VECTOR);
            embedder.clearQueryCache();
            List<Double> embedMs = new ArrayList<>();
            for (String q : queries) {
                Stopwatch s = Stopwatch.start();
                embedder.embedQuery(q);
                embedMs.add(s.millis());
            }

            OurPipeline warm = OurPipeline.over(index, all, embedder.model(), SearchMode.HYBRID);
            for (String q : synthetic.queries(WARMUP_QUERIES, 123)) {
                warm.answerer().answer(q);
            }
            List<EvalQuestion> answerable = questions.stream().filter(EvalQuestion::answerable).toList();
            int found = 0;
            for (EvalQuestion q : answerable) {
                List<Article> ranked = warm.retriever().retrieve(q.question()).hits().stream()
                        .map(SearchHit::article).toList();
                found += RelevantSources.foundWithin(q, ranked, 5) ? 1 : 0;
            }
            embedder.clearQueryCache();
            OurPipeline pipeline = OurPipeline.over(index, all, embedder.model(), SearchMode.HYBRID);
            AnswerTimes times = AnswerTimes.of(pipeline, questions, passages);
            List<Double> answerMs = times.all();
            List<Double> answeredMs = times.answered();
            List<Double> refusedMs = times.refused();
            int answered = times.answeredOfAnswerable();
            List<Double> answerCpuMs = times.cpu();
            String loadAtAnswers = times.loadAverage();

            Double baselineBuildMs = null;
            Integer baselineSegments = null;
            LatencySummary baselineSearch = null;
            Double baselineRecall = null;
            if (baseline) {
                Stopwatch b = Stopwatch.start();
                EasyRagBaseline rag = new EasyRagBaseline(all, embedder.model(), 5);
                baselineBuildMs = b.millis();
                baselineSegments = rag.segmentCount();
                for (String q : synthetic.queries(WARMUP_QUERIES, 99)) {
                    rag.retrieve(q);
                }
                List<Double> ms = new ArrayList<>();
                for (String q : queries) {
                    Stopwatch s = Stopwatch.start();
                    rag.retrieve(q);
                    ms.add(s.millis());
                }
                baselineSearch = LatencySummary.of(ms);
                int baselineFound = 0;
                for (EvalQuestion q : answerable) {
                    List<Article> ranked = rag.retrieve(q.question()).stream().map(EasyRagBaseline.Retrieved::article)
                            .toList();
                    baselineFound += RelevantSources.foundWithin(q, ranked, 5) ? 1 : 0;
                }
                baselineRecall = answerable.isEmpty() ? null : baselineFound / (double) answerable.size();
            }
            return new ScaleResult(target, passages, all.size(), real.size(), modelLoadMs, buildMs,
                    passages * 1000.0 / buildMs, sizeOf(dir), hybrid, bm25, vector, LatencySummary.of(embedMs),
                    LatencySummary.of(answerMs), answered, answerable.size(),
                    answerable.isEmpty() ? Double.NaN : found / (double) answerable.size(), baselineBuildMs,
                    baselineSegments, baselineSearch, ProcessMemory.peakHeapMib(), ProcessMemory.peakRssMib(),
                    Runtime.getRuntime().maxMemory() / 1024.0 / 1024.0, summaryOrNull(answeredMs),
                    summaryOrNull(refusedMs), baselineRecall, loadAtAnswers, summaryOrNull(answerCpuMs), null);
        }
    }

    /**
     * A running bot: opens the index {@link #run} left in {@code work} for the same knowledge and size (it must be up
     * to date: nothing is embedded or written), and answers the warm-up and the public questions as {@link #run}
     * does. Peak heap and RSS are this JVM's, so they hold what answering needs and nothing of the build.
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
            if (index.syncReport().changedAnything()) {
                throw new IllegalStateException("the index at " + dir + " did not match the corpus and was changed ("
                        + index.syncReport() + "): not a measurement of answering alone");
            }
            OurPipeline warm = OurPipeline.over(index, corpus.all(), embedder.model(), SearchMode.HYBRID);
            for (String q : corpus.synthetic().queries(WARMUP_QUERIES, 123)) {
                warm.answerer().answer(q);
            }
            embedder.clearQueryCache();
            OurPipeline pipeline = OurPipeline.over(index, corpus.all(), embedder.model(), SearchMode.HYBRID);
            AnswerTimes times = AnswerTimes.of(pipeline, questions, index.passageTotal());
            return new AnsweringMemory(index.passageTotal(), openMs, LatencySummary.of(times.all()),
                    summaryOrNull(times.cpu()), times.answeredOfAnswerable(), ProcessMemory.peakHeapMib(),
                    ProcessMemory.peakRssMib(), Runtime.getRuntime().maxMemory() / 1024.0 / 1024.0,
                    times.loadAverage(), memoryOptions());
        }
    }

    /** This JVM's heap, metaspace and collector options as given on its command line. */
    static String memoryOptions() {
        return String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-Xm") || a.matches("-XX:[+-]?Use\\w*GC") || a.startsWith("-XX:Metaspace"))
                .toList());
    }

    /** Each question asked once through the whole pipeline: wall time, process CPU time, answered or refused. */
    private record AnswerTimes(List<Double> all, List<Double> answered, List<Double> refused, List<Double> cpu,
                               int answeredOfAnswerable, String loadAverage) {
        static AnswerTimes of(OurPipeline pipeline, List<EvalQuestion> questions, int passages) {
            List<Double> answerMs = new ArrayList<>();
            List<Double> answeredMs = new ArrayList<>();
            List<Double> refusedMs = new ArrayList<>();
            int answered = 0;
            List<Double> answerCpuMs = new ArrayList<>();
            String loadAtAnswers = BenchmarkMain.readFirstLine(Path.of("/proc/loadavg"));
            for (EvalQuestion q : questions) {
                long cpu = processCpuNanos();
                Stopwatch s = Stopwatch.start();
                GroundedAnswer a = pipeline.answerer().answer(q.question());
                double ms = s.millis();
                if (cpu >= 0) {
                    answerCpuMs.add((processCpuNanos() - cpu) / 1e6);
                }
                answerMs.add(ms);
                (a.answered() ? answeredMs : refusedMs).add(ms);
                answered += q.answerable() && a.answered() ? 1 : 0;
            }
            LatencySummary cpu = LatencySummary.of(answerCpuMs);
            log.info("answers at {} passages: wall p50 {} ms, p95 {} ms; process CPU per answer p50 {} ms, p95 {} ms;"
                    + " load average {}", passages, Math.round(LatencySummary.of(answerMs).p50()),
                    Math.round(LatencySummary.of(answerMs).p95()), Math.round(cpu.p50()), Math.round(cpu.p95()),
                    ScaleBenchmark.loadAverage());
            return new AnswerTimes(answerMs, answeredMs, refusedMs, answerCpuMs, answered, loadAtAnswers);
        }
    }

    /** The 1-, 5- and 15-minute load averages where the system tells them (Linux), else "unknown". */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip().replaceAll("^(\\S+ \\S+ \\S+).*", "$1");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /**
     * Each query timed once per mode with its embedding not cached (what a new question costs); the modes take
     * turns in a rotating order so that none of them always runs first, on a colder cache or JIT.
     */
    private static Map<SearchMode, LatencySummary> timeSearches(HybridIndex index, PassageEmbedder embedder,
                                                                List<String> queries) {
        SearchMode[] modes = SearchMode.values();
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
        Map<SearchMode, LatencySummary> out = new EnumMap<>(SearchMode.class);
        ms.forEach((mode, samples) -> out.put(mode, LatencySummary.of(samples)));
        return out;
    }

    /** CPU time of this process, all threads; ticks of the OS clock (10 ms on Linux), -1 where not supported. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    private static LatencySummary summaryOrNull(List<Double> samples) {
        return samples.isEmpty() ? null : LatencySummary.of(samples);
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
