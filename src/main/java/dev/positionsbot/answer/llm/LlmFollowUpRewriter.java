package dev.positionsbot.answer.llm;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.positionsbot.answer.Conversation;
import dev.positionsbot.answer.FollowUpRewriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Lets the chat model turn a follow-up into a stand-alone question. Its output is only a search question, but it is
 * still checked: anything empty, long, multi-line or instruction-like is discarded for the fallback rewriter's
 * result, as is every model failure.
 */
public final class LlmFollowUpRewriter implements FollowUpRewriter {

    private static final Logger LOG = LoggerFactory.getLogger(LlmFollowUpRewriter.class);

    /** A stand-alone question may add the context the follow-up left out, but not much more. */
    static final int MAX_EXTRA_CHARS = 160;
    static final int MAX_CHARS = 400;

    private static final Pattern INSTRUCTION_LIKE = Pattern.compile(
            "(?i)\\b(ignore|disregard|instruction|system prompt|as an ai|i cannot|i can't|sorry|rewrite|stand-alone"
                    + "|standalone)\\b|<\\s*/?\\s*(question|history)|" + PromptTemplates.REFUSAL_TOKEN);

    private final ChatModel model;
    private final PromptTemplates prompts;
    private final FollowUpRewriter fallback;
    private final FailureDescription failures;

    public LlmFollowUpRewriter(ChatModel model, PromptTemplates prompts, FollowUpRewriter fallback, String apiKey) {
        this.model = model;
        this.prompts = prompts;
        this.fallback = fallback;
        this.failures = new FailureDescription(apiKey);
    }

    @Override
    public String rewrite(String question, Conversation conversation) {
        List<Conversation.Turn> turns = conversation.turns();
        if (turns.isEmpty()) {
            return question;
        }
        String output;
        try {
            output = ask(question, turns);
        } catch (RuntimeException e) {
            LOG.warn("LLM follow-up rewriting failed, using the rule-based rewriter: {}", failures.describe(e));
            return fallback.rewrite(question, conversation);
        }
        String problem = problem(output, question);
        if (problem != null) {
            LOG.info("LLM follow-up rewrite discarded ({}), using the rule-based rewriter", problem);
            return fallback.rewrite(question, conversation);
        }
        return clean(output);
    }

    private String ask(String question, List<Conversation.Turn> turns) {
        StringBuilder history = new StringBuilder();
        for (Conversation.Turn t : turns) {
            history.append("- ").append(QuestionBlock.sanitize(t.standaloneQuestion().isBlank()
                    ? t.question() : t.standaloneQuestion()).replace('\n', ' ')).append('\n');
        }
        String prompt = PromptTemplates.fill(prompts.followUp(), Map.of(
                "history", history.toString().strip(),
                "question", QuestionBlock.sanitize(question)));
        ChatResponse response = model.chat(ChatRequest.builder().messages(UserMessage.from(prompt)).build());
        return response == null || response.aiMessage() == null ? null : response.aiMessage().text();
    }

    /** Why the output is not usable as a question, or null when it is. */
    static String problem(String output, String question) {
        if (output == null || output.isBlank()) {
            return "empty output";
        }
        String s = clean(output);
        if (s.isEmpty()) {
            return "empty output";
        }
        if (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return "more than one line";
        }
        if (s.length() > MAX_CHARS || s.length() > question.strip().length() + MAX_EXTRA_CHARS) {
            return "too long (" + s.length() + " chars)";
        }
        if (INSTRUCTION_LIKE.matcher(s).find()) {
            return "looks like instructions or commentary, not a question";
        }
        return null;
    }

    /** Trims whitespace and the quotes or label a model may wrap its answer in. */
    static String clean(String output) {
        String s = output.strip();
        if (s.toLowerCase(Locale.ROOT).startsWith("question:")) {
            s = s.substring("question:".length()).strip();
        }
        if (s.length() >= 2 && "\"'“«".indexOf(s.charAt(0)) >= 0 && "\"'”»".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s;
    }
}
