package dev.positionsbot.answer.eval;

import dev.positionsbot.answer.GroundedAnswer;

import java.util.List;

/**
 * How one question went.
 *
 * @param correctDecision answered when answerable, refused when not
 * @param factsFound      expected facts present in what the user sees (answer and quotes)
 * @param sourceCited     an expected source among the citations (true when none is expected)
 * @param quotesVerified  quotes found verbatim in their articles
 * @param forbiddenFound  forbidden strings that appeared
 */
public record EvalOutcome(EvalQuestion question, GroundedAnswer answer, boolean correctDecision, int factsFound,
                          boolean sourceCited, int quotesVerified, List<String> forbiddenFound) {

    public boolean factsComplete() {
        return factsFound == question.expectedFacts().size();
    }

    public boolean passed() {
        return correctDecision && forbiddenFound.isEmpty()
                && (!question.answerable() || factsComplete() && sourceCited)
                && quotesVerified == answer.citations().size();
    }
}
