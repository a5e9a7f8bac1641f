package dev.positionsbot.answer.attribution;

import dev.positionsbot.PositionsBotException;
import dev.positionsbot.answer.CaseFolded;
import dev.positionsbot.corpus.BundledTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The role words of {@code lexicon/speaker-roles.tsv}: which kind of speaker a phrase describes. */
final class SpeakerRoles {

    /** Kinds of role word, strongest first (see the file's header). */
    enum Role { ANALYST, MEDIA, NON_STATE, OFFICIAL, CIVIL, ANALYST_PLACE, ANONYMOUS, TITLE }

    /** {@code firstWord}: the role word's text up to its first space, {@link CaseFolded}. */
    private record Entry(Pattern pattern, Role role, String firstWord) {
    }

    private static final String RESOURCE = "lexicon/speaker-roles.tsv";
    private static final SpeakerRoles BUNDLED = load();

    private final List<Entry> entries;

    private SpeakerRoles(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    static SpeakerRoles bundled() {
        return BUNDLED;
    }

    /**
     * "the representative on freedom of the media": a portfolio named after the press, not a paper; "the freedom"
     * is what the role words see of it.
     */
    private static final Pattern FREEDOM_OF = Pattern.compile("(?iu)\\bfreedom\\s+of\\s+(?:the\\s+)?(?:media|press"
            + "|speech|expression)\\b");
    /**
     * Sports bodies, public associations that speak for no state ("the National Olympic Committee", "the Hockey
     * Federation of X", "the Football Union"): read as an association, whatever office word ("committee") they hold.
     */
    private static final Pattern SPORTS_BODY = Pattern.compile("(?iu)\\b(?:(?:national\\s+)?(?:olympic|paralympic)"
            + "\\s+committee|(?:football|sports?|boxing|wrestling|athletics|hockey|ice hockey|chess|judo|tennis"
            + "|basketball|volleyball|cycling|weightlifting|swimming)\\s+(?:federation|association|union|league)"
            + "|(?:federation|association|union)\\s+of\\s+(?:football|sports?|boxing|wrestling|athletics|hockey|chess"
            + "|judo|tennis|basketball|volleyball|cycling|weightlifting|swimming))\\b");

    /**
     * A state company named by its trade ("the state aluminium company", "the state power utility"): a state
     * company, whatever it makes.
     */
    private static final Pattern STATE_FIRM = Pattern.compile("(?iu)\\bstate(?:-run)?\\s+(?:\\p{Ll}+\\s+){0,2}"
            + "(?:company|producer|utility|corporation|concern|holding|firm|monopoly|operator)\\b");

    /**
     * A firm's officers ("chief financial officer", "chief operating officer") are its titles, not officers of a
     * state: the firm decides whose they are, as for a chief executive.
     */
    private static final Pattern FIRM_OFFICER = Pattern.compile("(?iu)\\bchief\\s+(?:\\p{Ll}+\\s+)?officer\\b"
            + "|\\b(?:financial|operating|technology|investment|compliance|risk)\\s+officer\\b");

    /**
     * An investment or research firm by its name's last word ("Example Securities", "X Frontier Capital", "Y
     * Partners"): its people write research, as a consultancy's do; capitalised only, since "the capital" is a city.
     */
    private static final Pattern RESEARCH_FIRM = Pattern.compile("(?<=\\p{Lu}\\p{L}{1,30}\\s)(?:Capital|Securities"
            + "|Research|Partners|Advisors|Advisers|Investments|Asset Management)\\b");

    /** The phrase with the bodies and titles above read as the role words they amount to. */
    private static String rewritten(String phrase) {
        phrase = FREEDOM_OF.matcher(SPORTS_BODY.matcher(phrase).replaceAll("association")).replaceAll("freedom");
        phrase = STATE_FIRM.matcher(phrase).replaceAll("state company");
        phrase = FIRM_OFFICER.matcher(phrase).replaceAll("chief executive");
        return RESEARCH_FIRM.matcher(phrase).replaceAll("consultancy");
    }

    /** The strongest role a phrase's words name, if any. */
    Optional<Role> roleOf(String phrase) {
        phrase = rewritten(phrase);
        // every entry's pattern tried at every position of the phrase was 3% of the answering thread: a phrase whose
        // folded copy lacks an entry's first word cannot match that entry's literal (see CaseFolded)
        String folded = CaseFolded.of(phrase);
        Role best = null;
        for (Entry e : entries) {
            if ((best == null || e.role.ordinal() < best.ordinal()) && folded.contains(e.firstWord)
                    && e.pattern.matcher(phrase).find()) {
                best = e.role;
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@link #roleOf} without the folded pre-check: every entry's pattern tried (for the test that compares them). */
    Optional<Role> roleOfByPatternsAlone(String phrase) {
        phrase = rewritten(phrase);
        Role best = null;
        for (Entry e : entries) {
            if ((best == null || e.role.ordinal() < best.ordinal()) && e.pattern.matcher(phrase).find()) {
                best = e.role;
            }
        }
        return Optional.ofNullable(best);
    }

    private static SpeakerRoles load() {
        List<Entry> out = new ArrayList<>();
        for (BundledTable.Row row : BundledTable.read(RESOURCE, 2, 2)) {
            String[] cols = row.cols();
            Role role;
            try {
                role = Role.valueOf(cols[1].strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new PositionsBotException(RESOURCE + " line " + row.line() + ": unknown kind '" + cols[1] + "'");
            }
            String text = cols[0].strip();
            String words = Pattern.quote(text).replace(" ", "\\E\\s+\\Q");
            out.add(new Entry(Pattern.compile("(?<!\\p{L})" + words + "(?!\\p{L})",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), role,
                    CaseFolded.of(text.contains(" ") ? text.substring(0, text.indexOf(' ')) : text)));
        }
        return new SpeakerRoles(out);
    }
}
