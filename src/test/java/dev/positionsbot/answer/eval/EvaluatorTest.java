package dev.positionsbot.answer.eval;

import dev.positionsbot.answer.Answerer;
import dev.positionsbot.answer.Citation;
import dev.positionsbot.answer.Conversation;
import dev.positionsbot.answer.GroundedAnswer;
import dev.positionsbot.answer.SourceInfo;
import dev.positionsbot.corpus.Article;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvaluatorTest {

    private static final Article DAM = new Article("dam", "knowledge/dam.md", "Kyrgyzstan Finishes the Dam", "", "", "",
            "", "en", "", "The reservoir holds 4.2 billion cubic metres. Officials said the work is \u201Cnearly done\u201D.");
    private static final Article GAS = new Article("gas", "knowledge/gas.md", "Turkmenistan Turns Down a Gas Union",
            "", "", "", "", "en", "", "Turkmenistan will not join the gas union.");

    private static Citation cite(int n, Article a, String quote) {
        return new Citation(n, a.id(), a.title(), "", "", "", "", a.file(), quote);
    }

    private static GroundedAnswer answered(String text, long ms, Citation... citations) {
        return new GroundedAnswer("q", "q", GroundedAnswer.Status.ANSWERED, text, List.of(citations), "", "extractive",
                List.of(), ms);
    }

    private static GroundedAnswer refused(long ms) {
        return new GroundedAnswer("q", "q", GroundedAnswer.Status.REFUSED, "I can't answer that.", List.of(),
                "searched for: x", "extractive", List.of(), ms);
    }

    private static EvalQuestion answerable(String id, List<String> facts, List<String> sources) {
        return new EvalQuestion(id, "question " + id, true, "single-fact", facts, sources, List.of());
    }

    private static EvalQuestion unanswerable(String id, String... forbidden) {
        return new EvalQuestion(id, "question " + id, false, "out-of-corpus", List.of(), List.of(), List.of(forbidden));
    }

    /** An answerer that replays prepared answers by question text. */
    private record Scripted(Map<String, GroundedAnswer> answers) implements Answerer {
        @Override
        public GroundedAnswer answer(String question, Conversation conversation) {
            assertTrue(conversation.isEmpty(), "each question is asked without earlier context");
            conversation.add(new Conversation.Turn(question, question, true));
            return answers.get(question);
        }

        @Override
        public List<SourceInfo> sources() {
            return List.of();
        }

        @Override
        public String coverage() {
            return "";
        }
    }

    private final Evaluator evaluator = new Evaluator(new Scripted(Map.of()), List.of(DAM, GAS));

    @Test
    void counts_a_fact_when_any_of_its_alternatives_appears_in_the_answer_or_a_quote() {
        EvalQuestion q = answerable("a1", List.of("4.2 billion|4,200 million", "nearly done|almost finished", "cement"),
                List.of());
        EvalOutcome o = evaluator.evaluate(q, answered("The reservoir is large [1].", 10,
                cite(1, DAM, "The reservoir holds 4.2 billion cubic metres."),
                cite(2, DAM, "Officials said the work is \"nearly done\".")));
        assertEquals(2, o.factsFound());
        assertFalse(o.factsComplete());
        assertFalse(o.passed());
    }

    @Test
    void matches_facts_case_and_typography_insensitively() {
        EvalQuestion q = answerable("a2", List.of("NEARLY DONE", "will not join"), List.of());
        EvalOutcome o = evaluator.evaluate(q, answered("Officials said the work is \u201Cnearly   done\u201D [1]. "
                + "Turkmenistan will not\njoin [2].", 5));
        assertEquals(2, o.factsFound());
    }

    @Test
    void verifies_quotes_against_the_cited_article_body() {
        EvalQuestion q = answerable("a3", List.of(), List.of());
        EvalOutcome o = evaluator.evaluate(q, answered("x", 1,
                cite(1, DAM, "Officials said the work is \"nearly done\"."),
                cite(2, DAM, "The reservoir holds 5 billion cubic metres."),
                cite(3, GAS, "The reservoir holds 4.2 billion cubic metres."),
                new Citation(4, "missing", "Nowhere", "", "", "", "", "knowledge/missing.md", "anything")));
        assertEquals(1, o.quotesVerified(), "changed figure, wrong article and unknown article all fail");
        assertFalse(o.passed());
    }

    @Test
    void checks_expected_sources_by_title_fragment() {
        EvalQuestion q = answerable("a4", List.of(), List.of("turns down a GAS union", "Some Other Story"));
        assertTrue(evaluator.evaluate(q, answered("x", 1, cite(1, GAS, "Turkmenistan will not join the gas union.")))
                .sourceCited());
        assertFalse(evaluator.evaluate(q, answered("x", 1, cite(1, DAM, "The reservoir holds 4.2 billion cubic metres.")))
                .sourceCited());
        assertTrue(evaluator.evaluate(answerable("a5", List.of(), List.of()), answered("x", 1)).sourceCited(),
                "no expected source means nothing to miss");
    }

    @Test
    void reports_forbidden_strings_that_appear() {
        EvalOutcome o = evaluator.evaluate(unanswerable("u1", "Paris", "sunny"),
                answered("It is SUNNY today [1].", 1, cite(1, DAM, "The reservoir holds 4.2 billion cubic metres.")));
        assertEquals(List.of("sunny"), o.forbiddenFound());
        assertFalse(o.correctDecision());
        assertFalse(o.passed());
    }

    @Test
    void an_unanswerable_question_refused_is_a_correct_decision() {
        EvalOutcome o = evaluator.evaluate(unanswerable("u2", "Paris"), refused(3));
        assertTrue(o.correctDecision());
        assertTrue(o.passed());
    }

    @Test
    void report_computes_refusal_recall_false_refusals_fact_recall_and_quote_rate() {
        List<EvalOutcome> outcomes = new ArrayList<>();
        // answerable, answered, 2 of 2 facts, both quotes verbatim
        outcomes.add(evaluator.evaluate(answerable("a1", List.of("4.2 billion", "nearly done"), List.of("Dam")),
                answered("x", 100, cite(1, DAM, "The reservoir holds 4.2 billion cubic metres."),
                        cite(2, DAM, "Officials said the work is \u201Cnearly done\u201D."))));
        // answerable, refused: 0 of 2 facts
        outcomes.add(evaluator.evaluate(answerable("a2", List.of("will not join", "neutrality"), List.of("Gas Union")),
                refused(300)));
        // unanswerable, refused
        outcomes.add(evaluator.evaluate(unanswerable("u1"), refused(200)));
        // unanswerable, answered with one quote that is not verbatim
        outcomes.add(evaluator.evaluate(unanswerable("u2"), answered("x", 400,
                cite(1, GAS, "Turkmenistan joined the gas union."))));
        EvalReport r = new EvalReport(outcomes);

        assertEquals(0.5, r.refusalRecall(), 1e-9);
        assertEquals(0.5, r.falseRefusalRate(), 1e-9);
        assertEquals(0.5, r.keyFactRecall(), 1e-9);
        assertEquals(0.5, r.sourceRecall(), 1e-9);
        assertEquals(2.0 / 3.0, r.quoteVerificationRate(), 1e-9);
        assertEquals(0, r.forbiddenStringsFound());
        assertEquals(2, r.passed());
        assertEquals(200, r.latencyPercentile(50));
        assertEquals(400, r.latencyPercentile(95));
    }

    @Test
    void an_empty_report_has_neutral_rates() {
        EvalReport r = new EvalReport(List.of());
        assertEquals(1.0, r.refusalRecall());
        assertEquals(0.0, r.falseRefusalRate());
        assertEquals(1.0, r.keyFactRecall());
        assertEquals(1.0, r.quoteVerificationRate());
        assertEquals(0, r.latencyPercentile(95));
    }

    @Test
    void run_asks_each_question_on_its_own_and_reports_progress() {
        EvalQuestion a = answerable("a1", List.of("4.2 billion"), List.of());
        EvalQuestion u = unanswerable("u1");
        Evaluator e = new Evaluator(new Scripted(Map.of(
                a.question(), answered("x", 7, cite(1, DAM, "The reservoir holds 4.2 billion cubic metres.")),
                u.question(), refused(9))), List.of(DAM));
        List<String> seen = new ArrayList<>();
        EvalReport r = e.run(List.of(a, u), o -> seen.add(o.question().id()));
        assertEquals(List.of("a1", "u1"), seen);
        assertEquals(2, r.passed());
        assertEquals(1.0, r.refusalRecall());
        assertEquals(1.0, r.keyFactRecall());
    }
}
