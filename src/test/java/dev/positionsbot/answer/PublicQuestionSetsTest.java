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
 * eight extra articles ingested from their raw pages into a fresh knowledge directory, so that nothing can be
 * tuned to the seeds, alone and mixed with the seeds. The same targets hold on all three.
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
        assertAll(
                () -> assertTrue(r.refusalRecall() >= 0.9, "refusal recall " + r.refusalRecall() + "\n" + why),
                () -> assertTrue(r.falseRefusalRate() <= 0.1, "false refusals " + r.falseRefusalRate() + "\n" + why),
                () -> assertTrue(r.keyFactRecall() >= 0.85, "key-fact recall " + r.keyFactRecall() + "\n" + why),
                () -> assertTrue(r.sourceRecall() >= 0.9, "expected source cited " + r.sourceRecall() + "\n" + why),
                () -> assertEquals(1.0, r.quoteVerificationRate(), "every quote verbatim\n" + why),
                () -> assertEquals(0, r.forbiddenStringsFound(), "forbidden strings\n" + why));
    }

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
