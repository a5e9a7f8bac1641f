package dev.positionsbot.answer.attribution;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/** Statement dates as words: "2022-03" reads "March 2022", "2022-09-26" "26 September 2022", "2019" "2019". */
public final class DateWords {

    private DateWords() {
    }

    public static String of(String isoPrefix) {
        if (isoPrefix == null || isoPrefix.isBlank()) {
            return "";
        }
        try {
            if (isoPrefix.length() == 7) {
                return month(Integer.parseInt(isoPrefix.substring(5, 7))) + " " + isoPrefix.substring(0, 4);
            }
            if (isoPrefix.length() >= 10) {
                LocalDate d = LocalDate.parse(isoPrefix.substring(0, 10));
                return d.getDayOfMonth() + " " + month(d.getMonthValue()) + " " + d.getYear();
            }
        } catch (RuntimeException e) {
            return isoPrefix; // not one of our shapes: show it as written
        }
        return isoPrefix;
    }

    /** "in March 2022", "on 26 September 2022", "in 2019". */
    public static String when(String isoPrefix) {
        return (isoPrefix.length() >= 10 ? "on " : "in ") + of(isoPrefix);
    }

    private static String month(int m) {
        return Month.of(m).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
