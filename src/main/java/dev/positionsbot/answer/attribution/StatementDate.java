package dev.positionsbot.answer.attribution;

/**
 * When a statement was made, to the precision the text allows.
 *
 * @param date   yyyy, yyyy-MM or yyyy-MM-dd (ISO prefixes sort in time order), or "" when unknown
 * @param source {@code "sentence"} when the sentence dates the statement, {@code "article"} when the article's
 *               publication date stands in for it, {@code ""} when there is no date
 */
public record StatementDate(String date, String source) {

    public static final StatementDate NONE = new StatementDate("", "");

    public static StatementDate fromSentence(String date) {
        return new StatementDate(date, "sentence");
    }

    public static StatementDate fromArticle(String published) {
        return published == null || published.isBlank() ? NONE : new StatementDate(published, "article");
    }

    public boolean known() {
        return !date.isEmpty();
    }
}
