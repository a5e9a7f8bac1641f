package dev.positionsbot.answer;

import dev.positionsbot.corpus.Passage;
import dev.positionsbot.index.SearchHit;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * In an interview, a press conference or a Q&amp;A explainer the answer follows its question, usually in the next
 * paragraph and in other words: a search for the reader's question finds the interviewer's question, which shares
 * its words, and misses the reply. So when a retrieved passage is itself a question, the paragraph after it is read
 * as well, ranked as the question was.
 */
final class AnswerAfterQuestion {

    /** A passage ending in a question mark, perhaps inside closing quotes or brackets. */
    private static final Pattern ENDS_AS_QUESTION = Pattern.compile("[?？][\"”»’)\\]*_]*\\s*$");
    /** A reply longer than this is cut at its last sentence end within it. */
    private static final int MAX_CHARS = 1500;

    private AnswerAfterQuestion() {
    }

    /** The paragraph after the hit's passage as a hit of its own, when the passage asks a question. */
    static Optional<SearchHit> replyTo(SearchHit hit) {
        Passage p = hit.passage();
        if (!ENDS_AS_QUESTION.matcher(p.text()).find()) {
            return Optional.empty();
        }
        String body = hit.article().body();
        int start = p.end();
        while (start < body.length() && Character.isWhitespace(body.charAt(start))) {
            start++;
        }
        if (start >= body.length()) {
            return Optional.empty();
        }
        int end = body.indexOf("\n\n", start);
        end = end < 0 ? body.length() : end;
        if (end - start > MAX_CHARS) {
            int cut = Math.max(body.lastIndexOf(". ", start + MAX_CHARS), body.lastIndexOf(".\n", start + MAX_CHARS));
            end = cut > start ? cut + 1 : start + MAX_CHARS;
        }
        while (end > start && Character.isWhitespace(body.charAt(end - 1))) {
            end--;
        }
        if (end <= start) {
            return Optional.empty();
        }
        Passage reply = new Passage(p.articleId(), p.ordinal() + 1, start, end, p.heading(), body.substring(start, end));
        return Optional.of(new SearchHit(hit.article(), reply, hit.score(), null, null));
    }
}
