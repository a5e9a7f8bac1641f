package dev.positionsbot.answer;

import java.util.List;

/**
 * The product's single entry point for front ends (CLI chat, {@code ask}, Telegram, HTTP): a question in,
 * a grounded answer or refusal out. Implementations are thread-safe; conversations are not shared.
 */
public interface Answerer {

    /** Answer {@code question}, reading and updating {@code conversation} for follow-ups. Never throws for bad input. */
    GroundedAnswer answer(String question, Conversation conversation);

    /** Answer a question with no conversation context. */
    default GroundedAnswer answer(String question) {
        return answer(question, new Conversation());
    }

    /** The articles the answers come from. */
    List<SourceInfo> sources();

    /** A one-paragraph description of what the corpus covers (countries and topics with sources), for /start and refusals. */
    String coverage();

    /**
     * The statements of a state's officials across the articles, dated ones oldest first ({@code topic} "" for all).
     * Answerers without a corpus of their own hold none.
     */
    default dev.positionsbot.answer.attribution.StateTimeline.Result timeline(String state, String topic) {
        return new dev.positionsbot.answer.attribution.StateTimeline().build(state, topic, List.of());
    }
}
