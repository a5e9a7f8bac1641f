package dev.positionsbot.answer.attribution;

import dev.positionsbot.PositionsBotException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The role words of {@code lexicon/speaker-roles.tsv}: which kind of speaker a phrase describes. */
final class SpeakerRoles {

    /** Kinds of role word, strongest first (see the file's header). */
    enum Role { ANALYST, MEDIA, OFFICIAL, ANALYST_PLACE, ANONYMOUS }

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
        InputStream in = SpeakerRoles.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new PositionsBotException("bundled resource " + RESOURCE + " is missing from the jar");
        }
        List<Entry> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 2) {
                    throw new PositionsBotException(RESOURCE + " line " + no + ": expected 2 tab-separated columns");
                }
                Role role;
                try {
                    role = Role.valueOf(cols[1].strip().toUpperCase(Locale.ROOT).replace('-', '_'));
                } catch (IllegalArgumentException e) {
                    throw new PositionsBotException(RESOURCE + " line " + no + ": unknown kind '" + cols[1] + "'");
                }
                String words = Pattern.quote(cols[0].strip()).replace(" ", "\\E\\s+\\Q");
                out.add(new Entry(Pattern.compile("(?<!\\p{L})" + words + "(?!\\p{L})",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), role));
            }
        } catch (IOException e) {
            throw new PositionsBotException("cannot read bundled resource " + RESOURCE + ": " + e.getMessage(), e);
        }
        return new SpeakerRoles(out);
    }
}
