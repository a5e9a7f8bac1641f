package dev.positionsbot.corpus;

/**
 * A run of whole sentences within one article (and within one section of it).
 *
 * @param articleId id of the article it comes from
 * @param ordinal   0-based position of the passage within the article
 * @param start     offset of the first character in {@link Article#body()}
 * @param end       offset one past the last character in {@link Article#body()}
 * @param heading   the section heading it sits under, or "" for none
 * @param text      exactly {@code article.body().substring(start, end)}
 */
public record Passage(String articleId, int ordinal, int start, int end, String heading, String text) {
    /** Stable identifier, used as the Lucene document key and in JSON output. */
    public String id() {
        return articleId + "#" + ordinal;
    }
}
