package dev.positionsbot.telegram;

import java.util.Set;

/**
 * {@code /add URL}: who may add articles to the knowledge base from Telegram, and what adds them. Only users listed
 * as administrators may; anyone else gets a polite refusal, and with no administrators the command is off.
 */
public record SourceAdding(Set<Long> adminIds, ArticleAdder adder) {

    /** Nobody may add: the command answers that adding is not enabled. */
    public static final SourceAdding NONE = new SourceAdding(Set.of(), address -> {
        throw new IllegalStateException("adding articles is not enabled");
    });

    public SourceAdding {
        adminIds = adminIds == null ? Set.of() : Set.copyOf(adminIds);
    }

    public boolean mayAdd(Long userId) {
        return userId != null && adminIds.contains(userId);
    }

    /** Fetches an article page into the knowledge folder (blocking; the fetch has its own timeouts). */
    @FunctionalInterface
    public interface ArticleAdder {
        Added add(String address);
    }

    /**
     * What became of one address: added (with the metadata read from the page, "" where the page states none),
     * already known, or failed with a reason that names the address.
     */
    public record Added(Outcome outcome, String title, String outlet, String published, String message) {
        public enum Outcome { ADDED, ALREADY_KNOWN, FAILED }
    }

    String reply(Long userId, String args) {
        if (!mayAdd(userId)) {
            return adminIds.isEmpty()
                    ? "Adding articles from Telegram is not enabled on this bot. Ask its operator to add the article."
                    : "Sorry, only the bot's administrators can add articles. You can send the address to its "
                    + "operator instead.";
        }
        String address = args.strip();
        if (address.isEmpty() || address.contains(" ")) {
            return "Send <b>/add</b> followed by one article's web address, e.g. "
                    + "<i>/add https://example.org/news/article</i>.";
        }
        Added added;
        try {
            added = adder.add(address);
        } catch (RuntimeException e) {
            return "I could not add " + TelegramHtml.escape(address) + ": " + TelegramHtml.escape(String.valueOf(
                    e.getMessage()));
        }
        return switch (added.outcome()) {
            case ADDED -> "Added <b>" + TelegramHtml.escape(added.title()) + "</b>\nOutlet: "
                    + stated(added.outlet()) + "\nPublished: " + stated(added.published())
                    + "\nI will answer from it within a few seconds.";
            case ALREADY_KNOWN -> "That article is already in the knowledge base: "
                    + TelegramHtml.escape(added.message());
            case FAILED -> "I could not add it. " + TelegramHtml.escape(added.message());
        };
    }

    private static String stated(String value) {
        return value == null || value.isBlank() ? "<i>not stated on the page</i>" : TelegramHtml.escape(value);
    }
}
