package dev.positionsbot.answer.llm;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.positionsbot.answer.AnswerComposer;
import dev.positionsbot.answer.Evidence;
import dev.positionsbot.answer.GroundedAnswer;
import dev.positionsbot.answer.QuoteVerifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;

/**
 * Answers with a chat model from the numbered evidence passages, then keeps only the sentences the
 * {@link AnswerVerifier} can tie to the passages they cite and rebuilds the citations itself. Any failure of the
 * model (timeout, HTTP error, malformed or empty output, any runtime exception) yields the fallback composer's
 * answer instead, with one WARN line; a user never sees an exception.
 *
 * <p>Thread-safe if the chat and embedding models are (the LangChain4j HTTP clients are).
 */
public final class LlmComposer implements AnswerComposer {

    private static final Logger LOG = LoggerFactory.getLogger(LlmComposer.class);

    /** Passages shown to the model: enough for cross-article answers, few enough for a small local model's context. */
    public static final int DEFAULT_MAX_PASSAGES = 8;

    private final ChatModel model;
    private final String name;
    private final PromptTemplates prompts;
    private final AnswerVerifier verifier;
    private final AnswerComposer fallback;
    private final int maxPassages;
    private final FailureDescription failures;
    private final CitationBuilder citations = new CitationBuilder(new QuoteVerifier());

    /**
     * @param model       the chat model (see {@link ChatModelFactory})
     * @param name        what {@link GroundedAnswer#composer()} reports, e.g. {@link LlmSettings#composerName()}
     * @param prompts     the prompt templates
     * @param verifier    the sentence verifier
     * @param fallback    the composer used whenever the model fails (the extractive one)
     * @param maxPassages how many evidence passages the model sees
     * @param apiKey      blanked out of logged error messages ("" if none)
     */
    public LlmComposer(ChatModel model, String name, PromptTemplates prompts, AnswerVerifier verifier,
                       AnswerComposer fallback, int maxPassages, String apiKey) {
        if (maxPassages < 1) {
            throw new IllegalArgumentException("maxPassages must be >= 1, was " + maxPassages);
        }
        this.model = model;
        this.name = name;
        this.prompts = prompts;
        this.verifier = verifier;
        this.fallback = fallback;
        this.maxPassages = maxPassages;
        this.failures = new FailureDescription(apiKey);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public GroundedAnswer compose(Evidence evidence) {
        long start = System.nanoTime();
        NumberedPassages passages = NumberedPassages.of(evidence, maxPassages);
        if (passages.isEmpty()) {
            return refusal(evidence, "no passages were retrieved, so the model was not asked", List.of(), start);
        }
        try {
            return generate(evidence, passages, start);
        } catch (RuntimeException e) {
            return fallBack(evidence, e, start);
        }
    }

    private GroundedAnswer generate(Evidence evidence, NumberedPassages passages, long start) {
        String system = PromptTemplates.fill(prompts.system(), Map.of("refusal_token", PromptTemplates.REFUSAL_TOKEN));
        String user = PromptTemplates.fill(prompts.answer(), Map.of(
                "passages", passages.render(),
                "passage_count", Integer.toString(passages.size()),
                "question", QuestionBlock.sanitize(evidence.question()),
                "refusal_token", PromptTemplates.REFUSAL_TOKEN));
        ChatResponse response = model.chat(ChatRequest.builder()
                .messages(SystemMessage.from(system), UserMessage.from(user))
                .build());
        String text = response == null || response.aiMessage() == null ? null : response.aiMessage().text();
        if (text == null || text.isBlank()) {
            throw new ModelOutputException("the model returned no text");
        }
        if (text.contains(PromptTemplates.REFUSAL_TOKEN)) {
            return refusal(evidence, "the model found no support for an answer in the " + passages.size()
                    + " passage(s) retrieved", List.of(), start);
        }
        AnswerVerifier.Verification v = verifier.verify(text, passages);
        if (!v.hadMarkers()) {
            throw new ModelOutputException("the model ignored the answer format (no [n] citation markers)");
        }
        List<String> dropped = v.dropped().stream().map(AnswerVerifier.DroppedSentence::describe).toList();
        if (v.kept().isEmpty()) {
            return refusal(evidence, "verification found no sentence of the model's answer supported by the "
                    + passages.size() + " passage(s) retrieved (" + dropped.size() + " dropped)", dropped, start);
        }
        CitationBuilder.Built built = citations.build(v.kept(), passages);
        if (!dropped.isEmpty()) {
            LOG.debug("LLM answer: kept {} sentence(s), dropped {}", v.kept().size(), dropped);
        }
        return new GroundedAnswer(evidence.question(), evidence.question(), GroundedAnswer.Status.ANSWERED,
                built.text(), built.citations(), "", name, dropped, elapsedMs(start));
    }

    private GroundedAnswer refusal(Evidence evidence, String why, List<String> dropped, long start) {
        String text = PromptTemplates.fill(prompts.refusal(), Map.of(
                "question", evidence.question(),
                "search_query", evidence.searchQuery()));
        String reason = "searched for: " + evidence.searchQuery()
                + (evidence.keyTerms().isEmpty() ? "" : " (key terms: " + String.join(", ", evidence.keyTerms()) + ")")
                + "; " + why;
        return new GroundedAnswer(evidence.question(), evidence.question(), GroundedAnswer.Status.REFUSED, text,
                List.of(), reason, name, dropped, elapsedMs(start));
    }

    private GroundedAnswer fallBack(Evidence evidence, RuntimeException e, long start) {
        String cause = failures.describe(e);
        LOG.warn("{} failed, answering with {} instead: {}", name, fallback.name(), cause);
        GroundedAnswer a = fallback.compose(evidence);
        return new GroundedAnswer(a.question(), a.standaloneQuestion(), a.status(), a.answer(), a.citations(),
                a.refusalReason(), fallback.name() + " (fallback: " + cause + ")", a.droppedSentences(),
                Math.max(a.latencyMs(), elapsedMs(start)));
    }

    private static long elapsedMs(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
