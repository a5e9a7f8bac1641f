package dev.positionsbot.answer.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.positionsbot.answer.AnswerComposer;
import dev.positionsbot.answer.FollowUpRewriter;
import dev.positionsbot.corpus.SentenceSplitter;

import java.util.Optional;

/**
 * The LLM composer and follow-up rewriter built from settings, each wrapping the offline implementation it falls
 * back to. Empty when no provider is configured, so the bot stays extractive.
 */
public record LlmComponents(AnswerComposer composer, FollowUpRewriter rewriter) {

    public static Optional<LlmComponents> create(LlmSettings settings, AnswerComposer fallbackComposer,
                                                 FollowUpRewriter fallbackRewriter, EmbeddingModel embeddingModel) {
        Optional<ChatModel> model = new ChatModelFactory().create(settings);
        if (model.isEmpty()) {
            return Optional.empty();
        }
        // load prompts first: a broken prompt directory is a configuration error worth failing start-up for
        PromptTemplates prompts = PromptTemplates.loadOrBundled(settings.promptsDir());
        AnswerVerifier verifier = new AnswerVerifier(embeddingModel, AnswerVerifier.DEFAULT_MIN_SIMILARITY,
                new SentenceSplitter());
        return Optional.of(new LlmComponents(
                new LlmComposer(model.get(), settings.composerName(), prompts, verifier, fallbackComposer,
                        LlmComposer.DEFAULT_MAX_PASSAGES, settings.apiKey()),
                new LlmFollowUpRewriter(model.get(), prompts, fallbackRewriter, settings.apiKey())));
    }
}
