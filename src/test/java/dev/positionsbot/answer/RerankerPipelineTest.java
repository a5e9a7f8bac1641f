package dev.positionsbot.answer;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.positionsbot.answer.rerank.FakeReranker;
import dev.positionsbot.answer.rerank.TeiRerankScoringModel;
import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.SentencePassageSplitter;
import dev.positionsbot.index.EmbeddingChoice;
import dev.positionsbot.index.HybridIndex;
import dev.positionsbot.index.NewsTermAnalyzer;
import dev.positionsbot.index.PassageEmbedder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A cross-encoder plugged into the whole offline pipeline through its HTTP reranking form: a fake reranker on
 * 127.0.0.1 decides which sentence is quoted in EXTERNAL mode, shares the decision in BOTH mode, and the built-in
 * scorer answers when the reranker is down. The articles are invented for this test.
 */
class RerankerPipelineTest {

    private static final String QUESTION = "What did Tajikistan say about the glacier summit?";

    private static final List<Article> ARTICLES = List.of(
            new Article("glacier-summit", "knowledge/glacier-summit.md",
                    "Tajikistan prepares a glacier summit in Dushanbe", "Pamir Wire", "Lena Hart", "2025-02-11",
                    "", "en", "", """
                    Tajikistan said the glacier summit would open in Dushanbe in June and bring together \
                    delegations from forty countries.

                    Tajikistan's environment minister said the glacier summit must agree on money to monitor the \
                    melting ice of the Pamir range.

                    Tajikistan said at the glacier summit preparations that downstream states should share the \
                    cost of new reservoirs.

                    Hotels in the capital reported that most rooms for the week were already booked."""),
            new Article("cotton-harvest", "knowledge/cotton-harvest.md",
                    "Uzbekistan reports an early cotton harvest", "Valley Post", "", "2025-09-20", "", "en", "", """
                    Uzbekistan finished picking cotton two weeks earlier than last year, the agriculture ministry \
                    said.

                    Farmers in the Fergana valley said machines now gather most of the crop."""));

    @TempDir
    static Path dir;

    private static HybridIndex index;
    private static PassageEmbedder embedder;
    private FakeReranker reranker;

    @BeforeAll
    static void openIndex() {
        embedder = EmbeddingChoice.MINILM.load();
        index = HybridIndex.builder(dir.resolve("index")).articles(ARTICLES).splitter(new SentencePassageSplitter())
                .embedder(embedder).open();
    }

    @AfterAll
    static void closeIndex() {
        if (index != null) {
            index.close();
        }
    }

    @BeforeEach
    void startReranker() throws IOException {
        reranker = new FakeReranker();
    }

    @AfterEach
    void stopReranker() {
        reranker.close();
    }

    private static ExtractivePipeline pipeline(CandidateScorer scorer) {
        return ExtractivePipeline.over(index, index.termStatistics(), new NewsTermAnalyzer(), ARTICLES,
                embedder.model(), scorer);
    }

    private static CandidateScorer withReranker(String url, CandidateScorer.Mode mode, double minScore) {
        return CandidateScorer.with(AnswerModel.bundled(), new TeiRerankScoringModel(url, Duration.ofSeconds(1),
                Duration.ofSeconds(5)), mode, minScore);
    }

    /** The units the built-in scorer ranks, best first, that pass the hard checks. */
    private static List<ScoredSentence> builtinEligible() {
        ExtractivePipeline p = pipeline(CandidateScorer.builtin(AnswerModel.bundled()));
        Evidence evidence = p.retriever().retrieve(QUESTION);
        AnalyzedQuestion q = p.questions().analyze(QUESTION);
        return p.composer().explain(evidence).stream().filter(s -> p.composer().passesChecks(q, s)).toList();
    }

    private static String firstQuote(GroundedAnswer a) {
        assertTrue(a.answered(), a.answer() + " / " + a.refusalReason());
        return a.citations().get(0).quote();
    }

    @Test
    void in_external_mode_the_reranker_decides_which_sentence_is_quoted() {
        List<ScoredSentence> eligible = builtinEligible();
        assertTrue(eligible.size() >= 2, "the invented article offers several answers: " + eligible);
        String builtinChoice = eligible.get(0).text();
        String runnerUp = eligible.get(1).text();
        assertEquals(builtinChoice, firstQuote(pipeline(CandidateScorer.builtin(AnswerModel.bundled()))
                .answerer(index).answer(QUESTION)));

        reranker.scoring((q, text) -> text.equals(runnerUp) ? 0.95 : 0.05);
        GroundedAnswer a = pipeline(withReranker(reranker.url(), CandidateScorer.Mode.EXTERNAL, 0.5))
                .answerer(index).answer(QUESTION);
        assertEquals(runnerUp, firstQuote(a));
        assertEquals(1, a.citations().size(), "the others score below the reranker's minimum: " + a.answer());
        assertFalse(reranker.requests.isEmpty());
        assertEquals(QUESTION, reranker.requests.get(0).path("query").asText());
    }

    @Test
    void in_external_mode_the_reranker_minimum_score_decides_whether_to_answer() {
        reranker.scoring((q, text) -> 0.3);
        GroundedAnswer a = pipeline(withReranker(reranker.url(), CandidateScorer.Mode.EXTERNAL, 0.5))
                .answerer(index).answer(QUESTION);
        assertFalse(a.answered(), "no candidate reaches the minimum score: " + a.answer());
        assertTrue(a.citations().isEmpty());
    }

    @Test
    void in_both_mode_each_scorer_can_outweigh_a_weak_preference_of_the_other() {
        List<ScoredSentence> eligible = builtinEligible();
        ScoredSentence best = eligible.get(0);
        ScoredSentence other = eligible.get(1);
        double margin = best.probability() - other.probability();
        assertTrue(margin > 0.02, "the built-in scorer prefers one unit clearly: " + eligible);

        // the reranker prefers the other unit by half the built-in margin: alone it would pick the other one,
        // averaged with the built-in scores it is outweighed
        reranker.scoring((q, text) -> text.equals(best.text()) ? 0.5 : text.equals(other.text()) ? 0.5 + margin / 2 : 0);
        assertEquals(other.text(), firstQuote(pipeline(withReranker(reranker.url(), CandidateScorer.Mode.EXTERNAL,
                0.2)).answerer(index).answer(QUESTION)));
        assertEquals(best.text(), firstQuote(pipeline(withReranker(reranker.url(), CandidateScorer.Mode.BOTH, 0.2))
                .answerer(index).answer(QUESTION)));

        // a strong preference of the reranker outweighs the built-in one
        reranker.scoring((q, text) -> text.equals(other.text()) ? 1.0 : 0.0);
        assertEquals(other.text(), firstQuote(pipeline(withReranker(reranker.url(), CandidateScorer.Mode.BOTH, 0.2))
                .answerer(index).answer(QUESTION)));
    }

    @Test
    void with_the_reranker_down_the_built_in_scorer_answers_and_the_failure_is_logged_once() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        String builtin = firstQuote(pipeline(CandidateScorer.builtin(AnswerModel.bundled())).answerer(index)
                .answer(QUESTION));
        Answerer answerer = pipeline(withReranker("http://127.0.0.1:" + port, CandidateScorer.Mode.EXTERNAL, 0.99))
                .answerer(index);
        Logger logger = (Logger) LoggerFactory.getLogger(ExternalScorerFailures.class);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        logger.addAppender(logs);
        GroundedAnswer first;
        GroundedAnswer second;
        try {
            first = answerer.answer(QUESTION);
            second = answerer.answer(QUESTION);
        } finally {
            logger.detachAppender(logs);
        }
        // answered with the built-in threshold: the reranker's 0.99 would have refused
        assertEquals(builtin, firstQuote(first));
        assertEquals(builtin, firstQuote(second));
        List<String> warnings = logs.list.stream().filter(e -> e.getLevel() == Level.WARN)
                .map(ILoggingEvent::getFormattedMessage).toList();
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("127.0.0.1:" + port + "/rerank"), warnings.get(0));
        assertNotEquals("", first.composer());
    }

    @Test
    void with_the_reranker_down_the_explanation_is_the_built_in_scorers() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        ExtractivePipeline p = pipeline(withReranker("http://127.0.0.1:" + port, CandidateScorer.Mode.EXTERNAL, 0.5));
        ExternalScorerException e = org.junit.jupiter.api.Assertions.assertThrows(ExternalScorerException.class,
                () -> p.explainer().explain(QUESTION, 3));
        assertTrue(e.getMessage().contains("127.0.0.1:" + port), e.getMessage());
        String builtin = pipeline(CandidateScorer.builtin(AnswerModel.bundled())).explainer().explain(QUESTION, 3);
        assertEquals(builtin, p.builtinExplainer().explain(QUESTION, 3));
    }

    @Test
    void explain_shows_the_answerability_score_that_decided_between_answering_and_refusing() {
        ExtractivePipeline p = pipeline(CandidateScorer.builtin(AnswerModel.bundled()));
        java.util.Set<Boolean> outcomes = new java.util.HashSet<>();
        for (String question : List.of(QUESTION, "What did Uzbekistan say about the cotton harvest?",
                "How many satellites did Turkmenistan launch last year?")) {
            String shown = p.explainer().explain(question, 3);
            GroundedAnswer a = p.answerer(index).answer(question, new Conversation());
            outcomes.add(a.answered());
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("answerability of the best candidate that"
                    + " passes the checks: ([0-9.]+) \\((answers|refuses)\\)").matcher(shown);
            if (m.find()) {
                assertEquals(a.answered(), m.group(2).equals("answers"), question + "\n" + shown);
                assertEquals(a.answered(), Double.parseDouble(m.group(1)) >= p.composer().threshold(), shown);
            } else {
                assertTrue(shown.contains("no candidate passes the checks: refuses"), shown);
                assertFalse(a.answered(), question + ": " + a.answer());
            }
        }
        assertEquals(2, outcomes.size(), "the questions are answered and refused in turn");
    }
}
