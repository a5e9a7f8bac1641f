package dev.positionsbot.answer;

/**
 * A numbered source of an answer. {@code quote} is a verbatim sentence (or sentences) of the cited article.
 *
 * @param n             the number used as {@code [n]} in the answer text (1-based)
 * @param articleId     id of the article
 * @param title         article title
 * @param outlet        outlet or ""
 * @param author        author or ""
 * @param published     ISO date or ""
 * @param url           URL or ""
 * @param file          path of the knowledge file
 * @param quote         verbatim text from the article body supporting the cited claim
 * @param speaker       who the article says made the statement ("Aibek Smadiyarov, Foreign Ministry spokesman"),
 *                      or "" when it names nobody
 * @param speakerKind   official, foreign_official, analyst, media or unknown; "" before attribution
 * @param state         the state an official or foreign official speaks for, or ""
 * @param statementDate when the statement was made, as far as known: yyyy, yyyy-MM or yyyy-MM-dd; "" when unknown
 * @param dateSource    "sentence" when the sentence dates the statement, "article" when the article's publication
 *                      date stands in for it, "" when there is no date
 */
public record Citation(int n, String articleId, String title, String outlet, String author, String published,
                       String url, String file, String quote, String speaker, String speakerKind, String state,
                       String statementDate, String dateSource) {

    public Citation {
        speaker = nz(speaker);
        speakerKind = nz(speakerKind);
        state = nz(state);
        statementDate = nz(statementDate);
        dateSource = nz(dateSource);
    }

    /** A citation not yet attributed to a speaker or dated (the composers build these). */
    public Citation(int n, String articleId, String title, String outlet, String author, String published,
                    String url, String file, String quote) {
        this(n, articleId, title, outlet, author, published, url, file, quote, "", "", "", "", "");
    }

    public Citation withNumber(int number) {
        return new Citation(number, articleId, title, outlet, author, published, url, file, quote, speaker,
                speakerKind, state, statementDate, dateSource);
    }

    public Citation withAttribution(String speaker, String speakerKind, String state, String statementDate,
                                    String dateSource) {
        return new Citation(n, articleId, title, outlet, author, published, url, file, quote, speaker, speakerKind,
                state, statementDate, dateSource);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
