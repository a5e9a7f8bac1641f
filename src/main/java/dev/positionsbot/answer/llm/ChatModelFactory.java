package dev.positionsbot.answer.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;

import java.util.Optional;

/** Builds the LangChain4j chat client for the configured provider, with our timeout and retry settings. */
public final class ChatModelFactory {

    /** Sent to OpenAI-compatible servers that need no key (llama.cpp, vLLM, LM Studio); the client insists on one. */
    static final String NO_KEY = "not-needed";

    public Optional<ChatModel> create(LlmSettings settings) {
        return switch (settings.provider()) {
            case NONE -> Optional.empty();
            case OPENAI -> Optional.of(OpenAiChatModel.builder()
                    .baseUrl(settings.baseUrl())
                    .apiKey(settings.apiKey().isEmpty() ? NO_KEY : settings.apiKey())
                    .modelName(settings.model())
                    .temperature(settings.temperature())
                    .timeout(settings.timeout())
                    .maxRetries(settings.maxRetries())
                    .build());
            case OLLAMA -> Optional.of(OllamaChatModel.builder()
                    .maxRetries(settings.maxRetries())
                    .baseUrl(settings.baseUrl())
                    .modelName(settings.model())
                    .temperature(settings.temperature())
                    .timeout(settings.timeout())
                    .build());
        };
    }
}
