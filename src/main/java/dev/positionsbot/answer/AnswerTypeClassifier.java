package dev.positionsbot.answer;

import dev.positionsbot.answer.AnalyzedQuestion.AnswerType;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says what a question asks for, from its question words and, for "which N" / "what N", from the kind of thing N
 * is by the dictionary ("which envoy" asks for a person, "which bloc" for an organisation). Works on the question
 * in English words (a Russian question is rendered first) and on the original text for Russian question words.
 */
final class AnswerTypeClassifier {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Pattern AUTHOR = Pattern.compile(
            "\\b(who (wrote|authored|is the author of|was the author of)|author of|written by|whose (article|analysis|report|story|piece))\\b|\\bкто (написал|автор)\\b|\\bавтор",
            FLAGS);
    private static final Pattern COMPARISON = Pattern.compile(
            "\\b(compare|compared|comparison|contrast|differ|differs|differed|difference|differences|versus|vs\\.?|unlike|similar|similarities)\\b|\\bсравни|\\bотлича|\\bразниц",
            FLAGS);
    /** Nouns that name a measured quantity: a question for one of them asks for a figure. */
    private static final String MEASURE = "percentage|percent|share|number|amount|proportion|sum|figure|total|tally"
            + "|age|price|cost|value|size|volume|rate|count|margin|turnover|salary|income|revenue|budget|deficit"
            + "|surplus|debt|population|turnout|output|length|distance|fine|score";
    private static final Pattern NUMBER = Pattern.compile(
            "\\b(how (many|much|long|large|big|far|often|high|old)|what (" + MEASURE + ")|what was the (vote|result of the vote)|by how much|how old|by what (" + MEASURE + "|factor))\\b|\\bсколько\\b|\\bкакую сумму\\b|\\bкакая доля\\b|\\bкаков(ы|а)? (объем|доля|сумма)",
            FLAGS);
    /**
     * "What was the value of ...", "What were X's total imports ...": the head of the phrase after the verb names a
     * measure (the words before it may not be prepositions, so "the reason for the price rise" is no figure).
     */
    private static final Pattern MEASURED_HEAD = Pattern.compile(
            "\\bwhat (?:is|was|are|were|will be|would be)\\s+(?:the\\s+)?(?:[\\p{L}\\-]+(?:'s|’s)\\s+)?"
                    + "(?:(?!(?:of|for|in|to|on|with|from|by|about|at|and|or)\\b)[\\p{L}\\-]+\\s+){0,3}?"
                    + "(?:" + MEASURE + "|exports|imports)\\b", FLAGS);
    /** Verbs that may follow "what"/"which" where a head noun would stand: never a head. */
    private static final Pattern AUXILIARY = Pattern.compile(
            "is|was|are|were|do|does|did|has|have|had|will|would|can|could|should|may|might|must", FLAGS);
    private static final Pattern DATE = Pattern.compile(
            "^\\s*(when\\b|since when\\b|(on|in|by|until|from) (what|which) (date|dates|day|days|year|month)\\b)|\\b(what|which) (date|dates|day|year|month)\\b|\\bкогда\\b|\\bв каком году\\b|\\bкакого числа\\b",
            FLAGS);
    private static final Pattern PLACE = Pattern.compile(
            "^\\s*(where|from where)\\b|\\b(in|at|to|from) (what|which) (city|town|country|place|region|village|capital|venue|location)\\b|\\bгде\\b|\\bкуда\\b|\\bоткуда\\b|\\bв каком (городе|регионе)\\b",
            FLAGS);
    private static final Pattern EVENT = Pattern.compile(
            "\\b(at|during|on the sidelines of|in) (what|which) (event|meeting|summit|forum|conference|session|gathering|occasion|talks)\\b|\\bна каком (мероприятии|саммите|форуме)\\b",
            FLAGS);
    /** "Who is X?" with nothing after the name: the question is who X is, not who did something. */
    private static final Pattern IDENTITY = Pattern.compile(
            "^\\s*(?i:who (is|was|are|were)|what (is|was) the (role|job|post|position) of)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+\\p{Lu}[\\p{L}'’.\\-]*)*)\\s*\\??\\s*$|^\\s*(?i:кто (такой|такая|такие))\\b",
            Pattern.UNICODE_CASE);
    private static final Pattern PERSON = Pattern.compile("^\\s*(who|whom|whose)\\b|\\bname of\\b|\\bкто\\b|\\bкого\\b|\\bкому\\b",
            FLAGS);
    private static final Pattern REASON = Pattern.compile(
            "^\\s*why\\b|\\bfor what reason\\b|\\bwhat (was|were|is|are) the reasons?\\b|\\bwhat reasons?\\b|\\bпочему\\b|\\bзачем\\b|\\bпо какой причине\\b",
            FLAGS);
    private static final Pattern YES_NO = Pattern.compile(
            "^\\s*(did|does|do|is|are|was|were|has|have|had|will|would|can|could|should)\\b|\\bли\\b", FLAGS);
    private static final Pattern STANCE = Pattern.compile(
            "\\b(position|positions|stance|attitude|view|views|react|reacted|reaction|respond|responded|response|think of|feel about|opinion|policy on|approach to|stand on)\\b|\\bпозици|\\bотношени|\\bотреагир|\\bреакци"
            // "how did X vote": for, against or abstaining is a stance taken in a vote
            + "|^\\s*how\\s+(?:did|does|do|will|would|has|have)\\b.{1,80}?\\bvote\\b|\\bкак\\b.{1,80}?\\bголосовал",
            FLAGS);
    private static final Pattern LIST = Pattern.compile(
            "^\\s*(list|name)\\b|\\b(which|what) (\\w+ )?(states|countries|governments|measures|steps|conditions|regions|officials|leaders|members|sanctions|goods|projects|items|options|groups|organisations|organizations|banks|companies)\\b|\\bкакие\\b",
            FLAGS);
    /** "which N", "what N": the head noun names the kind of answer. */
    private static final Pattern WHICH = Pattern.compile(
            "^\\s*(?:(?:in|at|on|from|to|with|for|by) )?(?:which|what)\\s+(?:(?:two|three|four|five|six|\\d+)\\s+)?([\\p{L}\\-]+)",
            FLAGS);

    private final WordRelations relations;

    AnswerTypeClassifier(WordRelations relations) {
        this.relations = relations;
    }

    AnswerType classify(String english, String original) {
        String text = english + " " + (original.equals(english) ? "" : original);
        String lower = text.toLowerCase(Locale.ROOT);
        if (AUTHOR.matcher(lower).find()) {
            return AnswerType.AUTHOR;
        }
        if (COMPARISON.matcher(lower).find()) {
            return AnswerType.COMPARISON;
        }
        if (NUMBER.matcher(lower).find() || MEASURED_HEAD.matcher(lower).find()) {
            return AnswerType.NUMBER;
        }
        if (DATE.matcher(lower).find()) {
            return AnswerType.DATE;
        }
        if (EVENT.matcher(lower).find()) {
            return AnswerType.EVENT;
        }
        if (PLACE.matcher(lower).find()) {
            return AnswerType.PLACE;
        }
        if (IDENTITY.matcher(english.strip()).find() || IDENTITY.matcher(original.strip()).find()) {
            return AnswerType.IDENTITY;
        }
        if (PERSON.matcher(lower).find()) {
            return AnswerType.PERSON;
        }
        if (REASON.matcher(lower).find()) {
            return AnswerType.REASON;
        }
        Optional<String> head = head(english);
        Optional<AnswerType> headKind = head.flatMap(this::kindOf);
        boolean plural = head.filter(AnswerTypeClassifier::isPlural).isPresent();
        if (headKind.isPresent() && !plural) {
            return headKind.get();
        }
        if (LIST.matcher(lower).find() || headKind.isPresent()) {
            return AnswerType.LIST;
        }
        if (STANCE.matcher(lower).find()) {
            return AnswerType.STANCE;
        }
        if (YES_NO.matcher(lower).find()) {
            return AnswerType.YES_NO;
        }
        return AnswerType.GENERAL;
    }

    /** The head noun of "which N" / "what N", if the question has that form. */
    private static Optional<String> head(String english) {
        Matcher m = WHICH.matcher(english);
        return m.find() && !AUXILIARY.matcher(m.group(1)).matches() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT))
                : Optional.empty();
    }

    /** The kind of answer a head noun names, when the dictionary says what kind of thing it is. */
    private Optional<AnswerType> kindOf(String head) {
        return relations.category(head).map(c -> switch (c) {
            case "person" -> AnswerType.PERSON;
            case "place" -> AnswerType.PLACE;
            case "organisation" -> AnswerType.ORGANISATION;
            case "date" -> AnswerType.DATE;
            case "event" -> AnswerType.EVENT;
            case "number" -> AnswerType.NUMBER;
            default -> AnswerType.GENERAL;
        }).filter(t -> t != AnswerType.GENERAL);
    }

    private static boolean isPlural(String head) {
        return head.length() > 3 && head.endsWith("s") && !head.endsWith("ss") && !head.endsWith("us");
    }
}
