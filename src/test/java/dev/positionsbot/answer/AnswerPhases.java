package dev.positionsbot.answer;

import dev.positionsbot.answer.eval.EvalQuestion;
import dev.positionsbot.bench.SyntheticCorpus;
import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.KnowledgeLoader;
import dev.positionsbot.corpus.SentencePassageSplitter;
import dev.positionsbot.index.EmbeddingChoice;
import dev.positionsbot.index.HybridIndex;
import dev.positionsbot.index.NewsTermAnalyzer;
import dev.positionsbot.index.PassageEmbedder;
import dev.positionsbot.index.SearchHit;
import dev.positionsbot.index.SearchMode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where an answer's time goes on a ScaleBenchmark index (a measuring tool, not a test): per question the analysis,
 * query embedding, searches of 10 and 30, reranking and retrieval, and the whole answer; with {@code answers} as the
 * sixth argument only whole answers, with the answering thread's CPU and the vector-search helper's CPU apart.
 * {@code java -cp <test classpath> dev.positionsbot.answer.AnswerPhases KNOWLEDGE 10000 WORK Q1,Q2 ROUNDS [answers]}
 */
public final class AnswerPhases {
    static long helperCpu(java.lang.management.ThreadMXBean tm) {
        long sum = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("vector-search")) sum += tm.getThreadCpuTime(t.getId());
        }
        return sum;
    }

    public static void main(String[] a) throws Exception {
        SentencePassageSplitter splitter = new SentencePassageSplitter();
        List<Article> real = new KnowledgeLoader().load(Path.of(a[0]));
        int target = Integer.parseInt(a[1]);
        int realPassages = real.stream().mapToInt(x -> splitter.split(x).size()).sum();
        List<Article> articles = new ArrayList<>(real);
        SyntheticCorpus syn = new SyntheticCorpus(real, 42);
        articles.addAll(syn.articles(Math.max(0, target - realPassages), splitter));
        PassageEmbedder embedder = EmbeddingChoice.MINILM.load();
        HybridIndex index = HybridIndex.builder(Path.of(a[2]).resolve("index-" + target)).articles(articles)
                .splitter(splitter).embedder(embedder).open();
        List<String> questions = new ArrayList<>();
        for (String f : a[3].split(",")) for (EvalQuestion q : EvalQuestion.read(Path.of(f))) questions.add(q.question());
        int rounds = Integer.parseInt(a[4]);
        ExtractivePipeline p = ExtractivePipeline.over(index, index.termStatistics(), new NewsTermAnalyzer(), articles,
                embedder.model());
        Answerer answerer = p.answerer(index);
        for (String q : syn.queries(30, 123)) answerer.answer(q);
        PassageReranker reranker = new PassageReranker(new NewsTermAnalyzer(), PassageRankingModel.bundled());
        boolean only0 = a.length > 5 && a[5].equals("answers");
        String[] names = only0 ? new String[] {"-", "-", "-", "-", "helperCPU", "mainCPU", "answerWall"}
                : new String[] {"analyze", "embed", "search10", "search30", "features30", "retrieve", "answer"};
        double[][] ms = new double[names.length][];
        for (int i = 0; i < ms.length; i++) ms[i] = new double[rounds * questions.size()];
        int n = 0;
        boolean only = a.length > 5 && a[5].equals("answers");
        for (int r = 0; r < rounds; r++) {
            for (String q : questions) {
                if (only) {
                    embedder.clearQueryCache();
                    var tm = java.lang.management.ManagementFactory.getThreadMXBean();
                    long c0 = tm.getCurrentThreadCpuTime();
                    long h0 = helperCpu(tm);
                    long s0 = System.nanoTime();
                    answerer.answer(q);
                    ms[6][n] = (System.nanoTime() - s0) / 1e6;
                    ms[5][n] = (tm.getCurrentThreadCpuTime() - c0) / 1e6;
                    ms[4][n] = (helperCpu(tm) - h0) / 1e6;
                    n++;
                    continue;
                }
                embedder.clearQueryCache();
                long t0 = System.nanoTime();
                AnalyzedQuestion aq = p.questions().analyze(q);
                long t1 = System.nanoTime();
                float[] qv = embedder.embedQuery(aq.searchQuery());
                long t2 = System.nanoTime();
                index.search(aq.searchQuery(), 10, SearchMode.HYBRID);
                long t3 = System.nanoTime();
                List<SearchHit> pool = index.search(aq.searchQuery(), 30, SearchMode.HYBRID);
                long t4 = System.nanoTime();
                reranker.top(aq, pool, qv, 10);
                long t5 = System.nanoTime();
                embedder.clearQueryCache();
                long t6 = System.nanoTime();
                p.retriever().retrieve(q);
                long t7 = System.nanoTime();
                embedder.clearQueryCache();
                long t8 = System.nanoTime();
                answerer.answer(q);
                long t9 = System.nanoTime();
                double[] d = {t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t7 - t6, t9 - t8};
                for (int i = 0; i < d.length; i++) ms[i][n] = d[i] / 1e6;
                n++;
            }
        }
        if (!only) {
            int qn = questions.size();
            Integer[] idx = new Integer[qn];
            double[][] med = new double[qn][names.length];
            for (int qi = 0; qi < qn; qi++) {
                idx[qi] = qi;
                for (int k = 0; k < names.length; k++) {
                    double[] v = new double[rounds];
                    for (int r = 0; r < rounds; r++) v[r] = ms[k][r * qn + qi];
                    Arrays.sort(v);
                    med[qi][k] = v[rounds / 2];
                }
            }
            Arrays.sort(idx, (x, y) -> Double.compare(med[y][6], med[x][6]));
            for (int j = 0; j < 8; j++) {
                StringBuilder b = new StringBuilder();
                for (int k = 0; k < names.length; k++) b.append(String.format(" %s %.1f", names[k], med[idx[j]][k]));
                System.out.println(b + "  | " + questions.get(idx[j]));
            }
        }
        for (int i = 0; i < names.length; i++) {
            double[] s = Arrays.copyOf(ms[i], n);
            Arrays.sort(s);
            double mean = Arrays.stream(s).average().orElse(0);
            System.out.printf("%-11s mean %7.2f  p50 %7.2f  p95 %7.2f ms%n", names[i], mean, s[n / 2], s[(int) Math.ceil(n * 0.95) - 1]);
        }
        index.close();
    }
}
