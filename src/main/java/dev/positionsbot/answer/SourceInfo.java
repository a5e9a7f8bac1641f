package dev.positionsbot.answer;

/** One article of the knowledge base as listed by {@code sources} and Telegram's /sources. */
public record SourceInfo(String id, String title, String outlet, String author, String published, String url,
                         String language, int passages) {
}
