package dev.positionsbot.answer.attribution;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whose text an article declares itself to be: a speech or statement printed in full ("The following is the text of
 * the address the minister delivered …", "Remarks by the envoy at …") or an opinion piece by an office-holder ("X is
 * the deputy foreign minister. This article is adapted from a speech he gave …"). What such an article says without
 * crediting anyone is that person's, not the outlet's.
 */
final class PrefacedText {

    private PrefacedText() {
    }

    private static final String SPEECH = "(?:address|speech|remarks|statement|lecture|testimony|letter|message"
            + "|article|op-ed|release|press release|report|communiqu[eé])";
    /**
     * "The following is the (full) text of the address X delivered …", "Below is our translation of a communiqué by a
     * private news agency, X.".
     */
    private static final Pattern TEXT_OF = Pattern.compile("(?i)^\\s*(?:the following is|below is|what follows is"
            + "|this is)\\s+(?:the|an?|our)\\s+(?:\\p{L}+\\s+){0,2}?(?:text|transcript|translation)\\s+of\\s+"
            + "(?:the|an?)\\s+"
            + "(?:\\p{L}+\\s+){0,2}?" + SPEECH + "\\s+(?:by\\s+)?(.{2,140}?)(?:\\s+(?i:delivered|gave|made|read|sent"
            + "|wrote|published|issued)\\b|\\.?\\s*$)");
    /** "Remarks by X at the forum, …", "Text of the speech by X to …". */
    private static final Pattern BY = Pattern.compile("(?i)^\\s*(?:(?:the\\s+)?(?:full\\s+)?text\\s+of\\s+"
            + "(?:the\\s+)?)?(?:prepared\\s+)?" + SPEECH + "\\s+(?:by|of)\\s+(.{2,140}?)"
            + "(?:\\s+(?:at|to|in|on|before|during)\\s|[,.;]|$)");
    /** "This article is adapted from a speech he gave in …": the author the sentence before introduced. */
    private static final Pattern ADAPTED = Pattern.compile("(?i)^\\s*this\\s+(?:article|piece|essay|column|text"
            + "|op-ed|commentary)\\s+(?:is|was)\\s+(?:adapted|taken|drawn|excerpted|based|an edited version|an abridged"
            + " version)\\b.{0,60}?\\b" + SPEECH + "\\s+(?:he|she)\\s+(?:gave|delivered|made)\\b");
    private static final Pattern LEADING_NAME = Pattern.compile("^\\s*((?:\\p{Lu}[\\p{L}'\u2019-]*\\s+){1,3}"
            + "\\p{Lu}[\\p{L}'\u2019-]*)");

    /**
     * An opinion piece's byline, after an optional section label: "Comment | By X, first deputy minister of …",
     * "By X, a member of parliament". A reporter's byline names the outlet's own staff, whose reporting stays the outlet's (the
     * caller keeps only authors who speak for someone or as analysts).
     */
    private static final Pattern BYLINE = Pattern.compile("^\\s*(?:[\\p{L} ]{1,30}\\s*[|:\u2014-]\\s*)?[Bb]y\\s+"
            + "(\\p{Lu}[\\p{L}'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019-]*){1,3}\\s*,\\s*[^.;]{3,160}?)\\.?\\s*$");
    /** An author's note: "The opinions in this essay are his own.", "The views in this column are the author's own." */
    private static final Pattern VIEWS_OWN = Pattern.compile("(?i)^\\s*the\\s+(?:views|opinions)\\s+(?:expressed\\s+)?"
            + "(?:here|in\\s+this\\s+\\p{L}+)?\\s*(?:are|is)\\s+(?:his|her|their|the\\s+author['\u2019]s)\\s+own\\b");
    /** The Russian author's note: "Автор — экономист, профессор университета X." */
    private static final Pattern RU_AUTHOR = Pattern.compile("(?iu)^\\s*(?:автор|об авторе)\\s*[\u2014:-]\\s*(.{3,200}?)"
            + "\\.?\\s*$");

    /**
     * Who wrote the article as an opinion piece, from its byline or author's note before the sentence attributed:
     * "By X, first deputy minister of …", "X teaches law in Tashkent. The opinions in this essay are his own.",
     * "Автор — экономист X". What the piece says uncredited is the author's.
     */
    static Optional<String> byline(List<String> earlier) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            String s = earlier.get(i);
            Matcher by = BYLINE.matcher(s);
            if (by.find()) {
                return Optional.of(by.group(1).strip());
            }
            Matcher ru = RU_AUTHOR.matcher(s);
            if (ru.find()) {
                return Optional.of(ru.group(1).strip());
            }
            Optional<String> introduced = VIEWS_OWN.matcher(s).find() && i > 0 ? introducedIn(earlier.get(i - 1))
                    : Optional.empty();
            if (introduced.isPresent()) {
                return introduced;
            }
        }
        return Optional.empty();
    }

    /**
     * The phrase naming whose text the article is, as written, from the sentences before the one attributed (nearest
     * first), if a preface declares one.
     */
    static Optional<String> author(List<String> earlier) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            String s = QuotedSpans.mask(earlier.get(i));
            for (Pattern p : List.of(TEXT_OF, BY)) {
                Matcher m = p.matcher(s);
                if (m.find()) {
                    return Optional.of(earlier.get(i).substring(m.start(1), m.end(1)).strip());
                }
            }
            Optional<String> introduced = ADAPTED.matcher(s).find() && i > 0 ? introducedIn(earlier.get(i - 1))
                    : Optional.empty();
            if (introduced.isPresent()) {
                return introduced;
            }
        }
        return Optional.empty();
    }

    /** The name a sentence opens with, and the role it gives him ("X, a deputy minister, ..."), if it opens with one. */
    private static Optional<String> introducedIn(String sentence) {
        Matcher name = LEADING_NAME.matcher(sentence);
        if (!name.find()) {
            return Optional.empty();
        }
        String rest = sentence.substring(name.end(1));
        return Optional.of(name.group(1) + IntroducingPredicate.description(rest).map(d -> ", " + d).orElse(""));
    }
}
