package dev.positionsbot.answer.attribution;

import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.Sentence;
import dev.positionsbot.corpus.SentenceSplitter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Attributes a verbatim quote of an article: finds its paragraph in the body, reads the speaker from the quote's
 * sentences and the ones before them, and dates it from the sentence or else the article.
 */
public final class ArticleAttributor {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
    /** Words by which the outlet says it tells the present, outside anyone's quoted words. */
    private static final Pattern PRESENT = Pattern.compile(
            "\\b(?:currently|now|nowadays|presently|at present|these days|to date|as of today)\\b"
                    + "|(?<![\\p{L}])(?:сейчас|ныне|в настоящее время|на сегодняшний день|на сегодня)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final SpeakerFinder speakers;
    private final StatementDateResolver dates;
    private final SentenceSplitter splitter = new SentenceSplitter();

    public ArticleAttributor(SpeakerFinder speakers, StatementDateResolver dates) {
        this.speakers = speakers;
        this.dates = dates;
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
        for (int[] span : paragraphSpans(body)) {
            List<String> sentences = new ArrayList<>();
            for (Sentence s : splitter.split(body.substring(span[0], span[1]))) {
                int sStart = span[0] + s.start();
                int sEnd = span[0] + s.end();
                if (sEnd > at && sStart < end) {
                    if (quoteParagraph < 0) {
                        quoteParagraph = paragraphs.size();
                        quoteSentenceFrom = sentences.size();
                    }
                    if (quoteParagraph == paragraphs.size()) {
                        quoteSentenceTo = sentences.size();
                    }
                }
                sentences.add(s.text());
            }
            paragraphs.add(sentences);
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

    /** Every sentence of the article with its attribution, in order. */
    public List<AttributedSentence> sentences(Article article) {
        List<AttributedSentence> out = new ArrayList<>();
        SpeakerFinder speakers = this.speakers.inOutlet(article.outlet());
        List<String> earlier = new ArrayList<>();
        List<String> previous = List.of();
        int paragraph = 0;
        for (int[] span : paragraphSpans(article.body())) {
            List<Sentence> split = splitter.split(article.body().substring(span[0], span[1]));
            List<String> sentences = split.stream().map(Sentence::text).toList();
            for (int i = 0; i < sentences.size(); i++) {
                out.add(new AttributedSentence(paragraph, span[0] + split.get(i).start(), span[0] + split.get(i).end(),
                        sentences.get(i), attribute(speakers, sentences, i, i, earlier, article.published(),
                        previous)));
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
        return new Attribution(speaker, date(speakers, paragraph, readable, from, to, published, earlier, speaker));
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

    private static boolean quoteOpenAfter(String text) {
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
     * The date of sentences {@code from..to}: their own; else, for a quote that runs on, the date of the sentence where
     * it closes and is credited ("“… . …,” she told a briefing on Monday."); else the nearest date an earlier sentence
     * of the paragraph gives, since a paragraph of news reports one occasion ("X met Y on Monday. He told him …"),
     * unless that sentence credits someone else ("X said on Monday …. Critics were unconvinced. “…,” said Y": Y's words
     * are not dated by X's Monday, nor is the outlet's remark on them); else the article's. A date of an earlier
     * paragraph is not carried over. A transcript's or interview's line ("HOST: …", "A: …") is speech throughout:
     * its dates are what was said, and the line is dated by the article.
     */
    private StatementDate date(SpeakerFinder speakers, List<String> paragraph, List<String> readable, int from,
                               int to, String published, List<String> earlierParagraphs, Speaker speaker) {
        if (speakers.labelledLine(paragraph.get(0), earlierParagraphs)
                && !speakers.hostLine(paragraph.get(0), earlierParagraphs)) {
            return StatementDate.fromArticle(published);
        }
        for (int i = from; i <= to; i++) {
            Optional<String> own = dates.fromSentence(paragraph.get(i), published);
            if (own.isPresent()) {
                return StatementDate.fromSentence(own.get());
            }
        }
        for (int j = to; j + 1 < paragraph.size() && quoteOpenAfter(readable.get(j)); j++) {
            Optional<String> closing = dates.fromSentence(readable.get(j + 1), published);
            if (closing.isPresent()) {
                return StatementDate.fromSentence(closing.get());
            }
        }
        if (speaker.kind() == SpeakerKind.MEDIA && speaker.name().isEmpty() && PRESENT.matcher(
                QuotedSpans.mask(String.join(" ", paragraph.subList(from, to + 1)))).find()) {
            // the outlet telling how things stand now ("Currently, the plant employs …") speaks at its own date,
            // whatever past its earlier sentences recounted
            return StatementDate.fromArticle(published);
        }
        for (int i = from - 1; i >= 0; i--) {
            Optional<String> earlier = dates.fromSentence(paragraph.get(i), published);
            if (earlier.isPresent()) {
                Speaker dated = speakers.find(readable.get(i), readable.subList(0, i), earlierParagraphs);
                boolean occasion = dated.kind() == SpeakerKind.MEDIA && (speaker.kind() == SpeakerKind.MEDIA
                        || mentions(paragraph.get(i), speaker) || OCCASION_BACK.matcher(paragraph.get(from)).find());
                return occasion || sameSpeaker(dated, speaker)
                        ? StatementDate.fromSentence(earlier.get()) : StatementDate.fromArticle(published);
            }
        }
        return StatementDate.fromArticle(published);
    }

    /**
     * Whether the outlet's sentence is about the speaker, so that its date is the occasion he spoke at ("X met Y on
     * Monday. He told him …"): it names him (his surname, or the head of his description: "the ministry"), or its
     * subject is a pronoun. "Tourists came back last year. “…,” she said" dates the tourists, not her words.
     */
    private static boolean mentions(String sentence, Speaker speaker) {
        String masked = QuotedSpans.mask(sentence);
        if (PRONOUN_SUBJECT.matcher(masked).find()) {
            return true;
        }
        String surname = surname(speaker);
        String[] words = PhraseShapes.stripArticle(speaker.name().split(",")[0].strip()).split("\\s+");
        String head = words[words.length - 1].replaceAll("(\u2019s|'s)$", "");
        String key = surname.length() >= 3 ? surname : head;
        return key.length() >= 3 && Pattern.compile("(?iu)(?<!\\p{L})" + Pattern.quote(key)).matcher(masked).find();
    }

    /** A sentence set at the occasion the one before told of: "During the meeting, …", "At the talks, …". */
    private static final Pattern OCCASION_BACK = Pattern.compile("^\\s*(?:During|At|After|Following|Before|In|Over)"
            + "\\s+(?:the|that|this|those|these)\\s+(?:\\p{Ll}+\\s+)?(?:meeting|talks|visit|session|conference|summit"
            + "|briefing|call|event|hearing|debate|ceremony|forum|interview|sitting|negotiations|discussion)\\b");

    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("^\\s*(?:[^,;:\u201C\"]{1,40},\\s*)?"
            + "(?:He|She|They|It|His|Her|Their|Its|Он|Она|Они)\\b");

    /**
     * Two attributions name one speaker: the same description, whatever its article ("The ministry said …" and "the
     * ministry added …"), or one surname ("Aibek Smadiyarov, spokesman" and "Smadiyarov").
     */
    private static boolean sameSpeaker(Speaker a, Speaker b) {
        String surname = surname(a);
        boolean sameDescription = a.kind() == b.kind() && a.state().equals(b.state())
                && PhraseShapes.stripArticle(a.name()).equalsIgnoreCase(PhraseShapes.stripArticle(b.name()));
        return sameDescription || surname.length() >= 3 && surname.equalsIgnoreCase(surname(b));
    }

    /** The last word of the name before its description: "Smadiyarov" of "Aibek Smadiyarov, spokesman". */
    private static String surname(Speaker s) {
        String[] words = s.name().split(",")[0].strip().split("\\s+");
        String last = words[words.length - 1].replaceAll("(\u2019s|'s)$", "");
        return last.isEmpty() || !Character.isUpperCase(last.charAt(0)) ? "" : last;
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
