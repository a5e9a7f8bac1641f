package dev.positionsbot.answer;

/**
 * A numbered source of an answer. {@code quote} is a verbatim sentence (or sentences) of the cited article.
 *
 * @param n         the number used as {@code [n]} in the answer text (1-based)
 * @param articleId id of the article
 * @param title     article title
 * @param outlet    outlet or ""
 * @param author    author or ""
 * @param published ISO date or ""
 * @param url       URL or ""
 * @param file      path of the knowledge file
 * @param quote     verbatim text from the article body supporting the cited claim
 */
public record Citation(int n, String articleId, String title, String outlet, String author, String published,
                       String url, String file, String quote) {
}
