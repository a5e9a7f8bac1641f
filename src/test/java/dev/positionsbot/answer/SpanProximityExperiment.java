package dev.positionsbot.answer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures, out of fold on the TRAINING split only ({@link OutOfFoldVariants}), whether "the asked kind of span stands
 * near the question's own words" tells the answer model more than "the unit has a span of the asked kind somewhere":
 * the four columns built on the plain check (asked_span, asked_span_missing and its two crosses) are recomputed with
 * the near check for questions that ask for a figure, date, event, person, place or organisation; every other column
 * and question is as shipped. Near means within {@link #WINDOW} words of a word that matches one of the question's
 * key terms. The window was fixed before the first run and is not tuned. The test split is never read.
 *
 * <p>Run: {@code java -cp "target/classes:target/test-classes:$(cat target/test-cp.txt)"
 * dev.positionsbot.answer.SpanProximityExperiment [C]} (docs/benchmarks-notes.md, "Two more relevance signals").
 */
public final class SpanProximityExperiment {

    /** Words between a span and the nearest question word for the span to count as near. */
    static final int WINDOW = 5;

    private SpanProximityExperiment() {
    }

    public static void main(String[] args) throws IOException {
        double c = OutOfFoldVariants.offlineWithC(args);
        try (LabelledCorpus corpus = new LabelledCorpus(Files.createTempDirectory("span-proximity"))) {
            AnswerModel shipped = AnswerModel.bundled();
            ExtractivePipeline pipeline = corpus.pipeline(shipped);
            List<AnswerModelTrainer.Prepared> prepared = OutOfFoldVariants.preparedTraining(corpus, pipeline);
            TypedSpanFinder finder = new TypedSpanFinder(Lexicon.bundled());
            List<AnswerModelTrainer.Prepared> near = new ArrayList<>(prepared.size());
            long changed = 0;
            long units = 0;
            for (AnswerModelTrainer.Prepared p : prepared) {
                List<double[]> features = new ArrayList<>(p.features().size());
                for (int i = 0; i < p.candidates().size(); i++) {
                    double[] f = withNearSpan(finder, p.analyzed(), p.candidates().get(i), p.features().get(i));
                    changed += f[ASKED_SPAN] != p.features().get(i)[ASKED_SPAN] ? 1 : 0;
                    units++;
                    features.add(f);
                }
                near.add(new AnswerModelTrainer.Prepared(p.question(), p.analyzed(), p.evidence(), p.candidates(),
                        features));
            }
            System.out.printf("the near check differs from the plain one for %d of %d candidate units%n", changed,
                    units);
            Map<String, List<AnswerModelTrainer.Prepared>> variants = new LinkedHashMap<>();
            variants.put("asked span anywhere in the unit (shipped)", prepared);
            variants.put("asked span within " + WINDOW + " words of a question word", near);
            OutOfFoldVariants.compare(corpus, pipeline, shipped, variants, c);
        }
    }

    private static final int ASKED_SPAN = CandidateFeatures.NAMES.indexOf("asked_span");
    private static final int MISSING = CandidateFeatures.NAMES.indexOf("asked_span_missing");
    private static final int X_COVERAGE = CandidateFeatures.NAMES.indexOf("asked_span_x_coverage");
    private static final int X_SIMILARITY = CandidateFeatures.NAMES.indexOf("asked_span_x_similarity");

    /** The candidate's features with the asked-span columns built on the near check. */
    static double[] withNearSpan(TypedSpanFinder finder, AnalyzedQuestion q, ScoredSentence s, double[] shipped) {
        double[] f = shipped.clone();
        if (!q.answerType().wantsSpan() || !s.typeFits()) {
            return f; // no span asked, or none of the asked kind anywhere: near changes nothing
        }
        boolean near = near(finder, q, s);
        f[ASKED_SPAN] = near ? 1 : 0;
        f[MISSING] = near ? 0 : 1;
        f[X_COVERAGE] = near ? s.coverage() : 0;
        f[X_SIMILARITY] = near ? Math.max(0, s.semantic()) : 0;
        return f;
    }

    /** Whether a span of the asked kind starts within WINDOW words of a word matching a key term of the question. */
    static boolean near(TypedSpanFinder finder, AnalyzedQuestion q, ScoredSentence s) {
        List<String> asked = q.entityLabels();
        List<Integer> spans = new ArrayList<>();
        for (int start : finder.starts(q.answerType(), s.text(), asked)) {
            spans.add(wordIndex(s.text(), start));
        }
        if (s.terms() == null || spans.isEmpty()) {
            return false;
        }
        for (KeyTerm t : q.terms()) {
            for (int at : s.terms().find(t)) {
                for (int span : spans) {
                    if (Math.abs(span - at) <= WINDOW) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The index of the word at or after a character offset, counted as SentenceTerms counts words. */
    static int wordIndex(String text, int offset) {
        int words = 0;
        for (int at = SentenceTerms.nextWordStart(text, 0); at < text.length() && at < offset;
             at = SentenceTerms.nextWordStart(text, SentenceTerms.wordEnd(text, at))) {
            words++;
        }
        return words;
    }
}
