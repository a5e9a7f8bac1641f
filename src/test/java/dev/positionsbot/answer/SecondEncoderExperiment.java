package dev.positionsbot.answer;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.positionsbot.index.EmbeddingChoice;
import dev.positionsbot.index.PassageEmbedder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures, out of fold on the TRAINING split only, whether a second encoder's question-to-unit similarity is a
 * stronger relevance signal than the bundled MiniLM's: the answer model's features are recomputed with each unit's
 * similarity taken from MiniLM (as shipped), from bge-small-en-v1.5 in its query/passage form, or from the mean of
 * the two, and each variant is cross-validated by article exactly as {@link AnswerModelTrainer} does, at one C and at
 * the shipped model's units and secondary share, its threshold swept and chosen by {@link AnswerModelTrainer#choose}.
 * The candidates are those the shipped composer generates (its generation reads MiniLM only); only the features
 * that rest on similarity change. The test split is never read.
 *
 * <p>Run: {@code java -cp "target/classes:target/test-classes:$(cat target/test-cp.txt)"
 * dev.positionsbot.answer.SecondEncoderExperiment [C]} (docs/benchmarks-notes.md, "Two more relevance signals").
 */
public final class SecondEncoderExperiment {

    private SecondEncoderExperiment() {
    }

    public static void main(String[] args) throws IOException {
        double c = OutOfFoldVariants.offlineWithC(args);
        Path work = Files.createTempDirectory("second-encoder");
        try (LabelledCorpus corpus = new LabelledCorpus(work)) {
            AnswerModel shipped = AnswerModel.bundled();
            ExtractivePipeline pipeline = corpus.pipeline(shipped);
            List<AnswerModelTrainer.Prepared> minilm = OutOfFoldVariants.preparedTraining(corpus, pipeline);
            long t0 = System.nanoTime();
            EmbeddingModel bge = EmbeddingChoice.BGE.newModel();
            Map<AnswerModelTrainer.Prepared, double[]> bgeSims = new IdentityHashMap<>();
            for (AnswerModelTrainer.Prepared p : minilm) {
                bgeSims.put(p, similarities(bge, EmbeddingChoice.BGE.queryPrefix() + p.question().eval().question(),
                        p.candidates()));
            }
            System.err.printf(Locale.ROOT, "bge similarities of every candidate in %.0f s%n",
                    (System.nanoTime() - t0) / 1e9);
            Map<String, List<AnswerModelTrainer.Prepared>> variants = new LinkedHashMap<>();
            variants.put("minilm (shipped)", minilm);
            variants.put("bge", withSemantic(minilm, p -> bgeSims.get(p), 1.0));
            variants.put("mean of minilm and bge", withSemantic(minilm, p -> bgeSims.get(p), 0.5));
            OutOfFoldVariants.compare(corpus, pipeline, shipped, variants, c);
        }
    }

    /** Cosine similarity of the (prefixed) question to each candidate's text, by {@code model}. */
    static double[] similarities(EmbeddingModel model, String query, List<ScoredSentence> candidates) {
        List<TextSegment> texts = new ArrayList<>(candidates.size() + 1);
        texts.add(TextSegment.from(query));
        for (ScoredSentence s : candidates) {
            texts.add(TextSegment.from(PassageEmbedder.inModelWords(s.text())));
        }
        List<Embedding> vectors = model.embedAll(texts).content();
        double[] out = new double[candidates.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = SemanticSimilarity.cosine(vectors.get(0).vector(), vectors.get(i + 1).vector());
        }
        return out;
    }

    /**
     * The same questions with each candidate's similarity replaced by {@code share} of the second encoder's plus the
     * rest of MiniLM's, and the features recomputed from it.
     */
    static List<AnswerModelTrainer.Prepared> withSemantic(List<AnswerModelTrainer.Prepared> prepared,
                                                         java.util.function.Function<AnswerModelTrainer.Prepared,
                                                                 double[]> second, double share) {
        List<AnswerModelTrainer.Prepared> out = new ArrayList<>(prepared.size());
        for (AnswerModelTrainer.Prepared p : prepared) {
            double[] other = second.apply(p);
            List<ScoredSentence> candidates = new ArrayList<>(p.candidates().size());
            for (int i = 0; i < p.candidates().size(); i++) {
                ScoredSentence s = p.candidates().get(i);
                candidates.add(s.withSemantic(share * other[i] + (1 - share) * s.semantic()));
            }
            out.add(new AnswerModelTrainer.Prepared(p.question(), p.analyzed(), p.evidence(), candidates,
                    CandidateFeatures.all(p.analyzed(), candidates)));
        }
        return out;
    }
}
