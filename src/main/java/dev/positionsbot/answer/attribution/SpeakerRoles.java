package dev.positionsbot.answer.attribution;

import dev.positionsbot.PositionsBotException;
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

    private record Entry(Pattern pattern, Role role) {
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
            String words = Pattern.quote(cols[0].strip()).replace(" ", "\\E\\s+\\Q");
            out.add(new Entry(Pattern.compile("(?<!\\p{L})" + words + "(?!\\p{L})",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), role));
        }
        return new SpeakerRoles(out);
    }
}
