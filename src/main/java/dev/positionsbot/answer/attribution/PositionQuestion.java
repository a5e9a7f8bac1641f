package dev.positionsbot.answer.attribution;

import java.util.regex.Pattern;

/**
 * Whether a question asks for a position ("What is Kazakhstan's stance on …", "What did Tashkent say about …",
 * "How has … changed"): for those, statements are listed oldest first and their speakers named.
 */
public final class PositionQuestion {

    private static final Pattern WORDS = Pattern.compile("(?iu)\\b(position|positions|stance|stances|view|views"
            + "|attitude|stand|react|reacted|reaction|respond|responded|response|say|said|says|think|thinks|policy"
            + "|change|changed|changes|evolve|evolved|shift|shifted|over time|statement|statements|support"
            + "|supported|oppose|opposed|recogni[sz]e|recogni[sz]ed|recognition|condemn|condemned|official line"
            + "|позици\\p{L}*|отношени\\p{L}*|заяв\\p{L}*|реакци\\p{L}*)\\b");

    private PositionQuestion() {
    }

    public static boolean matches(String question) {
        return question != null && WORDS.matcher(question).find();
    }
}
