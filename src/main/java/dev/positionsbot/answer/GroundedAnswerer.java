package dev.positionsbot.answer;

import dev.positionsbot.answer.attribution.CitationAttributor;
import dev.positionsbot.corpus.Article;
import dev.positionsbot.index.PassageSearch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * The answering pipeline: follow-up rewriting, evidence retrieval, composition. Validates input so that front ends
 * never see an exception for a bad question.
 */
public final class GroundedAnswerer implements Answerer {

    /** Longest question accepted; longer input is refused with a message saying so. */
    public static final int MAX_QUESTION_CHARS = 2000;

    private static final Logger log = LoggerFactory.getLogger(GroundedAnswerer.class);

    private final PassageSearch search;
    private final FollowUpRewriter rewriter;
    private final EvidenceRetriever retriever;
    private final AnswerComposer composer;
    private final CorpusCoverage coverage;
    private final CitationAttributor attributor = new CitationAttributor();
    private final InstructionDetector instructions = new InstructionDetector();
    private final AdviceRequestDetector adviceRequests = new AdviceRequestDetector();

    public GroundedAnswerer(PassageSearch search, FollowUpRewriter rewriter, EvidenceRetriever retriever,
                            AnswerComposer composer, CorpusCoverage coverage) {
        this.search = search;
        this.rewriter = rewriter;
        this.retriever = retriever;
        this.composer = composer;
        this.coverage = coverage;
    }

    @Override
    public GroundedAnswer answer(String question, Conversation conversation) {
        long t0 = System.nanoTime();
        String q = QuestionNormalizer.normalize(question);
        GroundedAnswer result;
        String standalone = q;
        java.util.Optional<String> instruction = instructions.instruction(q);
        java.util.Optional<String> advice = instruction.isPresent() ? instruction : adviceRequests.request(q);
        if (q.isEmpty()) {
            result = invalid(q, QuestionNormalizer.NOTHING_TO_SEARCH);
        } else if (q.length() > MAX_QUESTION_CHARS) {
            result = invalid(q, "the question is " + q.length() + " characters long; the limit is "
                    + MAX_QUESTION_CHARS);
        } else if (instruction.isPresent()) {
            result = instructionRefused(q, instruction.get());
            conversation.add(new Conversation.Turn(q, q, false));
        } else if (advice.isPresent()) {
            result = adviceRefused(q, advice.get());
            conversation.add(new Conversation.Turn(q, q, false));
        } else {
            try {
                standalone = rewriter.rewrite(q, conversation);
                result = attributor.attribute(composer.compose(retriever.retrieve(standalone)), search.articles());
            } catch (RuntimeException e) {
                log.error("answering failed for a question of {} chars: {}", q.length(), e.toString(), e);
                result = invalid(q, "an internal error occurred while answering (" + e.getClass().getSimpleName() + ")");
            }
            conversation.add(new Conversation.Turn(q, standalone, result.answered()));
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        return result.withQuestion(q, standalone).withLatency(ms);
    }

    private GroundedAnswer invalid(String q, String reason) {
        return new GroundedAnswer(q, q, GroundedAnswer.Status.REFUSED, "I can't answer that: " + reason + ". "
                + "Ask about the positions of the Central Asian states; the corpus covers: " + coverage.summary(),
                List.of(), reason, composer.name(), List.of(), 0);
    }

    /** A request to set the rules aside is refused before any search: no quote may lend it the articles' voice. */
    private GroundedAnswer instructionRefused(String q, String why) {
        return refusedUnsearched(q, why,
                "I won't do that: " + why + ". I only answer with quotes from the articles, with their sources, and"
                        + " state nothing of my own. Ask about the positions of the Central Asian states; the corpus"
                        + " covers: ",
                "Я не выполняю такие просьбы: я отвечаю только цитатами из статей, со ссылками на источники, и ничего"
                        + " не утверждаю от себя. Спросите о позициях государств Центральной Азии; база охватывает: ");
    }

    /** Advice, instructions or a forecast: nothing a news quote can give, so no quote is offered as one. */
    private GroundedAnswer adviceRefused(String q, String why) {
        return refusedUnsearched(q, why,
                "I can't help with that: " + why + ", and I only quote news articles about the positions of the"
                        + " Central Asian states, with their sources. The corpus covers: ",
                "На это я не отвечаю: это просьба о совете, инструкции или прогнозе, а я только цитирую новостные"
                        + " статьи о позициях государств Центральной Азии, со ссылками на источники. База охватывает: ");
    }

    /** A refusal given before any search, in the question's language, ending with what the corpus covers. */
    private GroundedAnswer refusedUnsearched(String q, String why, String english, String russian) {
        boolean cyrillic = q.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
        String text = (cyrillic ? russian : english) + coverage.summary();
        return new GroundedAnswer(q, q, GroundedAnswer.Status.REFUSED, text, List.of(), why, composer.name(),
                List.of(), 0);
    }

    @Override
    public List<SourceInfo> sources() {
        return search.articles().stream().map(this::info).toList();
    }

    private SourceInfo info(Article a) {
        return new SourceInfo(a.id(), a.title(), a.outlet(), a.author(), a.published(), a.url(), a.language(),
                search.passageCount(a.id()));
    }

    @Override
    public String coverage() {
        return coverage.summary();
    }

    @Override
    public dev.positionsbot.answer.attribution.StateTimeline.Result timeline(String state, String topic) {
        return new dev.positionsbot.answer.attribution.StateTimeline().build(state, topic, search.articles());
    }
}
