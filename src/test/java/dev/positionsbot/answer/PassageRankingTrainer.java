package dev.positionsbot.answer;

import dev.positionsbot.index.NewsTermAnalyzer;
import dev.positionsbot.index.SearchHit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Learns the passage ranking model from the TRAINING split of the team's labelled questions and writes
 * src/main/resources/answer-model/passage-weights.tsv. The test split is never read here.
 *
 * <p>Every passage of the {@link PassageReranker#POOL} fused results for an answerable training question is a
 * sample, positive when it holds one of the question's gold excerpts; a logistic regression (liblinear, L2) learns
 * the weights. The regularisation C (0.1, 1 or 10) is chosen by 5-fold cross-validation by article within the
 * training split: the setting under which most held-out questions have a gold passage among the first
 * {@link ExtractivePipeline#EVIDENCE_PASSAGES} wins, ties going to the middle value. Run it before
 * {@link AnswerModelTrainer}, whose candidates come from the passages this model picks:
 * {@code java -cp "target/classes:target/test-classes:$(cat target/test-cp.txt)"
 * dev.positionsbot.answer.PassageRankingTrainer}.
 */
public final class PassageRankingTrainer {

    private static final int FOLDS = 5;
    private static final double[] CS = {0.1, 1.0, 10.0};

    record Sample(String article, List<double[]> rows, List<Integer> labels) {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("offline", "true");
        DataSplit split = new DataSplit();
        try (LabelledCorpus corpus = new LabelledCorpus(Files.createTempDirectory("passage-ranking-train"))) {
            ExtractivePipeline pipeline = corpus.pipeline(AnswerModel.bundled());
            PassageReranker reranker = new PassageReranker(new NewsTermAnalyzer(), PassageRankingModel.bundled());
            List<Sample> samples = new ArrayList<>();
            for (LabelledQuestion q : LabelledQuestion.all()) {
                if (!split.isTrain(q) || !corpus.covers(q) || !q.eval().answerable()) {
                    continue;
                }
                AnalyzedQuestion aq = pipeline.questions().analyze(q.eval().question());
                List<SearchHit> pool = corpus.index.search(aq.searchQuery(), PassageReranker.POOL);
                float[] qv = corpus.embedder.embedQuery(aq.searchQuery());
                List<Integer> labels = pool.stream()
                        .map(h -> AnswerModelTrainer.containsGold(h.passage().text(), q.gold()) ? 1 : 0).toList();
                samples.add(new Sample(q.article(), reranker.featuresOf(aq, pool, qv), labels));
            }
            List<String> articles = samples.stream().map(Sample::article).distinct().sorted().toList();
            Map<String, Integer> foldOf = new HashMap<>();
            for (int i = 0; i < articles.size(); i++) {
                foldOf.put(articles.get(i), i % FOLDS);
            }
            int k = ExtractivePipeline.EVIDENCE_PASSAGES;
            int fusedRecall = (int) samples.stream().filter(s -> foundWithin(s.labels(), identity(s), k)).count();
            int[] recall = new int[CS.length];
            for (int c = 0; c < CS.length; c++) {
                for (int f = 0; f < FOLDS; f++) {
                    int fold = f;
                    PassageRankingModel m = fit(samples.stream().filter(s -> foldOf.get(s.article()) != fold).toList(),
                            CS[c]);
                    for (Sample s : samples) {
                        if (foldOf.get(s.article()) == fold && foundWithin(s.labels(), order(m, s), k)) {
                            recall[c]++;
                        }
                    }
                }
                System.err.printf(Locale.ROOT, "C=%s: out-of-fold gold passage in the first %d for %d of %d%n",
                        CS[c], k, recall[c], samples.size());
            }
            int best = 1;
            for (int c = 0; c < CS.length; c++) {
                if (recall[c] > recall[best]) {
                    best = c;
                }
            }
            PassageRankingModel model = fit(samples, CS[best]);
            long positives = samples.stream().flatMap(s -> s.labels().stream()).filter(l -> l == 1).count();
            long rows = samples.stream().mapToLong(s -> s.rows().size()).sum();
            String header = String.format(Locale.ROOT, """
                    # Learned by PassageRankingTrainer (src/test/java) on the TRAINING split of src/test/resources/answer-model:
                    # %d answerable questions, their %d fused search results (%d holding a gold excerpt), liblinear
                    # L2-regularised logistic regression, C=%s chosen by 5-fold cross-validation by article: out of fold
                    # the gold passage was among the first %d for %d questions, against %d in the fused order.
                    # The test split and the public question sets were not used.
                    """, samples.size(), rows, positives, CS[best], k, recall[best], fusedRecall);
            Path out = Path.of("src/main/resources", PassageRankingModel.RESOURCE);
            Files.writeString(out, model.format(header), StandardCharsets.UTF_8);
            System.err.println("wrote " + out);
        }
    }

    static PassageRankingModel fit(List<Sample> samples, double c) {
        List<double[]> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        for (Sample s : samples) {
            xs.addAll(s.rows());
            ys.addAll(s.labels());
        }
        int n = PassageFeatures.NAMES.size();
        double[] w = AnswerModelTrainer.learn(xs, ys, n, c);
        return new PassageRankingModel(java.util.Arrays.copyOf(w, n), w[n]);
    }

    private static List<Integer> identity(Sample s) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < s.rows().size(); i++) {
            out.add(i);
        }
        return out;
    }

    private static List<Integer> order(PassageRankingModel m, Sample s) {
        List<Integer> out = identity(s);
        out.sort(Comparator.comparingDouble((Integer i) -> -m.score(s.rows().get(i))).thenComparingInt(i -> i));
        return out;
    }

    private static boolean foundWithin(List<Integer> labels, List<Integer> order, int k) {
        for (int i = 0; i < Math.min(k, order.size()); i++) {
            if (labels.get(order.get(i)) == 1) {
                return true;
            }
        }
        return false;
    }
}
