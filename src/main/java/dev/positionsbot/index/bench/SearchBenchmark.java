package dev.positionsbot.index.bench;

import dev.positionsbot.corpus.Article;
import dev.positionsbot.index.ConvexScoreFusion;
import dev.positionsbot.index.EmbeddingChoice;
import dev.positionsbot.index.FieldWeights;
import dev.positionsbot.index.HybridIndex;
import dev.positionsbot.index.NewsAnalyzer;
import dev.positionsbot.index.ParagraphPassageSplitter;
import dev.positionsbot.index.PassageEmbedder;
import dev.positionsbot.index.RankFusion;
import dev.positionsbot.index.ReciprocalRankFusion;
import dev.positionsbot.index.SearchHit;
import dev.positionsbot.index.SearchMode;
import dev.positionsbot.index.SearchOptions;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Measures the index: build time, search latency per mode, start-up time, peak heap, and recall@1/@5 on the
 * public question sets per mode, embedding model and fusion method. Not a test: run it by hand. It is the index's
 * tuning bench (fusion methods, field weights, models, on raw captures); the published figures, with the whole
 * answering pipeline and the easy-RAG baseline, come from {@link dev.positionsbot.bench.BenchmarkMain}.
 *
 * <pre>java -cp target/benchmarks.jar dev.positionsbot.index.bench.SearchBenchmark [--passages 10000]
 *     [--shared ../shared] [--models minilm,bge] [--latency-model minilm]</pre>
 */
public final class SearchBenchmark {

    private final Path shared;
    private final Path work;
    private final List<Article> corpus;
    private final List<EvalQuestion> questions;
    private boolean verbose;

    private SearchBenchmark(Path shared, Path work) {
        this.shared = shared;
        this.work = work;
        List<Article> seeds = prefixed(RawArticles.read(shared.resolve("seeds")), "seed-");
        List<Article> extra = RawArticles.withListedTitles(
                prefixed(RawArticles.read(shared.resolve("corpus-extra")), "extra-"),
                shared.resolve("corpus-extra/SOURCES.md"));
        this.corpus = new ArrayList<>(seeds);
        corpus.addAll(extra);
        this.questions = new ArrayList<>();
        for (String f : List.of("dev-questions.jsonl", "extra-questions.jsonl")) {
            questions.addAll(EvalQuestion.read(shared.resolve("eval").resolve(f)));
        }
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int passages = Integer.parseInt(opts.getOrDefault("passages", "10000"));
        Path shared = Path.of(opts.getOrDefault("shared", "../shared"));
        List<EmbeddingChoice> models = Arrays.stream(opts.getOrDefault("models", "minilm,bge").split(","))
                .filter(m -> !m.isBlank() && !m.equals("none")).map(EmbeddingChoice::parse).toList();
        EmbeddingChoice latencyModel = EmbeddingChoice.parse(opts.getOrDefault("latency-model", "minilm"));
        Path work = Files.createTempDirectory("search-bench");
        try {
            SearchBenchmark b = new SearchBenchmark(shared, work);
            b.verbose = Boolean.parseBoolean(opts.getOrDefault("verbose", "false"));
            b.foldingReport();
            for (EmbeddingChoice m : models) {
                b.recallReport(m);
            }
            if (passages > 0) {
                b.latencyReport(latencyModel, passages);
            }
            System.out.printf(Locale.ROOT, "%npeak heap: %.0f MB%n", peakHeapMb());
        } finally {
            deleteTree(work);
        }
    }

    // ---- analyzer: does name folding merge ordinary English words? -------------------------------------

    private void foldingReport() {
        Analyzer exact = new NewsAnalyzer(NewsAnalyzer.Variant.EXACT);
        Analyzer folded = new NewsAnalyzer(NewsAnalyzer.Variant.FOLDED);
        Set<String> words = new TreeSet<>();
        Matcher m = Pattern.compile("\\p{L}+").matcher("");
        for (Article a : corpus) {
            m.reset(a.title() + "\n" + a.body());
            while (m.find()) {
                words.add(m.group().toLowerCase(Locale.ROOT));
            }
        }
        Map<String, Set<String>> byKey = new TreeMap<>();
        Set<String> stems = new TreeSet<>();
        for (String w : words) {
            List<String> e = terms(exact, w);
            List<String> f = terms(folded, w);
            if (e.size() == 1 && f.size() == 1) {
                stems.add(e.get(0));
                byKey.computeIfAbsent(f.get(0), k -> new TreeSet<>()).add(e.get(0));
            }
        }
        long merged = byKey.values().stream().filter(s -> s.size() > 1).mapToInt(Set::size).sum();
        System.out.printf(Locale.ROOT, "%n== name folding on the corpus vocabulary%n");
        System.out.printf(Locale.ROOT, "%d distinct stems -> %d folded keys; %d stems (%.1f%%) share a key with another stem%n",
                stems.size(), byKey.size(), merged, 100.0 * merged / Math.max(1, stems.size()));
        System.out.println("examples: " + byKey.values().stream().filter(s -> s.size() > 1).limit(25).toList());
    }

    private static List<String> terms(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(t.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    // ---- recall on the public questions ------------------------------------------------------------------

    private void recallReport(EmbeddingChoice choice) {
        long t0 = System.nanoTime();
        PassageEmbedder embedder = choice.load();
        long loadMs = ms(t0);
        try (HybridIndex index = open(work.resolve("recall-" + choice), corpus, embedder, true)) {
            System.out.printf(Locale.ROOT, "%n== %s: model load %d ms; index of %d articles / %d passages built in %d ms%n",
                    choice.modelName(), loadMs, corpus.size(), index.passageTotal(), index.syncReport().millis());
            List<EvalQuestion> answerable = questions.stream().filter(EvalQuestion::answerable).toList();
            System.out.printf(Locale.ROOT, "%d answerable questions; recall = a relevant article among the top k passages%n",
                    answerable.size());
            System.out.printf(Locale.ROOT, "%-44s %8s %8s %8s %8s%n", "mode", "R@1", "R@3", "R@5", "MRR@10");
            Map<String, SearchRun> runs = new LinkedHashMap<>();
            SearchOptions base = SearchOptions.defaults();
            runs.put("bm25 (exact fields only)", new SearchRun(SearchMode.BM25, base.withWeights(FieldWeights.EXACT_ONLY)));
            runs.put("bm25 (exact + folded)", new SearchRun(SearchMode.BM25, base));
            runs.put("vector", new SearchRun(SearchMode.VECTOR, base));
            for (RankFusion f : List.of(new ReciprocalRankFusion(60), new ReciprocalRankFusion(10), new ConvexScoreFusion(0.3),
                    new ConvexScoreFusion(0.5), new ConvexScoreFusion(0.7))) {
                runs.put("hybrid " + f.name(), new SearchRun(SearchMode.HYBRID, base.withFusion(f)));
            }
            for (Map.Entry<String, SearchRun> run : runs.entrySet()) {
                int[] found = new int[3];
                double rr = 0;
                List<String> missedAt1 = new ArrayList<>();
                for (EvalQuestion q : answerable) {
                    List<SearchHit> hits = index.search(q.question(), 10, run.getValue().mode(), run.getValue().options());
                    for (int r = 0; r < hits.size(); r++) {
                        if (q.isRelevant(hits.get(r).article())) {
                            rr += 1.0 / (r + 1);
                            break;
                        }
                    }
                    int[] ks = {1, 3, 5};
                    for (int i = 0; i < ks.length; i++) {
                        int k = ks[i];
                        if (hits.stream().limit(k).anyMatch(h -> q.isRelevant(h.article()))) {
                            found[i]++;
                        } else if (k == 1) {
                            missedAt1.add(q.id());
                        }
                    }
                }
                System.out.printf(Locale.ROOT, "%-44s %8.3f %8.3f %8.3f %8.3f%n", run.getKey(),
                        found[0] / (double) answerable.size(), found[1] / (double) answerable.size(),
                        found[2] / (double) answerable.size(), rr / answerable.size());
                if (verbose) {
                    System.out.println("    missed at 1: " + missedAt1);
                }
            }
        }
    }

    private record SearchRun(SearchMode mode, SearchOptions options) {
    }

    // ---- latency at scale --------------------------------------------------------------------------------

    private void latencyReport(EmbeddingChoice choice, int passages) {
        List<Article> big = new ArrayList<>(corpus);
        big.addAll(syntheticArticles(passages - passageCount(corpus)));
        Path dir = work.resolve("latency-" + choice);
        PassageEmbedder embedder = choice.load();
        long builtMs;
        int total;
        try (HybridIndex index = open(dir, big, embedder, true)) {
            builtMs = index.syncReport().millis();
            total = index.passageTotal();
        }
        System.out.printf(Locale.ROOT, "%n== latency, %s, %d articles / %d passages (real articles mixed with synthetic ones)%n",
                choice.modelName(), big.size(), total);
        System.out.printf(Locale.ROOT, "full build: %d ms (%.1f passages/s)%n", builtMs, total * 1000.0 / builtMs);

        // start-up as the bot sees it: load the model, open the existing index, answer one question.
        // The model was loaded once already in this JVM, so "model" here is only the wrapper; time the CLI
        // (`search` against an existing index) for a cold start.
        long t0 = System.nanoTime();
        PassageEmbedder fresh = choice.load();
        long loaded = ms(t0);
        try (HybridIndex index = open(dir, big, fresh, false)) {
            long opened = ms(t0);
            index.search(questions.get(0).question(), 5, SearchMode.HYBRID);
            System.out.printf(Locale.ROOT, "start-up with existing index: model %d ms, open+sync %d ms (%s), first answer at %d ms%n",
                    loaded, opened - loaded, index.syncReport().summary(), ms(t0));

            // incremental: one changed article
            List<Article> changed = new ArrayList<>(big);
            Article a = changed.get(0);
            changed.set(0, new Article(a.id(), a.file(), a.title(), a.outlet(), a.author(), a.published(), a.url(),
                    a.language(), a.sourceFile(), a.body() + "\nOne more paragraph."));
            index.close();
            try (HybridIndex again = open(dir, changed, fresh, false)) {
                System.out.println("re-sync after editing one article: " + again.syncReport().summary());
            }
        }
        try (HybridIndex index = open(dir, big, fresh, false)) {
            List<String> qs = questions.stream().map(EvalQuestion::question).toList();
            for (String q : qs.subList(0, 10)) { // warm-up: JIT, page cache
                index.search(q + " warmup", 5, SearchMode.HYBRID);
            }
            System.out.printf(Locale.ROOT, "%-28s %8s %8s %8s   (%d queries, k=5)%n", "mode", "p50 ms", "p95 ms", "max ms", qs.size());
            for (SearchMode mode : SearchMode.values()) {
                fresh.clearQueryCache();
                printLatency(mode.name().toLowerCase(Locale.ROOT) + " (uncached query)", time(index, qs, mode));
            }
            printLatency("hybrid (cached embedding)", time(index, qs, SearchMode.HYBRID));
            fresh.clearQueryCache();
            List<Double> embedOnly = new ArrayList<>();
            for (String q : qs) {
                long s = System.nanoTime();
                fresh.embedQuery(q);
                embedOnly.add((System.nanoTime() - s) / 1e6);
            }
            printLatency("query embedding alone", embedOnly);
        }
    }

    private static List<Double> time(HybridIndex index, List<String> qs, SearchMode mode) {
        List<Double> out = new ArrayList<>();
        for (String q : qs) {
            long s = System.nanoTime();
            index.search(q, 5, mode);
            out.add((System.nanoTime() - s) / 1e6);
        }
        return out;
    }

    private static void printLatency(String label, List<Double> ms) {
        List<Double> sorted = ms.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "%-28s %8.1f %8.1f %8.1f%n", label, pct(sorted, 0.50), pct(sorted, 0.95),
                sorted.get(sorted.size() - 1));
    }

    private static double pct(List<Double> sorted, double p) {
        int i = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    /** Articles of five paragraphs each, words drawn from the corpus vocabulary at corpus frequencies. */
    private List<Article> syntheticArticles(int passages) {
        List<String> tokens = new ArrayList<>();
        Matcher m = Pattern.compile("[\\p{L}\\d’'-]+").matcher("");
        for (Article a : corpus) {
            m.reset(a.body());
            while (m.find()) {
                tokens.add(m.group());
            }
        }
        Random random = new Random(42);
        List<Article> out = new ArrayList<>();
        int made = 0;
        for (int n = 0; made < passages; n++) {
            StringBuilder body = new StringBuilder();
            for (int p = 0; p < 5 && made < passages; p++, made++) {
                int sentences = 1 + random.nextInt(3);
                for (int s = 0; s < sentences; s++) {
                    int len = 10 + random.nextInt(20);
                    for (int w = 0; w < len; w++) {
                        String t = tokens.get(random.nextInt(tokens.size()));
                        body.append(w == 0 ? Character.toUpperCase(t.charAt(0)) + t.substring(1) : t).append(' ');
                    }
                    body.setCharAt(body.length() - 1, '.');
                    body.append(' ');
                }
                body.append("\n\n");
            }
            out.add(new Article("synthetic-" + n, "", "Synthetic article " + n, "", "", "", "", "en", "", body.toString()));
        }
        return out;
    }

    private static int passageCount(List<Article> articles) {
        ParagraphPassageSplitter s = new ParagraphPassageSplitter();
        return articles.stream().mapToInt(a -> s.split(a).size()).sum();
    }

    private static HybridIndex open(Path dir, List<Article> articles, PassageEmbedder embedder, boolean rebuild) {
        return HybridIndex.builder(dir).articles(articles).splitter(new ParagraphPassageSplitter())
                .embedder(embedder).rebuild(rebuild).open();
    }

    private static List<Article> prefixed(List<Article> articles, String prefix) {
        return articles.stream().map(a -> new Article(prefix + a.id(), a.file(), a.title(), a.outlet(), a.author(),
                a.published(), a.url(), a.language(), a.sourceFile(), a.body())).toList();
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static double peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / 1024.0 / 1024.0;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
