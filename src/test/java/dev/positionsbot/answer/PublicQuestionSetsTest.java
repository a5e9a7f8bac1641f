package dev.positionsbot.answer;

import dev.positionsbot.AppRuntime;
import dev.positionsbot.TestMaterial;
import dev.positionsbot.answer.eval.EvalOutcome;
import dev.positionsbot.answer.eval.EvalQuestion;
import dev.positionsbot.answer.eval.EvalReport;
import dev.positionsbot.answer.eval.Evaluator;
import dev.positionsbot.config.BotConfig;
import dev.positionsbot.config.ConfigLoader;
import dev.positionsbot.corpus.ArticleIngester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public question sets, answered by the real pipeline: the seed corpus as bundled in knowledge/, and the
 * eight extra articles ingested from their raw pages into a fresh knowledge directory, alone and mixed with the
 * seeds. These sets are for reporting only: nothing in the answer model was fitted on them (it is trained on the
 * team's own labelled questions, see HeldOutAnswerQualityTest). Every quote verbatim and no forbidden string are held
 * to the target; the other figures are held to floors at what was measured when the model was last trained (README,
 * "Quality"), below the project's targets (refusal recall >= 0.9, false refusals <= 0.1, key-fact recall >= 0.85,
 * expected source >= 0.9), which the general model does not reach yet.
 */
class PublicQuestionSetsTest {

    @TempDir
    Path tmp;

    private EvalReport run(Path knowledge, Path questions) {
        BotConfig config = ConfigLoader.load(null, Map.of(), Map.of("knowledge", knowledge.toString(),
                "index", tmp.resolve("index-" + knowledge.getFileName()).toString()));
        try (AppRuntime runtime = AppRuntime.open(config, false)) {
            return new Evaluator(runtime.answerer(), runtime.corpus().articles())
                    .run(EvalQuestion.read(questions), o -> { });
        }
    }

    /** The eight raw extra articles, through the project's own ingest, into {@code knowledge}. */
    private static void ingestExtraCorpus(Path knowledge) {
        ArticleIngester ingester = new ArticleIngester();
        for (Path raw : ArticleIngester.expand(List.of(TestMaterial.requireShared("corpus-extra")))) {
            assertTrue(!ingester.ingest(raw, knowledge, false).failed(), "ingest " + raw);
        }
    }

    private static String failures(EvalReport r) {
        return r.outcomes().stream().filter(o -> !o.passed())
                .map(o -> o.question().id() + " " + o.answer().status().json() + ": " + o.question().question())
                .collect(Collectors.joining("\n"));
    }

    @Test
    void answers_the_dev_questions_on_the_seed_corpus_within_the_targets() {
        assertWithinTargets(run(Path.of("knowledge"), TestMaterial.requireShared("eval/dev-questions.jsonl")));
    }

    @Test
    void answers_the_extra_questions_on_a_corpus_it_was_not_built_on_within_the_targets() {
        Path knowledge = tmp.resolve("extra-knowledge");
        ingestExtraCorpus(knowledge);
        assertWithinTargets(run(knowledge, TestMaterial.requireShared("eval/extra-questions.jsonl")));
    }

    private static void assertWithinTargets(EvalReport r) {
        String why = failures(r);
        System.err.printf(java.util.Locale.ROOT, "public set: %d questions, refusal recall %.2f, false refusals %.2f,"
                        + " key-fact recall %.2f, source %.2f, answer accuracy %.2f, quotes verbatim %.2f, forbidden %d%n",
                r.outcomes().size(), r.refusalRecall(), r.falseRefusalRate(), r.keyFactRecall(), r.sourceRecall(),
                r.answerAccuracy(), r.quoteVerificationRate(), r.forbiddenStringsFound());
        assertAll(
                () -> assertTrue(r.refusalRecall() >= REFUSAL_FLOOR, "refusal recall " + r.refusalRecall() + "\n" + why),
                () -> assertTrue(r.falseRefusalRate() <= FALSE_REFUSAL_CEILING, "false refusals " + r.falseRefusalRate() + "\n" + why),
                () -> assertTrue(r.keyFactRecall() >= KEY_FACT_FLOOR, "key-fact recall " + r.keyFactRecall() + "\n" + why),
                () -> assertTrue(r.sourceRecall() >= SOURCE_FLOOR, "expected source cited " + r.sourceRecall() + "\n" + why),
                () -> assertEquals(1.0, r.quoteVerificationRate(), "every quote verbatim\n" + why),
                () -> assertEquals(0, r.forbiddenStringsFound(), "forbidden strings\n" + why));
    }

    // measured 2026-11-30, fifth model (dev / extra / extra with seeds): refusal recall 1.00 / 1.00 / 1.00, false
    // refusals 0.13 / 0.10 / 0.10, key-fact recall 0.88 / 0.87 / 0.87, expected source 0.87 / 0.90 / 0.90
    static final double REFUSAL_FLOOR = 0.9;
    static final double FALSE_REFUSAL_CEILING = 0.2;
    static final double KEY_FACT_FLOOR = 0.75;
    static final double SOURCE_FLOOR = 0.8;

    @Test
    void answers_the_extra_questions_within_the_targets_also_when_the_seed_articles_share_the_corpus() {
        // more articles mean more near misses: a sentence naming the same states on another matter must not pass
        Path knowledge = tmp.resolve("combined-knowledge");
        ingestExtraCorpus(knowledge);
        try (var seeds = java.nio.file.Files.list(Path.of("knowledge"))) {
            for (Path md : seeds.filter(f -> f.toString().endsWith(".md")).toList()) {
                java.nio.file.Files.copy(md, knowledge.resolve(md.getFileName()));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertWithinTargets(run(knowledge, TestMaterial.requireShared("eval/extra-questions.jsonl")));
    }

    @Test
    void every_citation_is_referred_to_in_the_answer_text() {
        EvalReport r = run(Path.of("knowledge"), TestMaterial.requireShared("eval/dev-questions.jsonl"));
        for (EvalOutcome o : r.outcomes()) {
            for (Citation c : o.answer().citations()) {
                assertTrue(o.answer().answer().contains("[" + c.n() + "]"),
                        o.question().id() + ": citation [" + c.n() + "] is not used in the answer text");
            }
        }
    }
}
