package dev.positionsbot.answer.attribution;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;

/**
 * The reckoning behind {@link StatementDateResolver}: the parts of a date expression ("September 26", "last week",
 * "on Friday") turned into an ISO date, against the article's publication day where the expression needs one. A
 * method returns "" when it needs a publication day and has none, and null when the expression is no date of a
 * statement (a period, a plan, a year still to come).
 */
final class DateReckoning {

    private DateReckoning() {
    }

    static LocalDate parse(String iso) {
        if (iso == null || iso.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(iso.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String full(String y, String m, String d) {
        return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)).toString();
    }

    static String month(String name) {
        String key = name.substring(0, 3).toLowerCase(Locale.ROOT);
        int m = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(key) + 1;
        return String.format(Locale.ROOT, "%02d", m);
    }

    /** "September 26" in an article of 2022-10-03 is 2022-09-26; one after the publication day is last year's. */
    static String dayWithoutYear(String month, String day, LocalDate pub) {
        if (pub == null) {
            return "";
        }
        LocalDate d = LocalDate.of(pub.getYear(), Integer.parseInt(month), Integer.parseInt(day));
        return (d.isAfter(pub) ? d.minusYears(1) : d).toString();
    }

    static String loneMonth(String preposition, String month, LocalDate pub) {
        String p = preposition.toLowerCase(Locale.ROOT);
        if (p.equals("since") || p.equals("until") || p.equals("by") || p.equals("next")) {
            return null; // a period or a plan, not when the statement was made
        }
        if (pub == null) {
            return "";
        }
        int m = Integer.parseInt(month);
        int year = m > pub.getMonthValue() || p.equals("last") && m == pub.getMonthValue()
                ? pub.getYear() - 1 : pub.getYear();
        return YearMonth.of(year, m).toString();
    }

    static String year(String preposition, String year, LocalDate pub) {
        String p = preposition == null ? "" : preposition.toLowerCase(Locale.ROOT);
        if (!(p.equals("in") || p.equals("during") || p.equals("as recently as") || p.equals("back in")
                || p.equals("early") || p.equals("late") || p.equals("mid-"))) {
            return null; // "since 2014", "by 2030", "the 2022 vote": not when the statement was made
        }
        if (pub != null && Integer.parseInt(year) > pub.getYear()) {
            return null;
        }
        return year;
    }

    static String weekday(String modifier, String day, LocalDate pub) {
        if (modifier != null && !modifier.toLowerCase(Locale.ROOT).equals("last")) {
            return null; // "next Monday": a plan
        }
        if (pub == null) {
            return "";
        }
        DayOfWeek dow = DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT));
        LocalDate d = pub.with(TemporalAdjusters.previousOrSame(dow));
        if (modifier != null && d.equals(pub)) {
            d = d.minusWeeks(1);
        }
        return d.toString();
    }

    static String relative(String expr, LocalDate pub) {
        if (pub == null) {
            return "";
        }
        return switch (expr) {
            case "yesterday" -> pub.minusDays(1).toString();
            case "the day before yesterday" -> pub.minusDays(2).toString();
            case "today", "this morning", "tonight" -> pub.toString();
            case "last week" -> span(pub.minusWeeks(1).with(DayOfWeek.MONDAY), pub.minusWeeks(1).with(DayOfWeek.SUNDAY));
            case "this week", "earlier this week" -> span(pub.with(DayOfWeek.MONDAY), pub);
            case "last month" -> YearMonth.from(pub).minusMonths(1).toString();
            case "this month", "earlier this month" -> YearMonth.from(pub).toString();
            case "last year" -> String.valueOf(pub.getYear() - 1);
            default -> String.valueOf(pub.getYear()); // this year, earlier this year
        };
    }

    static String dayOfMonth(String day, LocalDate pub) {
        if (pub == null) {
            return "";
        }
        int d = Integer.parseInt(day);
        YearMonth month = d <= pub.getDayOfMonth() ? YearMonth.from(pub) : YearMonth.from(pub).minusMonths(1);
        return d >= 1 && d <= month.lengthOfMonth() ? month.atDay(d).toString() : null;
    }

    /** The weekend of or just before the publication's day, as precisely as "last week" is dated. */
    static String weekend(LocalDate pub) {
        if (pub == null) {
            return "";
        }
        LocalDate sunday = pub.getDayOfWeek() == DayOfWeek.SATURDAY ? pub.plusDays(1)
                : pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        return span(sunday.minusDays(1), sunday);
    }

    /** A week as precisely as it can be named without inventing a day: its month, else its year. */
    private static String span(LocalDate from, LocalDate to) {
        if (YearMonth.from(from).equals(YearMonth.from(to))) {
            return YearMonth.from(from).toString();
        }
        return from.getYear() == to.getYear() ? String.valueOf(from.getYear()) : "";
    }

    static String daysAgo(String n, LocalDate pub) {
        if (pub == null) {
            return "";
        }
        int days = switch (n.toLowerCase(Locale.ROOT)) {
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            default -> Integer.parseInt(n);
        };
        return pub.minusDays(days).toString();
    }
}
