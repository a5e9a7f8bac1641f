package dev.positionsbot.answer.attribution;

import dev.positionsbot.answer.BoundedCache;
import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.Sentence;
import dev.positionsbot.corpus.SentenceSplitter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Attributes a verbatim quote of an article: finds its paragraph in the body, reads the speaker from the quote's
 * sentences and the ones before them, and dates it from the sentence or else the article.
 */
public final class ArticleAttributor {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
    private final SpeakerFinder speakers;
    private final StatementDateResolver dates;
    private final ParagraphDating dating;
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final BoundedCache<String, List<Paragraph>> layouts = new BoundedCache<>(128);

    public ArticleAttributor(SpeakerFinder speakers, StatementDateResolver dates) {
        this.speakers = speakers;
        this.dates = dates;
        this.dating = new ParagraphDating(dates);
    }

    public ArticleAttributor() {
        this(new SpeakerFinder(), new StatementDateResolver());
    }

    /**
     * One sentence of an article with its attribution, for listing every statement of an article.
     *
     * @param paragraph 0-based paragraph of the body it sits in
     * @param start     offset in the body
     * @param end       offset one past its end in the body
     */
    public record AttributedSentence(int paragraph, int start, int end, String text, Attribution attribution) {
    }

    public Attribution attribute(Article article, String quote) {
        String body = article.body();
        SpeakerFinder speakers = this.speakers.inOutlet(article.outlet());
        String q = quote == null ? "" : quote.strip();
        int at = q.isEmpty() ? -1 : body.indexOf(q);
        if (at < 0) {
            // not located (should not happen for verified quotes): read the quote on its own
            return new Attribution(speakers.find(q, List.of(), List.of()), dates.resolve(q, article.published()));
        }
        int end = at + q.length();
        List<List<String>> paragraphs = new ArrayList<>();
        int quoteParagraph = -1;
        int quoteSentenceFrom = -1;
        int quoteSentenceTo = -1;
        for (Paragraph p : layout(body)) {
            for (int i = 0; i < p.sentences().size(); i++) {
                if (p.end(i) > at && p.start(i) < end) {
                    if (quoteParagraph < 0) {
                        quoteParagraph = paragraphs.size();
                        quoteSentenceFrom = i;
                    }
                    if (quoteParagraph == paragraphs.size()) {
                        quoteSentenceTo = i;
                    }
                }
            }
            paragraphs.add(p.sentences());
        }
        if (quoteParagraph < 0) {
            return new Attribution(speakers.find(q, List.of(), List.of()), dates.resolve(q, article.published()));
        }
        List<String> earlier = new ArrayList<>();
        for (int i = 0; i < quoteParagraph; i++) {
            earlier.addAll(paragraphs.get(i));
        }
        return attribute(speakers, paragraphs.get(quoteParagraph), quoteSentenceFrom, quoteSentenceTo, earlier,
                article.published(), quoteParagraph > 0 ? paragraphs.get(quoteParagraph - 1) : List.of());
    }

    /**
     * A stretch of a quote with its own attribution.
     *
     * @param start offset of the stretch in the quote (as given, before stripping)
     * @param end   offset one past its end in the quote
     */
    public record QuotePart(int start, int end, String text, Attribution attribution) {
    }

    /**
     * The quote in stretches of consecutive sentences credited to the same speaker, each sentence read as
     * {@link #sentences} reads it (the sentences of one quotation together, as one statement): one part, with the
     * quote's whole attribution as {@link #attribute} gives it, unless its sentences have different speakers. A
     * composer may quote a unit of two sentences whose first credits an official and whose second is the outlet's own
     * background; crediting both to the official would put the outlet's words in his mouth.
     */
    public List<QuotePart> parts(Article article, String quote) {
        String q = quote == null ? "" : quote;
        String body = article.body();
        int lead = q.length() - q.stripLeading().length();
        String stripped = q.strip();
        int at = stripped.isEmpty() ? -1 : body.indexOf(stripped);
        if (at < 0) {
            return List.of(new QuotePart(0, q.length(), q, attribute(article, quote)));
        }
        int end = at + stripped.length();
        List<int[]> spans = new ArrayList<>();
        List<Supplier<Attribution>> each = new ArrayList<>();
        SpeakerFinder speakers = this.speakers.inOutlet(article.outlet());
        List<String> earlier = new ArrayList<>();
        List<String> previous = List.of();
        for (Paragraph p : layout(body)) {
            if (p.start() >= end) {
                break;
            }
            List<String> sentences = p.sentences();
            List<String> readable = quoteBalanced(sentences);
            // a copy only for a paragraph the quote reaches: the read is deferred until the parts are known
            List<String> before = p.end() > at ? List.copyOf(earlier) : List.of();
            List<String> previousParagraph = previous;
            for (int i = 0; i < sentences.size(); i++) {
                if (p.end(i) <= at || p.start(i) >= end) {
                    continue;
                }
                // sentences inside one quotation are one statement, credited where the quotation closes
                int first = i;
                while (i + 1 < sentences.size() && p.start(i + 1) < end && quoteOpenAfter(readable.get(i))) {
                    i++;
                }
                int last = i;
                spans.add(new int[]{Math.max(at, p.start(first)), Math.min(end, p.end(last))});
                each.add(() -> attribute(speakers, sentences, first, last, before, article.published(),
                        previousParagraph));
            }
            earlier.addAll(sentences);
            previous = sentences;
        }
        if (spans.size() < 2) {
            return List.of(new QuotePart(0, q.length(), q, attribute(article, quote)));
        }
        List<Attribution> read = each.stream().map(Supplier::get).toList();
        List<QuotePart> parts = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= spans.size(); i++) {
            if (i == spans.size() || !SameSpeaker.same(read.get(from).speaker(), read.get(i).speaker())
                    && !continuesQuoting(body.substring(spans.get(i)[0], spans.get(i)[1]), read.get(i).speaker())) {
                int s = spans.get(from)[0] - at;
                int e = spans.get(i - 1)[1] - at;
                parts.add(new QuotePart(lead + s, lead + e, stripped.substring(s, e), dated(read.subList(from, i))));
                from = i;
            }
        }
        if (parts.size() < 2) {
            return List.of(new QuotePart(0, q.length(), q, attribute(article, quote)));
        }
        return parts;
    }

    /** A run of sentences by one speaker: the first's speaker, dated by the first of them the sentence dates. */
    private static Attribution dated(List<Attribution> run) {
        for (Attribution a : run) {
            if ("sentence".equals(a.date().source())) {
                return new Attribution(run.get(0).speaker(), a.date());
            }
        }
        return run.get(0);
    }

    /**
     * A quotation that opens after someone's words were reported and is credited to no one goes on quoting him, as
     * news copy has it ("X said the talks went well. “We agreed on the route.”"), not the outlet's own line.
     */
    private static boolean continuesQuoting(String sentence, Speaker speaker) {
        return SameSpeaker.uncredited(speaker) && QuotedSpans.opensWithQuote(sentence.strip());
    }

    /** Every sentence of the article with its attribution, in order. */
    public List<AttributedSentence> sentences(Article article) {
        List<AttributedSentence> out = new ArrayList<>();
        SpeakerFinder speakers = this.speakers.inOutlet(article.outlet());
        List<String> earlier = new ArrayList<>();
        List<String> previous = List.of();
        int paragraph = 0;
        for (Paragraph p : layout(article.body())) {
            List<String> sentences = p.sentences();
            for (int i = 0; i < sentences.size(); i++) {
                out.add(new AttributedSentence(paragraph, p.start(i), p.end(i), sentences.get(i),
                        attribute(speakers, sentences, i, i, earlier, article.published(), previous)));
            }
            earlier.addAll(sentences);
            previous = sentences;
            paragraph++;
        }
        return out;
    }

    /**
     * Attribution of sentences {@code from..to} of a paragraph; the first sentence that names a speaker decides. A
     * quote running over several sentences is credited where it closes ("“… . … ,” she said.").
     */
    private Attribution attribute(SpeakerFinder speakers, List<String> paragraph, int from, int to,
                                  List<String> earlier, String published, List<String> previousParagraph) {
        List<String> readable = quoteBalanced(paragraph);
        Speaker speaker = null;
        for (int i = from; i <= to && (speaker == null || !named(speaker)); i++) {
            Speaker s = speakers.find(readable.get(i), readable.subList(0, i), earlier);
            if (speaker == null || named(s)) {
                speaker = s;
            }
        }
        for (int j = to; !named(speaker) && j + 1 < paragraph.size() && quoteOpenAfter(readable.get(j)); j++) {
            Speaker s = speakers.find(readable.get(j + 1), readable.subList(0, j + 1), earlier);
            if (named(s)) {
                speaker = s;
            }
        }
        int creditedAt = -1;
        if (!named(speaker) && to + 1 < paragraph.size() && ForwardCredit.pointsBack(readable.get(to + 1))) {
            // "… . Об этом сообщил МИД.": the next sentence credits this one, and dates it when it gives a date
            Speaker s = speakers.find(readable.get(to + 1), readable.subList(0, to + 1), earlier);
            if (named(s)) {
                speaker = s;
                creditedAt = to + 1;
            }
        }
        if (!named(speaker) && !previousParagraph.isEmpty() && QuotedSpans.opensWithQuote(paragraph.get(0))
                && (from == 0 || quoteOpenAfter(readable.get(from - 1)))) {
            // news style continues a quote over paragraphs: the earlier paragraph ends without closing its quote and
            // the next opens with a quotation mark; the speaker is the one credited in the earlier paragraph
            List<String> prev = quoteBalanced(previousParagraph);
            if (quoteOpenAfter(prev.get(prev.size() - 1))) {
                int last = previousParagraph.size() - 1;
                Speaker s = attribute(speakers, previousParagraph, last, last,
                        earlier.subList(0, Math.max(0, earlier.size() - previousParagraph.size())), published,
                        List.of()).speaker();
                if (named(s)) {
                    speaker = s;
                }
            }
        }
        boolean uncredited = speaker.kind() == SpeakerKind.MEDIA || speaker.kind() == SpeakerKind.UNKNOWN
                && speaker.name().matches("(?i)|i|we|us|our");
        if (uncredited && !speakers.labelledLine(paragraph.get(0), earlier)) {
            // a speech, an office-holder's article or another outlet's release printed as such, or an opinion piece
            // under its author's byline: what it says uncredited, or in the first person, is its author's, and its
            // dates are what the author wrote (like a transcript's line), so it is dated by the article
            Optional<Speaker> author = prefacedAuthor(speakers, earlier);
            if (author.isPresent()) {
                return new Attribution(author.get(), StatementDate.fromArticle(published));
            }
        }
        if (creditedAt >= 0) {
            return new Attribution(speaker, dating.date(speakers, paragraph, readable, creditedAt, creditedAt, published,
                    earlier, speaker));
        }
        return new Attribution(speaker, dating.date(speakers, paragraph, readable, from, to, published, earlier,
                speaker));
    }

    /**
     * The author an article's preface declares (a printed speech, statement or release: anyone identified, another
     * outlet included) or its opinion byline names (someone who speaks for a government or as an analyst; a reporter's
     * byline leaves the reporting the outlet's own).
     */
    private static Optional<Speaker> prefacedAuthor(SpeakerFinder speakers, List<String> earlier) {
        Optional<String> printed = PrefacedText.author(earlier);
        if (printed.isPresent()) {
            Speaker s = speakers.classify(printed.get(), printed.get(), earlier);
            boolean identified = s.kind() != SpeakerKind.UNKNOWN && !s.name().isEmpty();
            return identified ? Optional.of(s) : Optional.empty();
        }
        return PrefacedText.byline(earlier).map(b -> speakers.classify(b, b, earlier))
                .filter(ArticleAttributor::named);
    }

    private static boolean named(Speaker s) {
        return s.kind() != SpeakerKind.MEDIA && s.kind() != SpeakerKind.UNKNOWN;
    }

    /** The paragraph's sentences, each opening with a quotation mark when it starts inside a quote. */
    private static List<String> quoteBalanced(List<String> paragraph) {
        List<String> out = new ArrayList<>();
        boolean open = false;
        for (String s : paragraph) {
            String mark = s.indexOf('"') >= 0 && s.indexOf('\u201D') < 0 ? "\"" : "\u201C";
            String text = open && !QuotedSpans.opensWithQuote(s) ? mark + s : s;
            out.add(text);
            open = quoteOpenAfter(text);
        }
        return out;
    }

    static boolean quoteOpenAfter(String text) {
        boolean open = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u201C' || c == '\u00AB') {
                open = true;
            } else if (c == '\u201D' || c == '\u00BB') {
                open = false;
            } else if (c == '"') {
                open = !open;
            }
        }
        return open;
    }

    /**
     * A paragraph of a body and its sentences.
     *
     * @param start     offset of the paragraph in the body
     * @param end       offset one past its end
     * @param split     its sentences, with offsets in the paragraph
     * @param sentences their texts
     */
    private record Paragraph(int start, int end, List<Sentence> split, List<String> sentences) {
        int start(int sentence) {
            return start + split.get(sentence).start();
        }

        int end(int sentence) {
            return start + split.get(sentence).end();
        }
    }

    /**
     * The body's paragraphs and sentences, kept for the articles read last: every quote of an answer, and the same
     * articles across questions, would otherwise split the whole body again up to the quote (a third of attributing).
     */
    private List<Paragraph> layout(String body) {
        return layouts.get(body, b -> paragraphSpans(b).stream().map(span -> {
            List<Sentence> split = List.copyOf(splitter.split(b.substring(span[0], span[1])));
            return new Paragraph(span[0], span[1], split, split.stream().map(Sentence::text).toList());
        }).toList());
    }

    private static List<int[]> paragraphSpans(String body) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = PARAGRAPH_BREAK.matcher(body);
        int start = 0;
        while (m.find()) {
            addSpan(spans, body, start, m.start());
            start = m.end();
        }
        addSpan(spans, body, start, body.length());
        return spans;
    }

    private static void addSpan(List<int[]> spans, String body, int start, int end) {
        String text = body.substring(start, end);
        if (!text.isBlank() && !text.stripLeading().startsWith("## ")) {
            spans.add(new int[]{start, end});
        }
    }
}
