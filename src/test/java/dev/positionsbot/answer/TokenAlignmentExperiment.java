package dev.positionsbot.answer;

import dev.positionsbot.corpus.Article;
import dev.positionsbot.index.PassageEmbedder;
import dev.positionsbot.index.TokenVectors;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Measures, out of fold on the TRAINING split only, whether aligning the question's words one by one with the unit's
 * is a stronger relevance signal than the pooled sentence vectors: each question word piece is matched to the most
 * similar word piece of the unit by MiniLM's contextual token vectors, and the matches are averaged weighted by the
 * piece's inverse paragraph frequency in the corpus (a recall in the manner of BERTScore). A paraphrase then counts
 * word by word instead of being diluted in one mean vector. The variants replace or average the unit's similarity
 * with it, as {@link SecondEncoderExperiment} does for a second encoder, and are cross-validated by article by
 * {@link OutOfFoldVariants}. The test split is never read.
 *
 * <p>Run: {@code java -cp "target/classes:target/test-classes:$(cat target/test-cp.txt)"
 * dev.positionsbot.answer.TokenAlignmentExperiment [C]}.
 */
public final class TokenAlignmentExperiment {

    private TokenAlignmentExperiment() {
    }

    public static void main(String[] args) throws IOException {
        double c = OutOfFoldVariants.offlineWithC(args);
        Path work = Files.createTempDirectory("token-alignment");
        try (LabelledCorpus corpus = new LabelledCorpus(work); TokenVectors tokens = new TokenVectors()) {
            AnswerModel shipped = AnswerModel.bundled();
            ExtractivePipeline pipeline = corpus.pipeline(shipped);
            List<AnswerModelTrainer.Prepared> pooled = OutOfFoldVariants.preparedTraining(corpus, pipeline);
            long t0 = System.nanoTime();
            Map<Long, Double> idf = inverseParagraphFrequency(corpus.articles, tokens);
            Map<String, TokenVectors.Tokens> seen = new HashMap<>();
            Map<AnswerModelTrainer.Prepared, double[]> aligned = new IdentityHashMap<>();
            for (AnswerModelTrainer.Prepared p : pooled) {
                TokenVectors.Tokens q = tokens.of(PassageEmbedder.inModelWords(p.question().eval().question()));
                double[] r = new double[p.candidates().size()];
                for (int i = 0; i < r.length; i++) {
                    String text = PassageEmbedder.inModelWords(p.candidates().get(i).text());
                    r[i] = recall(q, seen.computeIfAbsent(text, tokens::of), idf);
                }
                aligned.put(p, r);
            }
            System.err.printf(Locale.ROOT, "token alignment of every candidate (%d distinct units) in %.0f s%n",
                    seen.size(), (System.nanoTime() - t0) / 1e9);
            Map<String, List<AnswerModelTrainer.Prepared>> variants = new LinkedHashMap<>();
            variants.put("pooled minilm (shipped)", pooled);
            variants.put("token alignment", SecondEncoderExperiment.withSemantic(pooled, aligned::get, 1.0));
            variants.put("mean of pooled and alignment", SecondEncoderExperiment.withSemantic(pooled, aligned::get,
                    0.5));
            OutOfFoldVariants.compare(corpus, pipeline, shipped, variants, c);
        }
    }

    /**
     * ln((N + 1) / (df + 1)) of each word piece over the corpus's paragraphs, N their number; a piece no paragraph
     * has gets the largest weight through df = 0.
     */
    static Map<Long, Double> inverseParagraphFrequency(List<Article> articles, TokenVectors tokens) {
        Map<Long, Integer> df = new HashMap<>();
        int paragraphs = 0;
        for (Article a : articles) {
            for (String para : a.body().split("\\n\\s*\\n")) {
                if (para.isBlank()) {
                    continue;
                }
                paragraphs++;
                Set<Long> once = new HashSet<>();
                for (long id : tokens.pieces(PassageEmbedder.inModelWords(para))) {
                    once.add(id);
                }
                for (long id : once) {
                    df.merge(id, 1, Integer::sum);
                }
            }
        }
        int n = paragraphs;
        Map<Long, Double> idf = new HashMap<>();
        df.forEach((id, f) -> idf.put(id, Math.log((n + 1.0) / (f + 1.0))));
        idf.put(-1L, Math.log(n + 1.0)); // the weight of a piece the corpus lacks
        return idf;
    }

    /**
     * The idf-weighted mean, over the question's word pieces, of each piece's best cosine with a piece of the unit;
     * 0 when either has none.
     */
    static double recall(TokenVectors.Tokens question, TokenVectors.Tokens unit, Map<Long, Double> idf) {
        if (question.vectors().length == 0 || unit.vectors().length == 0) {
            return 0;
        }
        double weighted = 0;
        double total = 0;
        double unseen = idf.getOrDefault(-1L, 1.0);
        for (int i = 0; i < question.vectors().length; i++) {
            float[] q = question.vectors()[i];
            double best = -1;
            for (float[] u : unit.vectors()) {
                double dot = 0;
                for (int j = 0; j < q.length; j++) {
                    dot += q[j] * u[j];
                }
                best = Math.max(best, dot);
            }
            double w = idf.getOrDefault(question.ids()[i], unseen);
            weighted += w * best;
            total += w;
        }
        return total == 0 ? 0 : weighted / total;
    }
}
