package dev.positionsbot.answer.attribution;

import static dev.positionsbot.answer.attribution.DateReckoning.dayOfMonth;
import static dev.positionsbot.answer.attribution.DateReckoning.dayWithoutYear;
import static dev.positionsbot.answer.attribution.DateReckoning.daysAgo;
import static dev.positionsbot.answer.attribution.DateReckoning.full;
import static dev.positionsbot.answer.attribution.DateReckoning.loneMonth;
import static dev.positionsbot.answer.attribution.DateReckoning.month;
import static dev.positionsbot.answer.attribution.DateReckoning.parse;
import static dev.positionsbot.answer.attribution.DateReckoning.relative;
import static dev.positionsbot.answer.attribution.DateReckoning.weekday;
import static dev.positionsbot.answer.attribution.DateReckoning.weekend;
import static dev.positionsbot.answer.attribution.DateReckoning.year;

import dev.positionsbot.corpus.CyrillicTransliteration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a sentence gives for its statement ("on September 26", "in March 2022", "last week", "on Friday"),
 * resolved against the article's publication date where the expression needs a year or a reference day. Dates inside
 * quotation marks are the speaker's words, not the statement's date, and are ignored; so are periods introduced by
 * "since", "until" or "by", and so are a wire dateline's day (the article's) and dates in what was said (after
 * "said that", or in a clause before the speaker: "Prices will rise this year, the minister said on Monday": see
 * {@link ReportedContent}), and so are the two ends of a change ("from … in 2021 to … last year"). The
 * Russian press's expressions ({@link RussianDateWords}) resolve alike. When the sentence gives no date that can be
 * resolved, the article's date stands in and is marked as such; with neither, the date is unknown. Nothing is
 * guessed: a month and day without a year and without a dated article stay unknown.
 *
 * <p>Hand-written rather than a library (Natty, HeidelTime) because those resolve every expression, including ones
 * that are not the statement's date, and would supply a year the article does not give.
 */
public final class StatementDateResolver {

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.)";
    private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4})\\b");
    private static final Pattern MONTH_DAY = Pattern.compile(MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![-\\u2013\\d])");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})\\s+" + MONTH + "(?!\\s*,?\\s*\\d)");
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + ",?\\s+(\\d{4})\\b");
    private static final Pattern LONE_MONTH = Pattern.compile(
            "\\b(?i:(in|last|early|late|mid-|since|until|by|next))\\s*" + MONTH + "\\b(?!\\s*,?\\s*\\d)");
    private static final Pattern YEAR = Pattern.compile("\\b(?i:(in|during|as recently as|back in|early|late|mid-"
            + "|since|until|by|before|after|from|of|to|next))?\\s*\\b((?:19|20)\\d{2})\\b(?![-/\\d])");
    /**
     * "wrote in a 2021 paper", "said in a 2019 interview": a year that dates the medium the speech verb names is the
     * statement's year ("the 2022 vote" alone is what was spoken of, and is not matched).
     */
    private static final Pattern YEAR_OF_MEDIUM = Pattern.compile("\\b(?:said|says|wrote|writes|argued|argues|told"
            + "|noted|warned|predicted|estimated|concluded|stated|claimed|found|finds)\\s+(?:in|for)\\s+(?:a|an|his|her|its"
            + "|their)\\s+((?:19|20)\\d{2})(?=\\s+\\p{Ll})"
            // the medium opening the sentence, before its speaker: "In a 2019 interview he said …"
            + "|^\\s*(?:In|During)\\s+(?:a|an|his|her|its|their)\\s+((?:19|20)\\d{2})\\s+(?:interview|speech|paper"
            + "|article|book|memoir|lecture|letter|report|broadcast|podcast|post|address)\\b");
    private static final Pattern WEEKDAY_REF = Pattern.compile("\\b(?i:(next|this coming|last)\\s+)?" + WEEKDAY + "\\b");
    /** A possessive ("yesterday's talks", "last week's vote") dates a thing, not the statement: not matched. */
    private static final Pattern RELATIVE = Pattern.compile("\\b(?i:(yesterday|today|this morning|tonight"
            + "|last week|this week|earlier this week|last month|this month|earlier this month|last year|this year"
            + "|earlier this year))\\b(?!['\u2019]s\\b)");
    /**
     * "Today" capitalised after a capitalised word inside a sentence ("the broadcaster Steppe Today", "Radio Tien Shan
     * Today") is part of a name, not the day of the statement.
     */
    private static final Pattern NAMED_TODAY = Pattern.compile("(?<=\\p{L}\\s)(\\p{Lu}[\\p{L}'\u2019-]*\\s+)(Today)\\b");
    /** "on the 20th": a day of the month, the publication's month, or the one before when the day is yet to come. */
    private static final Pattern DAY_OF_MONTH = Pattern.compile("\\b(?i:on\\s+the)\\s+(\\d{1,2})(?:st|nd|rd|th)\\b"
            + "(?!\\s+(?:of\\s+)?" + MONTH + ")");
    /** "at the weekend", "over the weekend": the one just before (or of) the publication's day. */
    private static final Pattern WEEKEND = Pattern.compile("\\b(?i:(?:at|over|during)\\s+the\\s+weekend|this\\s+weekend"
            + "|last\\s+weekend)\\b(?!['\u2019]s\\b)");
    /** "this spring", "earlier this summer": a season of the publication's year, dated as that year. */
    private static final Pattern SEASON = Pattern.compile("\\b(?i:(?:earlier\\s+)?this\\s+(?:spring|summer|autumn|fall"
            + "|winter))\\b(?!['\u2019]s\\b)");
    private static final Pattern DAYS_AGO = Pattern.compile("\\b(?i:(two|three|four|five|six|\\d)\\s+days\\s+ago)\\b");

    /** A date found in the sentence: where, and what it resolves to ("" when it needs a publication date). */
    private record Found(int at, int end, String date) {
    }

    /** The statement's date from the sentence, else from the article's {@code published} date (ISO or ""). */
    public StatementDate resolve(String sentence, String published) {
        Optional<String> own = fromSentence(sentence, published);
        return own.map(StatementDate::fromSentence).orElseGet(() -> StatementDate.fromArticle(published));
    }

    /**
     * The date the sentence itself gives, if any resolves. The earliest expression in the sentence wins: news puts the
     * statement's date next to its attribution ("said on Monday"), and later dates are usually what the statement is
     * about.
     */
    public Optional<String> fromSentence(String sentence, String published) {
        String text = NAMED_TODAY.matcher(ReportedContent.blanked(QuotedSpans.mask(sentence == null ? "" : sentence)))
                .replaceAll(m -> m.group(1) + " ".repeat(m.group(2).length()));
        LocalDate pub = parse(published);
        List<Found> found = new ArrayList<>();
        // most sentences hold no digit and English ones no Cyrillic letter: the patterns that need one are not tried
        // on them (the Russian ones fold the case of every character they try, the costliest step of dating)
        boolean digits = DIGIT.matcher(text).find();
        boolean cyrillic = CyrillicTransliteration.hasCyrillicScript(text);
        if (digits) {
            collect(found, ISO, text, m -> full(m.group(1), m.group(2), m.group(3)));
            collect(found, MONTH_DAY_YEAR, text, m -> full(m.group(3), month(m.group(1)), m.group(2)));
            collect(found, DAY_MONTH_YEAR, text, m -> full(m.group(3), month(m.group(2)), m.group(1)));
            collect(found, MONTH_DAY, text, m -> dayWithoutYear(month(m.group(1)), m.group(2), pub));
            collect(found, DAY_MONTH, text, m -> dayWithoutYear(month(m.group(2)), m.group(1), pub));
            collect(found, MONTH_YEAR, text, m -> m.group(2) + "-" + month(m.group(1)));
        }
        collect(found, LONE_MONTH, text, m -> loneMonth(m.group(1), month(m.group(2)), pub));
        if (digits) {
            collect(found, YEAR, text, m -> year(m.group(1), m.group(2), pub));
        }
        collect(found, YEAR_OF_MEDIUM, text, m -> {
            String year = m.group(1) != null ? m.group(1) : m.group(2);
            return pub != null && Integer.parseInt(year) > pub.getYear() ? null : year;
        });
        collect(found, WEEKDAY_REF, text, m -> weekday(m.group(1), m.group(2), pub));
        collect(found, RELATIVE, text, m -> relative(m.group(1).toLowerCase(Locale.ROOT), pub));
        collect(found, DAYS_AGO, text, m -> daysAgo(m.group(1), pub));
        if (cyrillic) {
            collect(found, RussianDateWords.DAY_MONTH_YEAR, text,
                    m -> full(m.group(3), RussianDateWords.month(m.group(2)), m.group(1)));
            collect(found, RussianDateWords.DAY_MONTH, text,
                    m -> dayWithoutYear(RussianDateWords.month(m.group(2)), m.group(1), pub));
            collect(found, RussianDateWords.MONTH_YEAR, text,
                    m -> m.group(2) + "-" + RussianDateWords.month(m.group(1)));
            collect(found, RussianDateWords.LONE_MONTH, text,
                    m -> loneMonth("in", RussianDateWords.month(m.group(1)), pub));
            collect(found, RussianDateWords.YEAR, text, m -> year("in", m.group(1), pub));
            collect(found, RussianDateWords.WEEKDAY, text, m -> weekday(m.group(1) == null ? null : "last",
                    RussianDateWords.weekday(m.group(2)), pub));
            collect(found, RussianDateWords.LAST_WEEKDAY, text,
                    m -> weekday("last", RussianDateWords.weekday(m.group(1)), pub));
            collect(found, RussianDateWords.RELATIVE, text,
                    m -> relative(RussianDateWords.relative(m.group(1)), pub));
        }
        if (digits) {
            collect(found, DAY_OF_MONTH, text, m -> dayOfMonth(m.group(1), pub));
        }
        collect(found, WEEKEND, text, m -> weekend(pub));
        collect(found, SEASON, text, m -> pub == null ? "" : String.valueOf(pub.getYear()));
        List<Found> span = spanEnds(text, found);
        // where expressions overlap ("September 26, 2022" also holds "September 26" and "2022"), the longest
        // expression starts first; among those at one place, the most precise date wins
        return found.stream()
                .filter(f -> f.date() != null)
                .filter(f -> span.stream().noneMatch(s -> s.at() <= f.at() && f.at() < s.end()))
                .min(Comparator.comparingInt(Found::at).thenComparing(f -> -f.date().length()))
                .map(Found::date)
                .filter(d -> !d.isEmpty())
                .filter(d -> pub == null || d.compareTo(published) <= 0 || published.startsWith(d));
    }

    private static final Pattern FROM = Pattern.compile("(?i)\\bfrom\\b");
    private static final Pattern TO = Pattern.compile("(?i)^[^,;]{0,60}?\\bto\\b");

    /**
     * The two ends of a change "from … in 2021 to … last year": a span of time, not when the statement was made, so
     * neither end dates it. Returned as the stretches of text they cover.
     */
    private static List<Found> spanEnds(String text, List<Found> found) {
        List<Found> out = new ArrayList<>();
        Matcher from = FROM.matcher(text);
        while (from.find()) {
            Optional<Found> first = found.stream().filter(f -> f.at() >= from.end() && f.at() - from.end() <= 40
                    && text.substring(from.end(), f.at()).matches("[^,;]*")).min(Comparator.comparingInt(Found::at));
            if (first.isEmpty()) {
                continue;
            }
            int firstEnd = found.stream().filter(f -> f.at() == first.get().at()).mapToInt(Found::end).max()
                    .orElse(first.get().end());
            Matcher to = TO.matcher(text.substring(firstEnd));
            if (!to.find()) {
                continue;
            }
            int after = firstEnd + to.end();
            Optional<Found> second = found.stream().filter(f -> f.at() >= after && f.at() - after <= 40
                    && text.substring(after, f.at()).matches("[^,;]*")).min(Comparator.comparingInt(Found::at));
            if (second.isPresent()) {
                int secondEnd = found.stream().filter(f -> f.at() == second.get().at()).mapToInt(Found::end).max()
                        .orElse(second.get().end());
                out.add(new Found(first.get().at(), secondEnd, ""));
            }
        }
        return out;
    }

    private static final Pattern NOT_WHEN = Pattern.compile("(?i)\\b(since|until|by|before|after|from|next)\\s*$"
            // either end of a range, "between 14 and 16 October", "between June 2 and June 4": a span, not a date
            + "|\\bbetween\\s+(?:[^,;]{1,30}?\\s+and\\s+)?$");

    private interface Resolver {
        String resolve(Matcher m);
    }

    private static void collect(List<Found> out, Pattern p, String text, Resolver r) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            if (NOT_WHEN.matcher(text.substring(0, m.start())).find()
                    || RussianDateWords.NOT_WHEN.matcher(text.substring(0, m.start())).find()) {
                continue; // "since last year", "until Monday": a period, not when the statement was made
            }
            String d;
            try {
                d = r.resolve(m);
            } catch (RuntimeException e) {
                d = null; // not a real date ("February 30"): not a date expression at all
            }
            out.add(new Found(m.start(), m.end(), d));
        }
    }
}
