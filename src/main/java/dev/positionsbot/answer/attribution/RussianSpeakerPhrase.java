package dev.positionsbot.answer.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Russian speaker's phrase cut free of the words around it: the connectives, times, audiences and occasions that
 * open or close it ("Ранее в интервью «Газете» посланник X …", "министр в среду", "X на заседании штаба").
 */
final class RussianSpeakerPhrase {

    private static final Set<String> RU_PLACE_PREPOSITIONS = Set.of("в", "во", "на");
    private static final Set<String> RU_LEAD = Set.of("а", "об", "этом", "ранее", "также", "кроме", "того", "позднее",
            "затем", "в", "во", "на", "тогда", "уже");
    /**
     * Words of time and audience that stand between a Russian speech verb and its speaker or open the sentence
     * before it: "заявил во вторник журналистам министр …", "На прошлой неделе министр … заявил".
     */
    private static final Pattern RU_TIME_OR_AUDIENCE = Pattern.compile("(?iu)^(?:(?:в|во|на|к)\\s+)?(?:вчера|сегодня"
            + "|позавчера|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|прошлой|этой|прошлом|этом"
            + "|минувший|минувшую|минувшее|минувшей|минувшем"
            + "|прошлый|прошлую|прошлое|этот|эту|нашему|нашим|корреспонденту|корреспондентам"
            + "|неделе|месяце|году|журналистам|конце|начале|середине|прошлого|этого|текущего|года|месяца|репортёрам|репортерам|прессе|изданию|агентству|\\d{1,4}"
            + "|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)$");
    /**
     * What follows a Russian speaker before the verb is the occasion, not the speaker: "X в интервью изданию …",
     * "X в прошлый вторник", "X журналистам".
     */
    private static final Pattern RU_TAIL = Pattern.compile("(?iu)\\s+(?:(?:в|во|на)\\s+(?:интервью|эфире|беседе|ходе"
            + "|прошл\\p{L}*|минувш\\p{L}*|эт(?:от|у|о|ом|ой)|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|\\d)"
            + "|журналистам|репортёрам|репортерам|изданию|агентству|телеканалу|вчера|позавчера|сегодня|ещё|еще|\\d{1,2}\\s"
            // adverbs between the subject and the verb: "Он также пообещал", "Министр вновь заявил"
            + "|также|тоже|вновь|снова|уже|же)"
            + "(?!\\p{L}).*$");

    private RussianSpeakerPhrase() {
    }

    /** A Russian phrase without the time that closes it: "Министр в среду" is the minister. */
    static String withoutRussianTimeAtEnd(String phrase) {
        List<String> words = new ArrayList<>(List.of(phrase.split("\\s+")));
        while (words.size() > 1 && (RU_TIME_OR_AUDIENCE.matcher(words.get(words.size() - 1)).matches()
                || RU_PLACE_PREPOSITIONS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT)))) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words);
    }

    /** "На брифинге в четверг официальный представитель …": an occasion opening the clause, before its speaker. */
    private static final Pattern RU_OPENING_OCCASION = Pattern.compile("(?iu)^(?:на|в|во|после|перед)\\s+[\\p{L}-]+"
            + "(?:\\s+(?:с|со)\\s+\\p{L}+(?:\\s+\\p{Ll}+)?)?\\s+(?=\\S)");
    /** "Аким … Асхат Бердибаев на заседании штаба": after a person's full name, an occasion. */
    private static final Pattern RU_OCCASION_AFTER_NAME = Pattern.compile("(?u)(?<=\\p{Ll}\\s)"
            + "(\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+)"
            + "\\s+(?:на|в|во|по|после|перед)\\s.*$");

    /** "На брифинге …" is an occasion; "В пресс-службе …" names the body that speaks (a role word), and stays. */
    static String withoutOpeningOccasion(String phrase) {
        Matcher m = RU_OPENING_OCCASION.matcher(phrase);
        if (!m.find() || namesBody(m.group())) {
            return phrase;
        }
        String rest = phrase.substring(m.end());
        return rest.isBlank() ? phrase : rest;
    }

    /**
     * Whether a phrase names a body that can speak: a role word ("пресс-служба"), or an abbreviation in capitals, as
     * Russian names its agencies and services ("В ГКНБ заявили", "в МЧС сообщили").
     */
    private static boolean namesBody(String phrase) {
        return SpeakerRoles.bundled().roleOf(phrase).isPresent() || RU_ACRONYM.matcher(phrase).find()
                || GovernmentNames.CYRILLIC_COMPOUND.matcher(phrase.split("\\s+")[0]).matches();
    }

    private static final Pattern RU_ACRONYM = Pattern.compile("(?u)(?<![\\p{L}])\\p{Lu}{2,6}(?![\\p{L}])");

    static String withoutRussianOccasion(String phrase) {
        return RU_OCCASION_AFTER_NAME.matcher(phrase).replaceFirst("$1").strip();
    }

    /** A Russian phrase without the occasion that follows the speaker. */
    static String withoutRussianTail(String phrase) {
        return RU_TAIL.matcher(phrase).replaceFirst("").strip();
    }

    /** An interview or broadcast opening a Russian phrase, with the outlet it was given to. */
    private static final Pattern RU_INTERVIEW = Pattern.compile("(?iu)^(?:в|во)\\s+(?:интервью|эфире|беседе"
            + "|комментарии)(?:\\s+(?:с\\s+)?(?:«[^»]{1,40}»|\\p{Lu}[\\p{L}.-]+))?\\s+(?=\\S)");

    /** A Russian phrase without the connectives, times and audiences it opens with: the speaker alone. */
    static String withoutRussianLead(String phrase) {
        // "в интервью «Газете» посланник X": the interview, and the outlet it was given to, is where he spoke
        phrase = RU_INTERVIEW.matcher(phrase).replaceFirst("");
        List<String> words = new ArrayList<>(List.of(phrase.split("\\s+")));
        while (!words.isEmpty() && (RU_LEAD.contains(words.get(0).toLowerCase(Locale.ROOT))
                || RU_TIME_OR_AUDIENCE.matcher(words.get(0)).matches())) {
            String removed = words.remove(0).toLowerCase(Locale.ROOT);
            // "написала в Telegram, что …", "жалуются на рост цен": what a preposition governs is where or about what
            // one spoke, not who, unless it names a body ("в пресс-службе …"), which speaks
            if (RU_PLACE_PREPOSITIONS.contains(removed) && !words.isEmpty()
                    && !RU_TIME_OR_AUDIENCE.matcher(words.get(0)).matches()
                    && !namesBody(String.join(" ", words))) {
                return "";
            }
        }
        return String.join(" ", words);
    }
}
