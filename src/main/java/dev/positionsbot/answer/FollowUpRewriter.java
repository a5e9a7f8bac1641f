package dev.positionsbot.answer;

/**
 * Turns a follow-up ("And Uzbekistan?") into a stand-alone question using the conversation so far.
 * Returns the question unchanged when it already stands alone or there is no context.
 */
public interface FollowUpRewriter {
    String rewrite(String question, Conversation conversation);
}
