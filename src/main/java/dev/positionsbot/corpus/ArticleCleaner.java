package dev.positionsbot.corpus;

import dev.positionsbot.corpus.CleanedArticle.Block;
import dev.positionsbot.corpus.CleanedArticle.DroppedLine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Separates the article from the page around it. Works on line-level features only (length, sentence
 * punctuation, title case, dates, repetition, section markers, link-like vocabulary), in three zones: the header
 * before the first prose line (title, dek, byline, dateline, captions), the body, and a trailing zone that starts
 * at an author bio, a comment form, a closing disclaimer or legal notice.
 */
public final class ArticleCleaner {

    private static final Pattern PUBLISHED_LABEL = Pattern.compile("(?iu)^(published|posted|date|опубликовано)\\b");
    private static final Pattern UPDATED_LABEL = Pattern.compile("(?iu)^(updated|last updated|обновлено)\\b");
    private static final Pattern URL_LINE = Pattern.compile("^(?:URL:\\s*|Source URL:\\s*)?(https?://\\S+)$");
    private static final Pattern LEADING_BULLET = Pattern.compile("^[•·▪►■●]+\\s*");

    private static final class Line {
        final String text;
        String reason;

        Line(String text, String reason) {
            this.text = text;
            this.reason = reason;
        }
    }

    public CleanedArticle clean(RawDocument doc, String sourceName) {
        List<Line> lines = new ArrayList<>();
        for (String raw : LineUnwrapper.unwrap(doc.lines())) {
            String stripped = raw.strip();
            String t = LEADING_BULLET.matcher(stripped).replaceFirst("").replaceAll("[ \\t\\u00A0]+", " ").strip();
            if (t.isEmpty()) {
                if (!stripped.isEmpty()) {
                    lines.add(new Line(stripped, "punctuation-only"));
                }
                continue;
            }
            lines.add(new Line(t, BoilerplateRules.classify(t).orElse(null)));
        }
        return new Pass(lines, doc, sourceName).run();
    }

    /** One cleaning run over one document; holds the state the zones share. */
    private static final class Pass {
        private final List<Line> lines;
        private final RawDocument doc;
        private final String sourceName;
        private final List<Block> blocks = new ArrayList<>();
        private final List<DroppedLine> dropped = new ArrayList<>();
        private String title = "";
        private String author = "";
        private String outlet = "";
        private String published = "";
        private String url = "";

        Pass(List<Line> lines, RawDocument doc, String sourceName) {
            this.lines = lines;
            this.doc = doc;
            this.sourceName = sourceName;
        }

        CleanedArticle run() {
            markRepeatedCaptions();
            int firstProse = firstProse(0);
            int titleIdx = findTitle(firstProse);
            if (titleIdx >= 0) {
                title = lines.get(titleIdx).text;
            } else if (!doc.hint("title").isEmpty()) {
                title = doc.hint("title");
            } else {
                throw new CorpusException(sourceName + ": no headline found (expected a short title line before the article text)");
            }
            markTitleRepeats(titleIdx);
            int bodyStart = firstProse(Math.max(titleIdx + 1, 0));
            for (int i = 0; i < lines.size() && i < bodyStart; i++) {
                header(i, titleIdx);
            }
            body(bodyStart);
            dropRepeatedDek();
            dropDanglingHeadings();
            if (blocks.stream().noneMatch(b -> !b.heading())) {
                throw new CorpusException(sourceName + ": no body found (no paragraph of article text after removing page boilerplate)");
            }
            author = author.isEmpty() ? doc.hint("author") : author;
            outlet = outlet.isEmpty() ? doc.hint("outlet") : outlet;
            published = published.isEmpty() ? DateParser.find(doc.hint("published")).map(Object::toString).orElse("") : published;
            url = url.isEmpty() ? doc.hint("url") : url;
            String body = String.join("\n", blocks.stream().map(Block::text).toList());
            String language = LineFeatures.cyrillicShare(title + " " + body) > 0.3 ? "ru" : "en";
            return new CleanedArticle(title, outlet, author, published, url, language, blocks, dropped,
                    (int) doc.lines().stream().filter(l -> !l.isBlank()).count());
        }

        /** Captions are often printed twice in a row (visible caption plus alt text), sometimes with a credit added. */
        private void markRepeatedCaptions() {
            for (int i = 0; i + 1 < lines.size(); i++) {
                Line a = lines.get(i);
                Line b = lines.get(i + 1);
                if (LineFeatures.isHeadlineLike(a.text) && LineFeatures.isHeadlineLike(b.text)) {
                    continue;
                }
                String na = LineFeatures.normalized(a.text);
                String nb = LineFeatures.normalized(b.text);
                if (na.isEmpty() || nb.isEmpty()) {
                    continue;
                }
                if (na.equals(nb)) {
                    // a caption and its alt text; a long paragraph printed twice is kept once instead
                    boolean caption = LineFeatures.wordCount(a.text) <= 60;
                    a.reason = a.reason == null && caption ? "caption" : a.reason;
                    b.reason = b.reason == null ? (caption ? "caption" : "repeated-line") : b.reason;
                } else if (LineFeatures.wordCount(a.text) >= 5 && (nb.contains(na) || na.contains(nb))
                        && Math.min(na.length(), nb.length()) * 10 >= Math.max(na.length(), nb.length()) * 6) {
                    Line shorter = na.length() < nb.length() ? a : b;
                    Line longer = shorter == a ? b : a;
                    // the shorter line says nothing the longer does not; it is a caption when the longer one is
                    shorter.reason = shorter.reason != null ? shorter.reason
                            : longer.reason != null ? "caption" : "repeated-line";
                }
            }
        }

        private int firstProse(int from) {
            for (int i = from; i < lines.size(); i++) {
                Line l = lines.get(i);
                if (l.reason == null && LineFeatures.isProse(l.text) && BylineParser.parseByline(l.text).isEmpty()) {
                    return i;
                }
            }
            return lines.size();
        }

        private int findTitle(int firstProse) {
            String hinted = LineFeatures.normalized(doc.hint("title"));
            List<Integer> candidates = new ArrayList<>();
            Map<String, Integer> counts = new HashMap<>();
            for (Line l : lines) {
                counts.merge(LineFeatures.normalized(l.text), 1, Integer::sum);
            }
            for (int i = 0; i < lines.size(); i++) {
                Line l = lines.get(i);
                if (!hinted.isEmpty() && LineFeatures.normalized(l.text).equals(hinted)) {
                    return i;
                }
                if (i < firstProse && l.reason == null && LineFeatures.isHeadlineLike(l.text)
                        && LineFeatures.wordCount(l.text) >= 2 && !DateParser.isDateOnlyLine(l.text)
                        && BylineParser.parseByline(l.text).isEmpty() && !BoilerplateRules.isRelatedMarker(l.text)) {
                    candidates.add(i);
                }
            }
            if (!hinted.isEmpty()) {
                return -1;
            }
            for (int i : candidates) {
                if (counts.get(LineFeatures.normalized(lines.get(i).text)) >= 2 && LineFeatures.wordCount(lines.get(i).text) >= 3) {
                    return i;
                }
            }
            for (int i : candidates) {
                if (LineFeatures.wordCount(lines.get(i).text) >= 4) {
                    return i;
                }
            }
            if (!candidates.isEmpty()) {
                return candidates.get(0);
            }
            // A one-word headline; never a line of prose, which would take a sentence out of the body.
            for (int i = 0; i < firstProse; i++) {
                Line l = lines.get(i);
                if (l.reason == null && LineFeatures.wordCount(l.text) >= 1 && !LineFeatures.endsSentence(l.text)
                        && !DateParser.isDateOnlyLine(l.text)) {
                    return i;
                }
            }
            return -1;
        }

        private void markTitleRepeats(int titleIdx) {
            String nt = LineFeatures.normalized(title);
            for (int i = 0; i < lines.size(); i++) {
                if (i != titleIdx && LineFeatures.normalized(lines.get(i).text).equals(nt)) {
                    lines.get(i).reason = "duplicate-title";
                }
            }
            if (titleIdx >= 0) {
                lines.get(titleIdx).reason = "title";
            }
        }

        private void header(int i, int titleIdx) {
            Line l = lines.get(i);
            if (i == titleIdx) {
                return;
            }
            if (l.reason != null) {
                drop(l.reason, l.text);
            } else if (metadataLine(l, true)) {
                // consumed as metadata
            } else if (i > titleIdx && LineFeatures.wordCount(l.text) >= 6 && !LineFeatures.isTitleCase(l.text)) {
                blocks.add(new Block(false, l.text));
            } else {
                drop("header-label", l.text);
            }
        }

        /** Byline, dateline and URL lines: record what they state, drop them. Returns true when consumed. */
        private boolean metadataLine(Line l, boolean nearTop) {
            String t = l.text;
            if (nearTop) {
                Optional<BylineParser.Byline> byline = BylineParser.parseByline(t);
                if (byline.isPresent()) {
                    if (author.isEmpty()) {
                        author = byline.get().author();
                    }
                    if (outlet.isEmpty()) {
                        outlet = byline.get().outlet();
                    }
                    drop("byline", t);
                    return true;
                }
                var m = URL_LINE.matcher(t);
                if (m.matches()) {
                    url = url.isEmpty() ? m.group(1) : url;
                    drop("url-line", t);
                    return true;
                }
            }
            boolean labelled = PUBLISHED_LABEL.matcher(t).find();
            boolean updated = UPDATED_LABEL.matcher(t).find();
            if ((labelled || updated) && LineFeatures.wordCount(t) <= 12 || DateParser.isDateOnlyLine(t)) {
                Optional<String> date = DateParser.find(t).map(Object::toString);
                if (date.isPresent() && published.isEmpty() && !updated && (labelled || nearTop)) {
                    published = date.get();
                }
                drop(labelled || updated ? "dateline" : "timestamp", t);
                return true;
            }
            return false;
        }

        private void body(int start) {
            boolean tail = false;
            String tailReason = "";
            for (int i = start; i < lines.size(); i++) {
                Line l = lines.get(i);
                long paragraphs = blocks.stream().filter(b -> !b.heading()).count();
                if (tail) {
                    if (l.reason == null && BoilerplateRules.isRelatedMarker(l.text)) {
                        i = relatedBlock(i);
                    } else {
                        drop(l.reason != null ? l.reason : DateParser.isDateOnlyLine(l.text) ? "timestamp" : tailReason, l.text);
                    }
                    continue;
                }
                if (l.reason != null) {
                    if (BoilerplateRules.closesArticle(l.reason) && paragraphs >= 2
                            && (l.reason.equals("comment-form") || unexplainedProseAfter(i) <= 2)) {
                        tail = true;
                        tailReason = "after-" + l.reason;
                    }
                    drop(l.reason, l.text);
                    continue;
                }
                if (BoilerplateRules.isRelatedMarker(l.text)) {
                    i = relatedBlock(i);
                    continue;
                }
                Optional<BylineParser.Byline> bio = BylineParser.parseBio(l.text);
                if (bio.isPresent() && paragraphs >= 2 && isAuthorBio(i, bio.get().author())) {
                    author = bio.get().author();
                    outlet = outlet.isEmpty() ? bio.get().outlet() : outlet;
                    dropAuthorBox();
                    drop("author-bio", l.text);
                    tail = true;
                    tailReason = "after-author-bio";
                    continue;
                }
                if (metadataLine(l, paragraphs < 3)) {
                    continue;
                }
                if (LineFeatures.endsWithEllipsis(l.text) && !blocks.isEmpty()
                        && LineFeatures.isHeadlineLike(blocks.get(blocks.size() - 1).text())) {
                    Block headline = blocks.remove(blocks.size() - 1);
                    drop("related-headlines", headline.text());
                    drop("related-headlines", l.text);
                    continue;
                }
                boolean headlineLike = LineFeatures.isHeadlineLike(l.text) && !LineFeatures.endsSentence(l.text);
                if (headlineLike && LineFeatures.isTitleCase(l.text) && LineFeatures.wordCount(l.text) <= 14
                        && paragraphs >= 1 && nextIsProse(i)) {
                    blocks.add(new Block(true, l.text));
                } else if (headlineLike && LineFeatures.wordCount(l.text) <= 3) {
                    drop("short-fragment", l.text);
                } else if (isRepeatOfKept(l.text)) {
                    drop("repeated-line", l.text);
                } else {
                    blocks.add(new Block(false, l.text));
                }
            }
        }

        /** A section marker ("Related News", "Read more:") and the headlines, teasers and timestamps that follow it. */
        private int relatedBlock(int marker) {
            drop("related-section", lines.get(marker).text);
            int j = marker + 1;
            for (; j < lines.size(); j++) {
                Line l = lines.get(j);
                if (l.reason != null) {
                    drop(l.reason, l.text);
                } else if (BoilerplateRules.isRelatedMarker(l.text)) {
                    drop("related-section", l.text);
                } else if (LineFeatures.endsWithEllipsis(l.text) || DateParser.isDateOnlyLine(l.text)
                        || LineFeatures.isHeadlineLike(l.text) || LineFeatures.wordCount(l.text) <= 12) {
                    drop("related-headlines", l.text);
                } else {
                    break;
                }
            }
            return j - 1;
        }

        /**
         * A bio sentence is about the author (not an expert quoted in the story) when it closes the text or sits
         * under the author's name line, and it neither quotes nor reports speech.
         */
        private boolean isAuthorBio(int i, String name) {
            String text = lines.get(i).text;
            if (text.matches("(?s).*[\"“”«»].*") || text.matches("(?s).*\\b(said|says|told|added)\\b.*")) {
                return false;
            }
            boolean underNameLine = !blocks.isEmpty() && blocks.get(blocks.size() - 1).text().equals(name)
                    || !dropped.isEmpty() && dropped.get(dropped.size() - 1).text().equals(name);
            int after = unexplainedProseAfter(i);
            return after == 0 || underNameLine && after <= 2;
        }

        /** Prose lines after {@code i} that no rule explains: many of them mean the article goes on. */
        private int unexplainedProseAfter(int i) {
            int n = 0;
            for (int j = i + 1; j < lines.size(); j++) {
                Line l = lines.get(j);
                if (l.reason == null && LineFeatures.isProse(l.text)) {
                    n++;
                }
            }
            return n;
        }

        private boolean nextIsProse(int i) {
            for (int j = i + 1; j < lines.size(); j++) {
                Line l = lines.get(j);
                if (l.reason == null) {
                    return LineFeatures.isProse(l.text) && BylineParser.parseBio(l.text).isEmpty();
                }
            }
            return false;
        }

        /** The name line (and picture placeholder) printed above an author bio. */
        private void dropAuthorBox() {
            for (int d = dropped.size() - 1; d >= 0 && d >= dropped.size() - 3; d--) {
                DroppedLine line = dropped.get(d);
                if (line.reason().equals("short-fragment") || line.reason().equals("media-placeholder")) {
                    dropped.set(d, new DroppedLine("author-box", line.text()));
                } else {
                    break;
                }
            }
            while (!blocks.isEmpty()) {
                Block last = blocks.get(blocks.size() - 1);
                if (LineFeatures.wordCount(last.text()) <= 5 && !LineFeatures.endsSentence(last.text())) {
                    blocks.remove(blocks.size() - 1);
                    drop("author-box", last.text());
                } else {
                    break;
                }
            }
        }

        private boolean isRepeatOfKept(String text) {
            String n = LineFeatures.normalized(text);
            return blocks.stream().anyMatch(b -> LineFeatures.normalized(b.text()).equals(n));
        }

        /** A standfirst that the body repeats word for word adds nothing but a duplicate passage. */
        private void dropRepeatedDek() {
            if (blocks.size() < 2 || blocks.get(0).heading()) {
                return;
            }
            String dek = LineFeatures.normalized(blocks.get(0).text());
            for (int i = 1; i < blocks.size(); i++) {
                if (LineFeatures.normalized(blocks.get(i).text()).contains(dek)) {
                    drop("dek-repeated-in-body", blocks.remove(0).text());
                    return;
                }
            }
        }

        private void dropDanglingHeadings() {
            for (int i = blocks.size() - 1; i >= 0; i--) {
                boolean last = i == blocks.size() - 1;
                if (blocks.get(i).heading() && (last || blocks.get(i + 1).heading())) {
                    drop("heading-without-text", blocks.remove(i).text());
                }
            }
        }

        private void drop(String reason, String text) {
            dropped.add(new DroppedLine(reason, text));
        }
    }
}
