package dev.positionsbot.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The hand-written reason and next step for each missed target, read from a small Markdown file beside the report
 * (docs/benchmarks-target-reasons.md): a {@code ## target-id} heading per target, its text below, and a line
 * {@code Written for the run of: DATE} naming the run the text was written against. People write these texts from
 * measurements; the renderer only places them beside their row and says when they belong to another run.
 */
record TargetReasons(String source, String writtenForRun, Map<String, String> byId) {

    static final String FILE_NAME = "benchmarks-target-reasons.md";
    private static final String RUN_LINE = "Written for the run of:";

    static TargetReasons none() {
        return new TargetReasons(FILE_NAME, null, Map.of());
    }

    /** The file's reasons, or none when it does not exist. */
    static TargetReasons read(Path file) {
        if (!Files.isRegularFile(file)) {
            return new TargetReasons(file.toString(), null, Map.of());
        }
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static TargetReasons parse(String text, String source) {
        Map<String, String> byId = new LinkedHashMap<>();
        String run = null;
        String id = null;
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String l = line.strip();
            if (l.startsWith("## ")) {
                put(byId, id, body, source);
                id = l.substring(3).strip();
                if (!id.matches("[a-z0-9-]+")) {
                    throw new IllegalArgumentException(source + ": heading '## " + id
                            + "' is not a target id (lower-case letters, digits and hyphens)");
                }
                body.setLength(0);
            } else if (l.startsWith(RUN_LINE) && id == null) {
                run = l.substring(RUN_LINE.length()).strip();
            } else if (id != null) {
                body.append(l).append(' ');
            }
        }
        put(byId, id, body, source);
        return new TargetReasons(source, run, byId);
    }

    private static void put(Map<String, String> byId, String id, StringBuilder body, String source) {
        if (id == null) {
            return;
        }
        if (byId.containsKey(id)) {
            throw new IllegalArgumentException(source + ": target id '" + id + "' has two sections");
        }
        // one table cell: lines joined, and a pipe would end the cell
        byId.put(id, body.toString().replaceAll("\\s+", " ").strip().replace("|", "\\|"));
    }

    Optional<String> reason(String id) {
        return Optional.ofNullable(byId.get(id)).filter(s -> !s.isEmpty());
    }

    /** Fails, naming the file, when a section's id is none of the report's targets (a typo would hide its text). */
    void checkIds(Collection<String> known) {
        for (String id : byId.keySet()) {
            if (!known.contains(id)) {
                throw new IllegalArgumentException(source + ": section '## " + id + "' names no target of the report "
                        + "(known: " + String.join(", ", known) + ")");
            }
        }
    }
}
