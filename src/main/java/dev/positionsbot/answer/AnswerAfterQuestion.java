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
    static final Pattern ENDS_AS_QUESTION = Pattern.compile("[?？][\"”»’)\\]*_]*\\s*$");
    /** A reply longer than this is cut at its last sentence end within it. */
    private static final int MAX_CHARS = 1500;

    private AnswerAfterQuestion() {
    }

    /**
     * Whether {@link #ENDS_AS_QUESTION} finds a match, read backwards from the end instead of tried at every position
     * (every retrieved passage is checked, and the forward scan cost 2% of the answering thread): optional
     * whitespace as \s matches it, before it optional closing marks, before those the question mark. "$" also
     * matches before a final line terminator, so a text ending in one is tried without it as well.
     * AnswerAfterQuestionTest checks it against the pattern.
     */
    static boolean endsAsQuestion(String text) {
        int n = text.length();
        if (endsAsQuestion(text, n)) {
            return true;
        }
        // "\r\n", "\n" and "\r" are whitespace to \s already; these three are line terminators to "$" alone
        return n > 0 && (text.charAt(n - 1) == '\u0085' || text.charAt(n - 1) == '\u2028'
                || text.charAt(n - 1) == '\u2029') && endsAsQuestion(text, n - 1);
    }

    private static boolean endsAsQuestion(String text, int end) {
        int i = end;
        while (i > 0 && " \t\n\u000B\f\r".indexOf(text.charAt(i - 1)) >= 0) {
            i--;
        }
        while (i > 0 && "\"”»’)]*_".indexOf(text.charAt(i - 1)) >= 0) {
            i--;
        }
        return i > 0 && (text.charAt(i - 1) == '?' || text.charAt(i - 1) == '？');
    }

    /** The paragraph after the hit's passage as a hit of its own, when the passage asks a question. */
    static Optional<SearchHit> replyTo(SearchHit hit) {
        Passage p = hit.passage();
        if (!endsAsQuestion(p.text())) {
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
