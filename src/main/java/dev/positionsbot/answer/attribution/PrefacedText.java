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
            + "|article|op-ed)";
    /** "The following is the (full) text of the address X delivered …". */
    private static final Pattern TEXT_OF = Pattern.compile("(?i)^\\s*(?:the following is|below is|what follows is"
            + "|this is)\\s+(?:the|an?)\\s+(?:\\p{L}+\\s+){0,2}?(?:text|transcript|translation)\\s+of\\s+"
            + "(?:the|an?)\\s+"
            + "(?:\\p{L}+\\s+){0,2}?" + SPEECH + "\\s+(?:by\\s+)?(.{2,140}?)\\s+(?i:delivered|gave|made|read|sent|wrote"
            + "|published)\\b");
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
            if (ADAPTED.matcher(s).find() && i > 0) {
                Matcher name = LEADING_NAME.matcher(earlier.get(i - 1));
                if (name.find()) {
                    String rest = earlier.get(i - 1).substring(name.end(1));
                    return Optional.of(name.group(1) + IntroducingPredicate.description(rest).map(d -> ", " + d)
                            .orElse(""));
                }
            }
        }
        return Optional.empty();
    }
}
