package dev.positionsbot.answer;

import java.util.List;

/**
 * What the bot says to a question: an answer whose every sentence carries {@code [n]} markers that refer to
 * {@link #citations()}, or a refusal that says why.
 *
 * @param question          the question as asked
 * @param standaloneQuestion the question after follow-up rewriting (equal to question when not a follow-up)
 * @param status            answered or refused
 * @param answer            the answer text with [n] markers; for a refusal, the refusal text shown to the user
 * @param citations         the sources, numbered from 1; empty for refusals
 * @param refusalReason     machine-readable-ish reason for a refusal (what was searched, what is covered); "" when answered
 * @param composer          which composer produced it ("extractive", "llm:openai", ...)
 * @param droppedSentences  sentences the verifier removed (LLM composer), for audits
 * @param latencyMs         wall time from question to answer
 */
public record GroundedAnswer(String question, String standaloneQuestion, Status status, String answer,
                             List<Citation> citations, String refusalReason, String composer,
                             List<String> droppedSentences, long latencyMs) {

    public enum Status {
        ANSWERED, REFUSED;

        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public GroundedAnswer {
        citations = List.copyOf(citations);
        droppedSentences = List.copyOf(droppedSentences);
        refusalReason = refusalReason == null ? "" : refusalReason;
    }

    public boolean answered() {
        return status == Status.ANSWERED;
    }

    public GroundedAnswer withLatency(long ms) {
        return new GroundedAnswer(question, standaloneQuestion, status, answer, citations, refusalReason, composer,
                droppedSentences, ms);
    }

    public GroundedAnswer withQuestion(String asked, String standalone) {
        return new GroundedAnswer(asked, standalone, status, answer, citations, refusalReason, composer,
                droppedSentences, latencyMs);
    }
}
