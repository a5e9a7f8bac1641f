package dev.positionsbot.answer.attribution;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The date expressions of the Russian-language press ("3 марта", "3 марта 2022 года", "в марте", "в 2021 году", "во
 * вторник", "вчера", "на прошлой неделе") and their English equivalents, for {@link StatementDateResolver}, which
 * resolves them like the English ones.
 */
final class RussianDateWords {

    private RussianDateWords() {
    }

    private static final List<String> GENITIVE = List.of("января", "февраля", "марта", "апреля", "мая", "июня",
            "июля", "августа", "сентября", "октября", "ноября", "декабря");
    private static final List<String> PREPOSITIONAL = List.of("январе", "феврале", "марте", "апреле", "мае", "июне",
            "июле", "августе", "сентябре", "октябре", "ноябре", "декабре");
    private static final String GEN = "(" + String.join("|", GENITIVE) + ")";
    private static final String PREP = "(" + String.join("|", PREPOSITIONAL) + ")";
    private static final List<String> WEEKDAYS = List.of("понедельник", "вторник", "среду", "четверг", "пятницу",
            "субботу", "воскресенье");
    private static final List<String> WEEKDAYS_EN = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");
    private static final Map<String, String> RELATIVE_EN = Map.ofEntries(Map.entry("вчера", "yesterday"),
            Map.entry("сегодня", "today"), Map.entry("на прошлой неделе", "last week"),
            Map.entry("на этой неделе", "this week"), Map.entry("в прошлом месяце", "last month"),
            Map.entry("в этом месяце", "this month"), Map.entry("в прошлом году", "last year"),
            Map.entry("в этом году", "this year"), Map.entry("прошлого года", "last year"),
            Map.entry("этого года", "this year"), Map.entry("текущего года", "this year"),
            Map.entry("прошлого месяца", "last month"), Map.entry("этого месяца", "this month"),
            // "в начале месяца", "в конце года" without "этого": the current one
            Map.entry("месяца", "this month"), Map.entry("года", "this year"),
            Map.entry("позавчера", "the day before yesterday"));

    /** "3 марта 2022 года": day, month, year. */
    static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?iu)(?<!\\d)(\\d{1,2})\\s+" + GEN + "\\s+(\\d{4})(?!\\d)");
    /** "3 марта": day, month. */
    static final Pattern DAY_MONTH = Pattern.compile("(?iu)(?<!\\d)(\\d{1,2})\\s+" + GEN + "(?!\\p{L})(?!\\s+\\d)");
    /** "в марте 2022 года": month, year. */
    static final Pattern MONTH_YEAR = Pattern.compile("(?iu)(?<!\\p{L})в\\s+" + PREP + "\\s+(\\d{4})(?!\\d)");
    /** "в марте": month. */
    static final Pattern LONE_MONTH = Pattern.compile("(?iu)(?<!\\p{L})в\\s+" + PREP + "(?!\\p{L})(?!\\s+\\d)");
    /** "в 2021 году": year. */
    static final Pattern YEAR = Pattern.compile("(?iu)(?<!\\p{L})в\\s+(\\d{4})\\s+году(?!\\p{L})");
    /** "во вторник", "в прошлый вторник" (the one of the week before): "last" if so, and the weekday. */
    static final Pattern WEEKDAY = Pattern.compile("(?iu)(?<!\\p{L})(?:в|во)\\s+(прошлый\\s+|прошлую\\s+|прошлое\\s+)?("
            + String.join("|", WEEKDAYS) + ")(?!\\p{L})");
    /** "в минувшую пятницу": "минувший" is "прошлый" (matched by {@link #LAST_WEEKDAY}). */
    static final Pattern LAST_WEEKDAY = Pattern.compile("(?iu)(?<!\\p{L})(?:в|во)\\s+(?:минувший|минувшую|минувшее)\\s+("
            + String.join("|", WEEKDAYS) + ")(?!\\p{L})");
    /**
     * "вчера", "на прошлой неделе": a relative expression; "в конце прошлого года", "в начале этого месяца": the part
     * of a period, dated as the period (as "late last year").
     */
    static final Pattern RELATIVE = Pattern.compile("(?iu)(?<!\\p{L})(?:в\\s+(?:конце|начале|середине)\\s+)?"
            + "(вчера|сегодня|на прошлой неделе|на этой неделе|в прошлом месяце|в этом месяце|в прошлом году"
            + "|в этом году|позавчера|(?<=(?:конце|начале|середине)\\s)(?:(?:прошлого|этого|текущего)\\s+)?(?:года"
            + "|месяца))(?!\\p{L})");
    /** Prepositions of a period ("с 3 марта", "до мая"), not of when the statement was made. */
    static final Pattern NOT_WHEN = Pattern.compile("(?iu)(?<!\\p{L})(?:с|со|до|к|после|начиная с)\\s*$");

    /** "марта" is "03", "марте" too. */
    static String month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        int i = GENITIVE.indexOf(w) >= 0 ? GENITIVE.indexOf(w) : PREPOSITIONAL.indexOf(w);
        return String.format(Locale.ROOT, "%02d", i + 1);
    }

    /** "вторник" is "Tuesday". */
    static String weekday(String word) {
        return WEEKDAYS_EN.get(WEEKDAYS.indexOf(word.toLowerCase(Locale.ROOT)));
    }

    /** "на прошлой неделе" is "last week". */
    static String relative(String words) {
        return RELATIVE_EN.get(words.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    }
}
