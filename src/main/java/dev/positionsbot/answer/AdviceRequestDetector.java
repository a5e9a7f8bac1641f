package dev.positionsbot.answer;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Spots a request for personal advice, instructions or a forecast ("how do I …", "can you recommend …", "what will
 * the weather be …"): news articles about states' positions can only quote what someone said, never tell the asker
 * what to do, so such a request is refused before any search. Quoting a sentence that merely shares a place name or
 * a word with it (a town, a dish, a crop) would present an article as advice it does not give. The patterns are of
 * the grammatical kind (first-person questions, imperatives to the assistant), in English and Russian; a question
 * about what a state, an official or an analyst should do or recommended stays a question about the articles.
 */
public final class AdviceRequestDetector {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    // first person singular only: "what should we make of it?" is how analysts ask about a statement
    private static final Pattern FOR_ME = Pattern.compile(
            "\\b(how|where|what|when|which)\\s+(do|can|could|should|would|must)\\s+i\\b"
                    + "|\\bshould\\s+i\\b|\\bhow\\s+(do|can)\\s+you\\s+(make|cook|fix|get|grow|remove|reset|install)\\b"
                    + "|(^|[.!?;,]\\s*)(can|could|would)\\s+you\\s+(please\\s+)?(recommend|suggest|advise)\\b"
                    + "|(^|[.!?;,]\\s*)(please\\s+)?(recommend|suggest)\\b|\\brecommend\\s+me\\b"
                    + "|\\b(good|best|easy|simple|favou?rite)\\s+recipes?\\b|\\brecipes?\\s+for\\s+(a\\s+)?(good|tasty)\\b"
                    + "|\\b(the\\s+)?best\\s+(way|time(\\s+of\\s+(the\\s+)?year)?|place|method)\\s+to\\b"
                    + "|\\b(как|где|что|когда|куда)\\s+мне\\b|\\bмне\\s+(лучше|стоит|нужно|надо)\\b"
                    + "|посоветуй|порекомендуй|\\bрецепт|\\bкак\\s+(приготовить|сварить|испечь|починить|научиться)\\b",
            FLAGS);
    private static final Pattern FORECAST = Pattern.compile(
            "\\bwhat('s|\\s+is|\\s+will)\\s+(be\\s+)?the\\s+weather\\b|\\bweather\\s+(forecast|tomorrow|today|this\\s+weekend"
                    + "|at\\s+the\\s+weekend|be\\s+like)\\b|\\bwill\\s+it\\s+(rain|snow)\\b"
                    + "|какая\\s+(будет\\s+)?погода|прогноз\\s+погоды|\\bбудет\\s+ли\\s+(дождь|снег)\\b",
            FLAGS);

    /** What kind of request the text is, in words for the refusal, or empty for a question about the articles. */
    public Optional<String> request(String question) {
        if (FORECAST.matcher(question).find()) {
            return Optional.of("it asks for a weather forecast");
        }
        if (FOR_ME.matcher(question).find()) {
            return Optional.of("it asks for personal advice or instructions");
        }
        return Optional.empty();
    }
}
