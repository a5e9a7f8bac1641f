package dev.positionsbot.corpus;

import java.util.Objects;

/**
 * One article of the knowledge base, as loaded from {@code knowledge/<id>.md}.
 *
 * <p>Metadata fields are never invented: a field the source does not state is the empty string.
 * {@code body} is the Markdown body after the front matter; passage offsets and verbatim quotes refer to it.
 *
 * @param id         the file name without {@code .md} (the slug); unique within a knowledge directory
 * @param file       path of the Markdown file as given to the loader (for error messages and citations)
 * @param title      headline
 * @param outlet     publishing outlet, e.g. "RFE/RL", or ""
 * @param author     author(s) as printed, or ""
 * @param published  publication date as ISO {@code yyyy-MM-dd} when known, or ""
 * @param url        canonical URL, or ""
 * @param language   ISO 639-1 code of the body text, e.g. "en"
 * @param sourceFile the raw file it was ingested from, or ""
 * @param body       the clean article text (paragraphs separated by blank lines, optional "## " headings)
 */
public record Article(String id, String file, String title, String outlet, String author, String published,
                      String url, String language, String sourceFile, String body) {
    public Article {
        Objects.requireNonNull(id, "id");
        file = nz(file);
        title = nz(title);
        outlet = nz(outlet);
        author = nz(author);
        published = nz(published);
        url = nz(url);
        language = nz(language);
        sourceFile = nz(sourceFile);
        body = nz(body);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
