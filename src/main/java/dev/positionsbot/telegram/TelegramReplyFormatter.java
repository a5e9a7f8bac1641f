package dev.positionsbot.telegram;

import dev.positionsbot.answer.Citation;
import dev.positionsbot.answer.GroundedAnswer;
import dev.positionsbot.answer.SourceInfo;
import dev.positionsbot.answer.attribution.AttributionLabel;
import dev.positionsbot.answer.attribution.StateTimeline;

import java.util.List;
import java.util.Locale;

import static dev.positionsbot.telegram.TelegramHtml.escape;

/**
 * Builds what the bot says, as Telegram HTML with every piece of corpus or user text escaped: answers with a compact
 * sources block, the quotes behind "Show quotes", refusals with their reason, and the command texts.
 */
public final class TelegramReplyFormatter {

    /** An answer ready to send: the message parts, and the quotes block to show on request ("" when none). */
    public record FormattedAnswer(List<String> parts, String quotesHtml) {
        public FormattedAnswer {
            parts = List.copyOf(parts);
        }

        public boolean hasQuotes() {
            return !quotesHtml.isEmpty();
        }
    }

    private final TelegramMessageSplitter splitter;

    public TelegramReplyFormatter() {
        this(new TelegramMessageSplitter());
    }

    public TelegramReplyFormatter(TelegramMessageSplitter splitter) {
        this.splitter = splitter;
    }

    public FormattedAnswer answer(GroundedAnswer answer) {
        if (!answer.answered()) {
            return new FormattedAnswer(splitter.split(refusal(answer)), "");
        }
        StringBuilder html = new StringBuilder(escape(answer.answer().strip()));
        if (!answer.citations().isEmpty()) {
            html.append("\n\n<b>Sources</b>");
            for (Citation c : answer.citations()) {
                html.append('\n').append(c.n()).append(". ").append(titleLink(c.title(), c.url()));
                String meta = joinNonBlank(c.outlet(), c.author(), c.published());
                if (!meta.isEmpty()) {
                    html.append(" — ").append(escape(meta));
                }
                String who = AttributionLabel.line(c);
                if (!who.isEmpty()) {
                    html.append("\n    <i>").append(escape(who)).append("</i>");
                }
            }
        }
        return new FormattedAnswer(splitter.split(html.toString()), quotes(answer));
    }

    /** The verbatim quotes of an answer's citations, or "" when it has none. */
    public String quotes(GroundedAnswer answer) {
        StringBuilder html = new StringBuilder();
        for (Citation c : answer.citations()) {
            if (c.quote() == null || c.quote().isBlank()) {
                continue;
            }
            html.append(html.length() == 0 ? "<b>Quotes</b>" : "").append("\n\n<b>[").append(c.n()).append("]</b> ")
                    .append("<i>“").append(escape(c.quote().strip())).append("”</i>\n— ")
                    .append(escape(joinNonBlank(AttributionLabel.speaker(c), c.title())));
        }
        return html.toString();
    }

    private static String refusal(GroundedAnswer answer) {
        StringBuilder html = new StringBuilder(escape(answer.answer().strip()));
        String reason = answer.refusalReason().strip();
        if (!reason.isEmpty() && !answer.answer().contains(reason)) {
            html.append("\n\n<i>Why: ").append(escape(reason)).append("</i>");
        }
        return html.toString();
    }

    public List<String> start(String coverage, String botUsername) {
        String html = "<b>Hello!</b> I answer questions about the positions of Kazakhstan, Uzbekistan, Kyrgyzstan, "
                + "Tajikistan and Turkmenistan <b>only</b> from a collection of news articles, and I cite the article "
                + "behind every statement. When the articles do not support an answer, I say so instead of guessing.\n\n"
                + "<b>What I cover</b>\n" + escape(coverage.strip()) + "\n\n"
                + "<b>Example</b>\n<i>What is Kazakhstan's position on regional water sharing?</i>\n\n"
                + groupHint(botUsername) + "\n\n/help — how to ask · /sources — the articles I know";
        return splitter.split(html);
    }

    public List<String> help(String botUsername) {
        String html = "<b>How to ask</b>\n"
                + "Write your question as a message. Follow-ups such as <i>And Uzbekistan?</i> are understood in "
                + "context. Every answer ends with its numbered sources; press <b>Show quotes</b> to see the exact "
                + "sentences from the articles.\n\n" + groupHint(botUsername) + "\n\n"
                + "<b>Commands</b>\n/start — what I do\n/help — this text\n/sources — the articles I answer from\n"
                + "/timeline &lt;state&gt; [topic] — statements of a state's officials, oldest first\n"
                + "/ask &lt;question&gt; — ask in a group\n"
                + "/add &lt;address&gt; — add an article from the web (administrators only)";
        return splitter.split(html);
    }

    private static String groupHint(String botUsername) {
        String mention = botUsername == null || botUsername.isBlank() ? "me" : "@" + escape(botUsername);
        return "In a group, mention " + mention + ", reply to one of my messages, or use /ask &lt;question&gt;.";
    }

    public List<String> sources(List<SourceInfo> sources) {
        if (sources.isEmpty()) {
            return List.of("I have no articles loaded yet, so I cannot answer questions.");
        }
        StringBuilder html = new StringBuilder("<b>Articles I answer from</b> (").append(sources.size())
                .append(", newest first)");
        int n = 1;
        for (SourceInfo s : newestFirst(sources)) {
            html.append('\n').append(n++).append(". ").append(titleLink(s.title(), s.url()));
            String meta = joinNonBlank(s.outlet(), s.published().isBlank() ? "undated" : s.published(),
                    s.language() == null ? "" : s.language().toUpperCase(Locale.ROOT));
            if (!meta.isEmpty()) {
                html.append(" — ").append(escape(meta));
            }
        }
        return splitter.split(html.toString());
    }

    /**
     * Newest first by the published date as written (ISO, so text order is date order; "2022-04" sorts after the
     * days of April 2022, being less precise), undated articles last, ties by title.
     */
    static List<SourceInfo> newestFirst(List<SourceInfo> sources) {
        List<SourceInfo> sorted = new java.util.ArrayList<>(sources);
        sorted.sort(java.util.Comparator.comparing((SourceInfo s) -> s.published() == null ? "" : s.published(),
                java.util.Comparator.reverseOrder()).thenComparing(SourceInfo::title));
        return sorted;
    }

    /** {@code /timeline STATE [TOPIC]}: a state's officials' statements, oldest first, each with speaker and source. */
    public List<String> timeline(StateTimeline.Result r) {
        StringBuilder html = new StringBuilder("<b>").append(escape(r.state())).append("</b>: statements by its officials")
                .append(r.topic().isEmpty() ? "" : " on <i>" + escape(r.topic()) + "</i>").append(", oldest first");
        if (r.entries().isEmpty()) {
            return splitter.split(html.append("\n\n").append(escape(r.holdings())).toString());
        }
        int n = 1;
        for (StateTimeline.Entry e : r.entries()) {
            String when = e.statementDate().isEmpty() ? "undated" : AttributionLabel.date(e.statementDate(), e.dateSource());
            html.append("\n\n<b>").append(n++).append(". ").append(escape(when)).append("</b> — ")
                    .append(escape(AttributionLabel.speaker(e.speaker(), e.speakerKind(), e.state())))
                    .append("\n<i>“").append(escape(e.quote())).append("”</i>\n— ")
                    .append(titleLink(e.article().title(), e.article().url()));
            String meta = joinNonBlank(e.article().outlet(), e.article().published());
            if (!meta.isEmpty()) {
                html.append(", ").append(escape(meta));
            }
        }
        return splitter.split(html.toString());
    }

    public String timelineUsage() {
        return "Please name a state after the command, e.g. <i>/timeline Kazakhstan sanctions</i>";
    }

    public String nonTextNote() {
        return "I can only read text. Please type your question as a message.";
    }

    public String tooLongNote(int maxChars) {
        return "That message is too long for a question (the limit is " + maxChars
                + " characters). Please ask one short question at a time.";
    }

    public String notAllowedNote() {
        return "Sorry, this bot is only available to approved users and chats. Ask its operator for access.";
    }

    public String askUsage() {
        return "Please put your question after the command, e.g. <i>/ask What is Uzbekistan's position on trade with "
                + "its neighbours?</i>";
    }

    public String unknownCommandNote() {
        return "I don't know that command. /help lists what I can do; any other message is taken as a question.";
    }

    public String failureNote() {
        return "Sorry, something went wrong while answering. Please try again in a moment.";
    }

    public String quotesExpiredNote() {
        return "These quotes are no longer available; please ask again.";
    }

    private static String titleLink(String title, String url) {
        String text = escape(title == null || title.isBlank() ? "Untitled article" : title.strip());
        if (url != null && (url.startsWith("https://") || url.startsWith("http://"))) {
            return "<a href=\"" + escape(url.strip()) + "\">" + text + "</a>";
        }
        return text;
    }

    private static String joinNonBlank(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                sb.append(sb.length() == 0 ? "" : ", ").append(p.strip());
            }
        }
        return sb.toString();
    }
}
