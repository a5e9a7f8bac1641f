package dev.positionsbot.bench;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import dev.positionsbot.answer.eval.EvalQuestion;
import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.KnowledgeLoader;
import dev.positionsbot.corpus.SentencePassageSplitter;
import dev.positionsbot.index.ConvexScoreFusion;
import dev.positionsbot.index.EmbeddingChoice;
import dev.positionsbot.index.FieldWeights;
import dev.positionsbot.index.ReciprocalRankFusion;
import dev.positionsbot.index.SearchOptions;
import dev.positionsbot.index.HybridIndex;
import dev.positionsbot.index.NewsTermAnalyzer;
import dev.positionsbot.index.PassageEmbedder;
import dev.positionsbot.index.SearchHit;
import dev.positionsbot.index.SearchMode;
import dev.positionsbot.index.VectorStorage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Focused retrieval measurements on the synthetic scale corpus (the same real articles plus filler as
 * {@link ScaleBenchmark}), without the answer pipeline: for float32 and int8-quantized vectors side by side, the
 * recall@5 of the answerable public questions per search mode, how many of the int8 vector top-k are the float top-k,
 * vector search latency and index size; and, for {@code --diagnose}, where each missed question's expected article
 * ranks in BM25 and vector search and what fills the top five instead (real or filler passages).
 * Passages are embedded once and shared by both indexes.
 *
 * <pre>java -cp target/benchmarks.jar dev.positionsbot.bench.VectorRecallBenchmark --knowledge DIR
 *     [--extra ../shared/corpus-extra] --questions a.jsonl,b.jsonl --passages 1000,10000 [--work DIR]
 *     [--diagnose true] [--storage int8,float32] [--keep DIR]</pre>
 */
public final class VectorRecallBenchmark {

    private static final int K = 5;
    private static final int OVERLAP_K = 10;
    private static final int DEEP = 200;

    public static void main(String[] args) throws Exception {
        Map<String, String> o = BenchOptions.parse(args);
        Path knowledge = Path.of(o.get("knowledge"));
        List<EvalQuestion> questions = new ArrayList<>();
        for (String f : o.get("questions").split(",")) {
            questions.addAll(EvalQuestion.read(Path.of(f)));
        }
        List<EvalQuestion> answerable = questions.stream().filter(EvalQuestion::answerable).toList();
        Path work = Files.createTempDirectory(Path.of(o.getOrDefault("work", System.getProperty("java.io.tmpdir"))),
                "vector-recall");
        boolean diagnose = Boolean.parseBoolean(o.getOrDefault("diagnose", "false"));
        if (o.containsKey("extra")) {
            knowledge = BenchmarkMain.combinedKnowledge(knowledge, Path.of(o.get("extra")), work.resolve("knowledge"));
        }
        // --keep DIR: keep the indexes there and reuse them on the next run (no re-embedding while iterating)
        Path keep = o.containsKey("keep") ? Path.of(o.get("keep")) : null;
        List<VectorStorage> storages = ScaleBenchmark.split(o.getOrDefault("storage", "int8,float32")).stream()
                .map(n -> VectorStorage.valueOf(n.toUpperCase(Locale.ROOT))).toList();
        List<Article> real = new KnowledgeLoader().load(knowledge);
        SentencePassageSplitter splitter = new SentencePassageSplitter();
        int realPassages = real.stream().mapToInt(a -> splitter.split(a).size()).sum();
        MemoModel memo = new MemoModel(EmbeddingChoice.MINILM.newModel());
        PassageEmbedder embedder = EmbeddingChoice.MINILM.wrap(memo);
        SyntheticCorpus synthetic = new SyntheticCorpus(real, 42);
        List<String> queries = new ArrayList<>(questions.stream().map(EvalQuestion::question).toList());
        queries.addAll(synthetic.queries(ScaleBenchmark.SYNTHETIC_QUERIES, 7));

        for (String size : ScaleBenchmark.split(o.get("passages"))) {
            int target = Integer.parseInt(size);
            List<Article> all = new ArrayList<>(real);
            all.addAll(synthetic.articles(Math.max(0, target - realPassages), splitter));
            Map<VectorStorage, Map<String, List<SearchHit>>> vectorTop = new EnumMap<>(VectorStorage.class);
            for (VectorStorage storage : storages) {
                Path dir = (keep == null ? work : keep).resolve(storage + "-" + target);
                Stopwatch build = Stopwatch.start();
                try (HybridIndex index = HybridIndex.builder(dir).articles(all).splitter(splitter).embedder(embedder)
                        .vectorStorage(storage).rebuild(keep == null).open()) {
                    double buildS = build.millis() / 1000;
                    StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                            "%,d passages, %s: build %.1f s, index %.1f MiB", index.passageTotal(), storage, buildS,
                            ScaleBenchmark.sizeOf(dir) / 1024.0 / 1024.0));
                    for (SearchMode mode : SearchMode.values()) {
                        int found = 0;
                        for (EvalQuestion q : answerable) {
                            List<Article> ranked = index.search(q.question(), K, mode).stream()
                                    .map(SearchHit::article).toList();
                            found += RelevantSources.foundWithin(q, ranked, K) ? 1 : 0;
                        }
                        line.append(String.format(Locale.ROOT, ", recall@5 %s %.3f (%d/%d)",
                                mode.name().toLowerCase(Locale.ROOT), found / (double) answerable.size(), found,
                                answerable.size()));
                    }
                    Map<String, List<SearchHit>> tops = new HashMap<>();
                    for (int rep = 0; rep < 2; rep++) { // the first pass warms up, the second is timed
                        List<Double> ms = new ArrayList<>();
                        for (String q : queries) {
                            embedder.embedQuery(q);
                            Stopwatch s = Stopwatch.start();
                            tops.put(q, index.search(q, OVERLAP_K, SearchMode.VECTOR));
                            ms.add(s.millis());
                        }
                        if (rep == 1) {
                            LatencySummary l = LatencySummary.of(ms);
                            line.append(String.format(Locale.ROOT, ", vector search (query vector cached) "
                                    + "p50 %.2f / p95 %.2f ms", l.p50(), l.p95()));
                        }
                    }
                    vectorTop.put(storage, tops);
                    System.out.println(line);
                    if (diagnose && storage == VectorStorage.defaultStorage()) {
                        diagnose(index, answerable);
                    }
                }
                if (keep == null) {
                    BenchmarkMain.deleteTree(dir);
                }
            }
            if (storages.size() < 2) {
                continue;
            }
            double overlap = 0;
            for (String q : queries) {
                Set<String> exact = keys(vectorTop.get(VectorStorage.FLOAT32).get(q));
                Set<String> quantized = keys(vectorTop.get(VectorStorage.INT8).get(q));
                quantized.retainAll(exact);
                overlap += exact.isEmpty() ? 1 : quantized.size() / (double) exact.size();
            }
            System.out.printf(Locale.ROOT, "%,d passages: int8 vector top-%d shares %.3f of the float32 top-%d "
                    + "(mean over %d queries)%n", target, OVERLAP_K, overlap / queries.size(), OVERLAP_K, queries.size());
        }
        BenchmarkMain.deleteTree(work);
    }

    private static Set<String> keys(List<SearchHit> hits) {
        Set<String> out = new HashSet<>();
        for (SearchHit h : hits) {
            out.add(h.article().id() + "#" + h.passage().ordinal());
        }
        return out;
    }

    /** Where a missed question's expected article ranks, per mode, and what is above it. */
    private static void diagnose(HybridIndex index, List<EvalQuestion> answerable) {
        int missed = 0;
        int fillerAbove = 0;
        int realAbove = 0;
        Map<SearchMode, List<Integer>> ranks = new EnumMap<>(SearchMode.class);
        for (EvalQuestion q : answerable) {
            List<SearchHit> top = index.search(q.question(), K, SearchMode.HYBRID);
            if (RelevantSources.foundWithin(q, top.stream().map(SearchHit::article).toList(), K)) {
                continue;
            }
            missed++;
            for (SearchHit h : top) {
                if (h.article().id().startsWith("synthetic-")) {
                    fillerAbove++;
                } else {
                    realAbove++;
                }
            }
            StringBuilder line = new StringBuilder("  missed " + q.id() + ":");
            for (SearchMode mode : SearchMode.values()) {
                List<SearchHit> deep = index.search(q.question(), DEEP, mode);
                int rank = 0;
                for (int i = 0; i < deep.size(); i++) {
                    if (RelevantSources.isRelevant(q, deep.get(i).article())) {
                        rank = i + 1;
                        break;
                    }
                }
                ranks.computeIfAbsent(mode, m -> new ArrayList<>()).add(rank);
                line.append(' ').append(mode.name().toLowerCase(Locale.ROOT)).append(" rank ")
                        .append(rank == 0 ? ">" + DEEP : Integer.toString(rank));
            }
            long filler = top.stream().filter(h -> h.article().id().startsWith("synthetic-")).count();
            line.append("; top 5 holds ").append(filler).append(" filler passages");
            if (!top.isEmpty()) {
                SearchHit first = top.get(0);
                line.append("; first: ").append(first.article().id()).append(" \"")
                        .append(abbreviate(first.passage().text())).append('"');
            }
            System.out.println(line);
        }
        System.out.printf(Locale.ROOT, "  hybrid misses %d of %d; their top-5 slots: %d filler, %d real passages%n",
                missed, answerable.size(), fillerAbove, realAbove);
        termOverlap(index, answerable);
        Map<String, SearchOptions> variants = new LinkedHashMap<>();
        SearchOptions d = SearchOptions.defaults();
        for (int c : new int[] {10, 20, 50, 100, 200}) {
            variants.put("rrf(60), " + c + " candidates", new SearchOptions(d.fusion(), d.weights(), c));
        }
        variants.put("rrf(10), 50 candidates", d.withFusion(new ReciprocalRankFusion(10)));
        variants.put("convex(w_vector=0.3)", d.withFusion(new ConvexScoreFusion(0.3)));
        variants.put("convex(w_vector=0.5)", d.withFusion(new ConvexScoreFusion(0.5)));
        variants.put("title weight 1.0", d.withWeights(new FieldWeights(1.0, 0.5, 1.0, 0.5)));
        variants.put("title weight 0", d.withWeights(new FieldWeights(1.0, 0.5, 0, 0)));
        variants.put("no folded fields", d.withWeights(FieldWeights.EXACT_ONLY));
        StringBuilder sweep = new StringBuilder("  hybrid recall@5 by variant:");
        for (Map.Entry<String, SearchOptions> v : variants.entrySet()) {
            int found = 0;
            for (EvalQuestion q : answerable) {
                List<Article> ranked = index.search(q.question(), K, SearchMode.HYBRID, v.getValue()).stream()
                        .map(SearchHit::article).toList();
                found += RelevantSources.foundWithin(q, ranked, K) ? 1 : 0;
            }
            sweep.append(String.format(Locale.ROOT, " %s %.3f;", v.getKey(), found / (double) answerable.size()));
        }
        System.out.println(sweep);
    }

    /**
     * For every answerable question: how many of its distinct terms the best passage of an expected article contains,
     * against the BM25 top five filler passages. If word salad holds as many of the question's terms as the real
     * passage, no term-matching ranker can tell them apart: the filler is lexical near-duplicate noise.
     */
    private static void termOverlap(HybridIndex index, List<EvalQuestion> answerable) {
        NewsTermAnalyzer analyzer = new NewsTermAnalyzer();
        double realSum = 0;
        double fillerSum = 0;
        int questions = 0;
        int fillerAtLeastAsMany = 0;
        int fillerPassages = 0;
        for (EvalQuestion q : answerable) {
            Set<String> terms = new HashSet<>(analyzer.terms(q.question()));
            if (terms.isEmpty()) {
                continue;
            }
            List<SearchHit> deep = index.search(q.question(), DEEP, SearchMode.BM25);
            int real = -1;
            for (SearchHit h : deep) {
                if (RelevantSources.isRelevant(q, h.article())) {
                    real = Math.max(real, overlap(analyzer, terms, h));
                }
            }
            if (real < 0) {
                continue;
            }
            questions++;
            realSum += real / (double) terms.size();
            int taken = 0;
            for (SearchHit h : deep) {
                if (taken == K) {
                    break;
                }
                if (h.article().id().startsWith("synthetic-")) {
                    int f = overlap(analyzer, terms, h);
                    fillerSum += f / (double) terms.size();
                    fillerPassages++;
                    fillerAtLeastAsMany += f >= real ? 1 : 0;
                    taken++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "  question terms held (BM25 analysis): best expected passage %.2f of them on "
                        + "average (%d questions); top-5 filler passages %.2f, and %d of %d filler passages hold at "
                        + "least as many as the expected one%n", realSum / questions, questions,
                fillerSum / Math.max(1, fillerPassages), fillerAtLeastAsMany, fillerPassages);
    }

    private static int overlap(NewsTermAnalyzer analyzer, Set<String> terms, SearchHit h) {
        Set<String> passage = new HashSet<>(analyzer.terms(h.article().title() + "\n" + h.passage().heading() + "\n"
                + h.passage().text()));
        passage.retainAll(terms);
        return passage.size();
    }

    private static String abbreviate(String s) {
        String t = s.replaceAll("\\s+", " ");
        return t.length() <= 90 ? t : t.substring(0, 90) + "…";
    }

    /** Embeds each distinct text once, so that the float and int8 indexes get the very same vectors. */
    private static final class MemoModel implements EmbeddingModel {
        private final EmbeddingModel model;
        private final Map<String, Embedding> memo = new ConcurrentHashMap<>();

        MemoModel(EmbeddingModel model) {
            this.model = model;
        }

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            List<TextSegment> missing = new ArrayList<>();
            for (TextSegment s : segments) {
                if (!memo.containsKey(s.text())) {
                    missing.add(s);
                }
            }
            if (!missing.isEmpty()) {
                List<Embedding> fresh = model.embedAll(missing).content();
                for (int i = 0; i < missing.size(); i++) {
                    memo.put(missing.get(i).text(), fresh.get(i));
                }
            }
            return Response.from(segments.stream().map(s -> memo.get(s.text())).toList());
        }
    }
}
