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

    /** The strongest role a phrase's words name, if any. */
    Optional<Role> roleOf(String phrase) {
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
