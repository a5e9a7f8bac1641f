package dev.positionsbot.answer;

import java.util.regex.Pattern;

/**
 * The kind of figure a "how much" question asks for. A share is told as a percentage or a fraction and a price or a
 * sum of money with a currency; news gives tonnes, counts and years in the same sentences, and a figure of the wrong
 * kind reads like an answer without being one ("what did the gas cost?" is not answered by "12 billion cubic metres").
 * Anything else asked for ("how many", "how long") takes any figure.
 */
enum FigureKind {
    SHARE, MONEY, ANY;

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern ASKS_SHARE = Pattern.compile(
            "\\b(?:what|which) (?:percentage|percent|share|proportion|portion|fraction)\\b"
                    + "|\\bby (?:what|how many) (?:percentage|percent|per cent)\\b|\\bhow many (?:percent|per cent)\\b",
            FLAGS);
    private static final Pattern ASKS_MONEY = Pattern.compile(
            "\\bhow much (?:money|cash)\\b|\\b(?:what|which) (?:price|prices|cost|costs|fee|fees|fine|salary|wage|wages"
                    + "|budget)\\b|\\bhow much (?:did|does|do|will|would|has|have|is|was|were)\\b.{0,80}?\\b(?:cost"
                    + "|costs|pay|paid|pays|spend|spent|spends|charge|charged|charges|invest|invested|lend|lent|borrow"
                    + "|borrowed|owe|owed|worth)\\b",
            FLAGS);
    private static final Pattern SHARE_FIGURE = Pattern.compile(
            "%|\\bper ?cent\\b|\\bpercentage\\b|\\bpercent\\b|\\b(?:half|halves|third|thirds|quarter|quarters|fifth"
                    + "|fifths|tenth|tenths)\\b|\\b\\d+ (?:in|out of) (?:every )?\\d+\\b|процент|половин|трет|четверт",
            FLAGS);
    private static final Pattern MONEY_FIGURE = Pattern.compile(
            "[$€£¥₸₽]|\\b(?:dollars?|euros?|usd|eur|roubles?|rubles?|tenge|soms?|soums?|somoni|manats?|yuan|renminbi"
                    + "|rmb|pounds?|francs?)\\b|долл|евро|рубл|тенге|\\bсом|\\bсум\\b|сумов|сомони|манат|юан",
            FLAGS);

    /** The kind asked for by a question in English (a Russian question's English rendering). */
    static FigureKind askedBy(String englishQuestion) {
        if (ASKS_SHARE.matcher(englishQuestion).find()) {
            return SHARE;
        }
        return ASKS_MONEY.matcher(englishQuestion).find() ? MONEY : ANY;
    }

    /** Whether the text has a figure of this kind; a text is checked for a figure at all elsewhere. */
    boolean foundIn(String text) {
        return switch (this) {
            case SHARE -> SHARE_FIGURE.matcher(text).find();
            case MONEY -> MONEY_FIGURE.matcher(text).find();
            case ANY -> true;
        };
    }
}
