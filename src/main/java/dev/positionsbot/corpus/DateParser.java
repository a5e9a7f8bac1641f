package dev.positionsbot.corpus;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds a full calendar date (day, month and year) in a line; partial dates are never completed by guessing. */
final class DateParser {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12),
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("jun", 6),
            Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12),
            Map.entry("января", 1), Map.entry("февраля", 2), Map.entry("марта", 3), Map.entry("апреля", 4),
            Map.entry("мая", 5), Map.entry("июня", 6), Map.entry("июля", 7), Map.entry("августа", 8),
            Map.entry("сентября", 9), Map.entry("октября", 10), Map.entry("ноября", 11), Map.entry("декабря", 12));

    private static final String MONTH = "(\\p{L}{3,9})\\.?";
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4})");
    private static final Pattern DOTTED = Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b");

    /** Words that may surround a date on a date-only line (weekday, time, labels). */
    private static final Pattern DATE_LINE_RESIDUE = Pattern.compile(
            "(?iu)(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun"
                    + "|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье"
                    + "|published|updated|posted|last|date|on|at|am|pm|a\\.m|p\\.m|gmt|utc|msk|est|edt|cet|cest|bst|pst|pdt|almt"
                    + "|опубликовано|обновлено|\\d{1,2}:\\d{2}(:\\d{2})?|[\\s,.:|/()-])*");

    private DateParser() {
    }

    static Optional<LocalDate> find(String line) {
        Matcher m = ISO.matcher(line);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = MONTH_DAY_YEAR.matcher(line);
        while (m.find()) {
            Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
            if (month != null) {
                return date(m.group(3), String.valueOf(month), m.group(2));
            }
        }
        m = DAY_MONTH_YEAR.matcher(line);
        while (m.find()) {
            Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
            if (month != null) {
                return date(m.group(3), String.valueOf(month), m.group(1));
            }
        }
        m = DOTTED.matcher(line);
        if (m.find()) {
            return date(m.group(3), m.group(2), m.group(1));
        }
        return Optional.empty();
    }

    /** True for lines that hold a date (and maybe weekday, time, "Published") but nothing else. */
    static boolean isDateOnlyLine(String line) {
        if (find(line).isEmpty() || LineFeatures.wordCount(line) > 12) {
            return false;
        }
        String rest = line;
        for (Pattern p : new Pattern[]{ISO, MONTH_DAY_YEAR, DAY_MONTH_YEAR, DOTTED}) {
            rest = p.matcher(rest).replaceAll(" ");
        }
        return DATE_LINE_RESIDUE.matcher(rest).matches();
    }

    private static Optional<LocalDate> date(String y, String m, String d) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
