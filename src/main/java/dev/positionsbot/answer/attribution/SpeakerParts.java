package dev.positionsbot.answer.attribution;

import dev.positionsbot.answer.Citation;
import dev.positionsbot.corpus.Article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Attributes an answer's citations, giving a quote whose sentences have different speakers one citation per speaker:
 * the citations are renumbered in their order, and in the text a quote read word for word is followed by a marker
 * after each of its parts, while any other marker of a split citation becomes the run of its parts' markers. Every
 * part is a verbatim stretch of its quote, so every quote stays verbatim in its article.
 */
final class SpeakerParts {

    /** The marker of a whole citation, or (with the private-use separator) of one part of it. */
    private static final char PART = '\uE000';
    private static final Pattern MARKER = Pattern.compile("\\[(\\d+)(?:" + PART + "(\\d+))?]");

    record Attributed(String text, List<Citation> citations) {
    }

    private final ArticleAttributor attributor;

    SpeakerParts(ArticleAttributor attributor) {
        this.attributor = attributor;
    }

    /** {@code byId} holds the cited articles; a citation of an article not in it is left unattributed. */
    Attributed attribute(String text, List<Citation> citations, Map<String, Article> byId) {
        List<Citation> out = new ArrayList<>();
        Map<Integer, List<Integer>> numbers = new HashMap<>();
        String marked = text;
        for (Citation c : citations) {
            Article a = byId.get(c.articleId());
            List<ArticleAttributor.QuotePart> parts = a == null
                    ? List.of(new ArticleAttributor.QuotePart(0, c.quote().length(), c.quote(), Attribution.NONE))
                    : attributor.parts(a, c.quote());
            List<Integer> mine = new ArrayList<>();
            for (ArticleAttributor.QuotePart p : parts) {
                Attribution at = p.attribution();
                int n = out.size() + 1;
                mine.add(n);
                out.add(new Citation(n, c.articleId(), c.title(), c.outlet(), c.author(), c.published(), c.url(),
                        c.file(), parts.size() == 1 ? c.quote() : p.text(), at.speaker().name(),
                        at.speaker().kind().json(), at.speaker().state(), at.date().date(), at.date().source()));
            }
            numbers.put(c.n(), mine);
            if (parts.size() > 1) {
                marked = markParts(marked, c, parts);
            }
        }
        return new Attributed(renumber(marked, numbers), out);
    }

    /** "part one part two [n]" becomes "part one [n·1] part two [n·2]" where the text reads the quote. */
    private static String markParts(String text, Citation c, List<ArticleAttributor.QuotePart> parts) {
        String quote = c.quote().strip();
        Matcher m = Pattern.compile(Pattern.quote(quote) + "\\s*\\[" + c.n() + "]").matcher(text);
        if (quote.isEmpty() || !m.find()) {
            return text;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            b.append(i == 0 ? "" : " ").append(parts.get(i).text().strip())
                    .append(" [").append(c.n()).append(PART).append(i).append(']');
        }
        return text.substring(0, m.start()) + b + text.substring(m.end());
    }

    private static String renumber(String text, Map<Integer, List<Integer>> numbers) {
        Matcher m = MARKER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            List<Integer> mine = numbers.get(Integer.parseInt(m.group(1)));
            String replacement;
            if (mine == null) {
                replacement = m.group(2) == null ? m.group() : "[" + m.group(1) + "]";
            } else if (m.group(2) != null) {
                replacement = "[" + mine.get(Math.min(Integer.parseInt(m.group(2)), mine.size() - 1)) + "]";
            } else {
                StringBuilder run = new StringBuilder();
                mine.forEach(n -> run.append('[').append(n).append(']'));
                replacement = run.toString();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
