package dev.positionsbot.answer;

/**
 * Turns evidence into a grounded answer or a refusal. Implementations: the offline extractive composer and
 * the optional LLM composer (which falls back to the extractive one on any failure).
 */
public interface AnswerComposer {

    /** Compose an answer from the evidence only. Never throws for a bad model or network: it refuses or falls back. */
    GroundedAnswer compose(Evidence evidence);

    /** Short name reported in {@code ask --json} as "composer". */
    String name();
}
