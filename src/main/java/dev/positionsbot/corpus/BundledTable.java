package dev.positionsbot.corpus;

import dev.positionsbot.PositionsBotException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A tab-separated table bundled in the jar (the lexicon's files): blank lines and # comments skipped. */
public final class BundledTable {

    /** One row with its line number, for messages that name the line at fault. */
    public record Row(int line, String[] cols) {
    }

    private BundledTable() {
    }

    /** The rows of {@code resource}; a row with fewer than {@code min} or more than {@code max} columns is an error. */
    public static List<Row> read(String resource, int min, int max) {
        InputStream in = BundledTable.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new PositionsBotException("bundled resource " + resource + " is missing from the jar");
        }
        List<Row> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length < min || cols.length > max) {
                    throw new PositionsBotException(resource + " line " + no + ": expected "
                            + (min == max ? String.valueOf(min) : min + " to " + max) + " tab-separated columns");
                }
                out.add(new Row(no, cols));
            }
        } catch (IOException e) {
            throw new PositionsBotException("cannot read bundled resource " + resource + ": " + e.getMessage(), e);
        }
        return out;
    }
}
