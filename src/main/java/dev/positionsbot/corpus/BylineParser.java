package dev.positionsbot.corpus;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads author and outlet from the byline and dateline lines of a news page ("By Jane Doe", "Jane DoeReuters",
 * "Reuters, Dushanbe") and from an author bio ("Jane Doe is a journalist ... Before joining RFE/RL ...").
 * Only what a line states is returned.
 */
final class BylineParser {

    /** News agencies whose name in a byline or dateline states who wrote the copy. */
    private static final String AGENCY = "(Reuters|AFP|Agence France-Presse|AP|Associated Press|Bloomberg|Interfax|"
            + "TASS|RIA Novosti|Xinhua|Anadolu Agency|Anadolu|dpa|EFE|Kyodo|Kazinform|AKIpress|Asia-Plus|Trend|UzA|"
            + "Kabar|Sputnik|RFE/RL|Eurasianet)";
    private static final String NAME_WORD = "\\p{Lu}[\\p{Ll}'’\\-]+";
    private static final String NAME = "(" + NAME_WORD + "(?:\\s+(?:\\p{Lu}\\.\\s*)?" + NAME_WORD + "){1,3})";

    private static final Pattern BY = Pattern.compile("^(?:By|BY|Автор:?|Text by|Written by)\\s+" + NAME
            + "(?:\\s+and\\s+" + NAME + ")?(?:\\s*[,|]\\s*" + AGENCY + ")?\\s*$");
    private static final Pattern NAME_GLUED_AGENCY = Pattern.compile("^" + NAME + "\\s*[,|]?\\s*" + AGENCY + "$");
    private static final Pattern AGENCY_DATELINE = Pattern.compile("^" + AGENCY + "(?:\\s*,\\s*\\p{Lu}[\\p{L} -]{1,30})?$");

    private static final Pattern BIO = Pattern.compile("^" + NAME + "\\s+(?:is|was|has been)\\s+(?:an?|the)\\s+"
            + "(?:[\\p{L}-]+\\s+){0,6}?(?:journalist|reporter|correspondent|writer|editor|analyst|fellow|columnist|"
            + "contributor|researcher|professor|lecturer|scholar|expert|director|author|freelancer|photographer|"
            + "producer|consultant|economist|commentator|president|founder|chief)\\b");
    private static final Pattern BEFORE_JOINING = Pattern.compile("\\b[Bb]efore joining (?:the\\s+)?"
            + "(\\p{Lu}[\\p{L}/&.'-]*(?:\\s+\\p{Lu}[\\p{L}/&.'-]*){0,4}),?\\s+(?:he|she|they|[\\p{Lu}][\\p{Ll}]+)\\b");
    private static final Pattern WORKS_FOR = Pattern.compile("\\b(?:journalist|reporter|correspondent|writer|editor|"
            + "columnist|contributor)\\s+(?:for|at|with)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}/&.'-]*(?:\\s+\\p{Lu}[\\p{L}/&.'-]*){0,4})");

    record Byline(String author, String outlet) {
    }

    private BylineParser() {
    }

    static Optional<Byline> parseByline(String line) {
        String s = line.strip();
        if (LineFeatures.wordCount(s) > 10) {
            return Optional.empty();
        }
        Matcher m = BY.matcher(s);
        if (m.matches()) {
            String author = m.group(2) == null ? m.group(1) : m.group(1) + " and " + m.group(2);
            return Optional.of(new Byline(author, m.group(3) == null ? "" : m.group(3)));
        }
        m = NAME_GLUED_AGENCY.matcher(s);
        if (m.matches()) {
            return Optional.of(new Byline(m.group(1), m.group(2)));
        }
        m = AGENCY_DATELINE.matcher(s);
        if (m.matches()) {
            return Optional.of(new Byline("", m.group(1)));
        }
        return Optional.empty();
    }

    /** The author named by a bio line ("Jane Doe is a journalist living in ..."), with the outlet it states if any. */
    static Optional<Byline> parseBio(String line) {
        String s = line.strip();
        if (LineFeatures.wordCount(s) > 120 || !LineFeatures.endsSentence(s) && LineFeatures.wordCount(s) < 20) {
            return Optional.empty();
        }
        Matcher m = BIO.matcher(s);
        if (!m.find()) {
            return Optional.empty();
        }
        String outlet = "";
        Matcher joined = BEFORE_JOINING.matcher(s);
        Matcher works = WORKS_FOR.matcher(s);
        if (joined.find()) {
            outlet = joined.group(1);
        } else if (works.find()) {
            outlet = works.group(1);
        }
        return Optional.of(new Byline(m.group(1), outlet));
    }
}
