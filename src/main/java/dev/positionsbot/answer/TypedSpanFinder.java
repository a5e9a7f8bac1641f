package dev.positionsbot.answer;

import dev.positionsbot.answer.AnalyzedQuestion.AnswerType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the typed spans a sentence offers as an answer: figures and percentages, dates (absolute and relative),
 * people, places, organisations and events. Patterns for figures and dates; for names, the lexicon, capitalisation,
 * titles and apposition. Deliberately simple and general: it is a feature of the answer model, whose weights say
 * how much to trust it, and a hard check only for figures and dates, which it finds reliably.
 */
final class TypedSpanFinder {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december|jan\\.?|feb\\.?|mar\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sept?\\.?|oct\\.?|nov\\.?|dec\\.?"
            + "|январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[йя]|июн[ья]|июл[ья]|августа?|сентябр[ья]|октябр[ья]|ноябр[ья]|декабр[ья]";

    /**
     * A figure that is not merely a year: "1,200", "3.8", "52-year-old", "40 percent", and number words. A year stays a
     * year before a comma or a full stop ("in 2008, 2013 and 2019."); only a digit after the mark makes it part of a figure.
     */
    private static final Pattern FIGURE = Pattern.compile(
            "(?<![\\p{L}\\d])(?!(?:19|20)\\d\\d(?![\\d%]|[.,]\\d))\\d[\\d,.\\u00A0 ]*\\d*%?|\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozen|dozens|half|quarter|third|majority|percent|per cent)\\b"
                    + "|\\b(один|одна|два|две|три|четыре|пять|десять|сто|тысяч[аи]?|миллион(а|ов)?|миллиард(а|ов)?|процент(а|ов)?|половин[аы])\\b",
            FLAGS);
    private static final Pattern DATE = Pattern.compile(
            "\\b(" + MONTHS + ")\\b|(?<!\\d)(19|20)\\d\\d(?!\\d)|\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|last (week|month|year)|this (week|month|year)|next (week|month|year)|earlier this (week|month|year)|(a|one|two|three) (days?|weeks?|months?|years?) (ago|later|earlier))\\b|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}"
                    + "|\\b(понедельник|вторник|сред[ау]|четверг|пятниц[ау]|суббот[ау]|воскресенье|вчера|сегодня|на прошлой неделе)\\b",
            FLAGS);
    private static final Pattern EVENT = Pattern.compile(
            "\\b(summit|summits|forum|meeting|meetings|conference|session|sessions|talks|negotiations|visit|visits|vote|votes|voting|referendum|referendums|referenda|ceremony|congress|assembly|election|elections|exercise|exercises|parade|rally|briefing|press conference|interview|hearing|debate|gathering|sidelines|саммит|форум|встреч|конференц|сесси|переговор|визит|голосовани|референдум|выбор)\\w*",
            FLAGS);
    /** Words that make a capitalised sequence an organisation. */
    private static final Pattern ORGANISATION_WORD = Pattern.compile(
            "\\b(ministry|ministries|bank|union|organi[sz]ation|council|committee|party|court|assembly|fund|agency|company|corporation|group|treaty|alliance|commission|parliament|duma|senate|majlis|mejlis|kurultai|institute|endowment|centre|center|university|foundation|office|service|department|association|federation|community|secretariat|forces|army|guard|police|government|cabinet|administration|министерств|банк|союз|организаци|совет|комитет|парти|суд|фонд|агентств|компани|парламент|дума|сенат|правительств|администраци)\\w*",
            FLAGS);
    private static final Pattern ACRONYM = Pattern.compile("\\b\\p{Lu}{2,6}\\b");
    /** Titles and roles that introduce or stand for a person ("spokesman Aibek X", "the deputy minister"). */
    private static final Pattern ROLE = Pattern.compile(
            "\\b(president|prime minister|premier|minister|deputy|spokesman|spokeswoman|spokesperson|ambassador|envoy|diplomat|official|officials|secretary|chairman|chairwoman|chair|director|head|chief|leader|governor|mayor|senator|lawmaker|deputy|mp|analyst|expert|researcher|lecturer|professor|fellow|economist|journalist|reporter|editor|correspondent|commander|general|colonel|adviser|advisor|aide|representative|envoy|ruler|king|emir|farmer|teacher|resident|student|mr|mrs|ms|dr|президент|министр|премьер|спикер|посол|дипломат|представител|глава|директор|депутат|эксперт|аналитик|политолог|экономист)\\w*",
            FLAGS);
    /** A run of capitalised words, allowing particles inside names ("Abu Dhabi", "Ali bin X", "Karim al-Y"). */
    private static final Pattern CAPITALISED = Pattern.compile(
            "\\p{Lu}[\\p{L}'’\\-]+(?:\\s+(?:(?:bin|al|de|van|von|ibn|ul|uulu|kyzy)\\s+)?\\p{Lu}[\\p{L}'’\\-]+)*");
    private static final Pattern PLACE_PREPOSITION = Pattern.compile(
            "\\b(in|at|from|to|near|into|across|outside|inside|via|в|во|из|на)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}'’\\-]+(?:\\s+\\p{Lu}[\\p{L}'’\\-]+)*)",
            Pattern.UNICODE_CASE);
    private static final Pattern APPOSITION = Pattern.compile(
            "\\p{Lu}[\\p{L}'’\\-]+\\s+\\p{Lu}[\\p{L}'’\\-]+\\s*,\\s*(?:a|an|the|who|Kazakhstan's|[\\p{L}\\-]+'s)?\\s*[\\p{Ll}\\p{L}\\- ]{3,}",
            Pattern.UNICODE_CASE);
    private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "In", "On", "At", "But", "And", "For", "It",
            "He", "She", "They", "This", "That", "These", "Those", "Its", "His", "Her", "Their", "As", "After", "Before",
            "When", "While", "If", "Since", "According", "Speaking", "Asked", "Meanwhile", "However", "Still", "Yet",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
            "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "Q",
            "A.", "Mr", "Ms", "Mrs", "Dr", "President", "Minister", "Prime", "Foreign", "Deputy");

    private final Lexicon lexicon;

    TypedSpanFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Whether the sentence has a span of the asked type. {@code asked} are the names the question itself uses, which
     * are no answer to "who" or "where": the answer is someone or somewhere else.
     */
    boolean has(AnswerType type, String sentence, List<String> asked) {
        return switch (type) {
            case NUMBER -> FIGURE.matcher(sentence).find();
            case DATE -> DATE.matcher(sentence).find();
            case EVENT -> EVENT.matcher(sentence).find();
            case PERSON -> !people(sentence, asked).isEmpty() || ROLE.matcher(sentence).find();
            case PLACE -> !places(sentence, asked).isEmpty();
            case ORGANISATION -> !organisations(sentence, asked).isEmpty();
            case IDENTITY -> ROLE.matcher(sentence).find() || APPOSITION.matcher(sentence).find();
            default -> true;
        };
    }

    /**
     * Where in the sentence the spans of the asked type start (character offsets), for the kinds {@link #has} checks by
     * pattern or by name; empty for the kinds that ask for no span. Used to ask whether the span stands near the
     * question's own words, not only somewhere in the sentence.
     */
    List<Integer> starts(AnswerType type, String sentence, List<String> asked) {
        List<Integer> out = new ArrayList<>();
        Pattern pattern = switch (type) {
            case NUMBER -> FIGURE;
            case DATE -> DATE;
            case EVENT -> EVENT;
            default -> null;
        };
        if (pattern != null) {
            Matcher m = pattern.matcher(sentence);
            while (m.find()) {
                out.add(m.start());
            }
            return out;
        }
        List<String> names = switch (type) {
            case PERSON -> people(sentence, asked);
            case PLACE -> places(sentence, asked);
            case ORGANISATION -> organisations(sentence, asked);
            default -> List.of();
        };
        for (String name : names) {
            int at = sentence.indexOf(name);
            if (at >= 0) {
                out.add(at);
            }
        }
        if (type == AnswerType.PERSON) {
            Matcher m = ROLE.matcher(sentence);
            while (m.find()) {
                out.add(m.start());
            }
        }
        return out;
    }

    /** Capitalised names that look like people's: not places or organisations of the lexicon, not the asked ones. */
    List<String> people(String sentence, List<String> asked) {
        List<String> out = new ArrayList<>();
        for (String name : names(sentence)) {
            boolean known = lexicon.latin(name).map(Lexicon.Name::person).orElse(false);
            boolean lexiconPlace = lexicon.latin(name).isPresent() && !known;
            if (lexiconPlace || ORGANISATION_WORD.matcher(name).find() || mentions(asked, name)) {
                continue;
            }
            if (known || name.contains(" ")) {
                out.add(name);
            }
        }
        return out;
    }

    List<String> places(String sentence, List<String> asked) {
        List<String> out = new ArrayList<>();
        for (String name : names(sentence)) {
            if (lexicon.latin(name).filter(n -> !n.person()).isPresent() && !mentions(asked, name)) {
                out.add(name);
            }
        }
        Matcher m = PLACE_PREPOSITION.matcher(sentence);
        while (m.find()) {
            String name = m.group(2);
            if (!NOT_NAMES.contains(name) && !ORGANISATION_WORD.matcher(name).find() && !mentions(asked, name)
                    && !DATE.matcher(name).matches()) {
                out.add(name);
            }
        }
        return out;
    }

    List<String> organisations(String sentence, List<String> asked) {
        List<String> out = new ArrayList<>();
        for (String name : names(sentence)) {
            if (ORGANISATION_WORD.matcher(name).find() && !mentions(asked, name)) {
                out.add(name);
            }
        }
        Matcher a = ACRONYM.matcher(sentence);
        while (a.find()) {
            if (!mentions(asked, a.group()) && lexicon.latin(a.group()).isEmpty()) {
                out.add(a.group());
            }
        }
        return out;
    }

    private static boolean mentions(List<String> asked, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String a : asked) {
            String al = a.toLowerCase(Locale.ROOT);
            if (!al.isBlank() && (lower.contains(al) || al.contains(lower))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> names(String sentence) {
        List<String> out = new ArrayList<>();
        Matcher m = CAPITALISED.matcher(sentence);
        while (m.find()) {
            String name = m.group();
            // a sentence's first word is capitalised anyway: drop it unless the name goes on
            String[] words = name.split("\\s+");
            int from = 0;
            while (from < words.length && NOT_NAMES.contains(words[from].replaceAll("['’]s$", ""))) {
                from++;
            }
            if (from < words.length) {
                out.add(String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length))
                        .replaceAll("['’]s$", ""));
            }
        }
        return out;
    }
}
