package dev.positionsbot.answer;

import dev.positionsbot.PositionsBotException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The "name TAB number" files the learned models are stored in (# starts a comment), read into named values whose
 * absence or bad form is reported with the file and line.
 */
final class WeightsFile {

    private final Map<String, Double> values;
    private final String where;

    private WeightsFile(Map<String, Double> values, String where) {
        this.values = values;
        this.where = where;
    }

    static WeightsFile parse(List<String> lines, String where) {
        Map<String, Double> values = new LinkedHashMap<>();
        int no = 0;
        for (String line : lines) {
            no++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            try {
                values.put(cols[0].strip(), Double.parseDouble(cols[1].strip()));
            } catch (RuntimeException e) {
                throw new PositionsBotException(where + " line " + no + ": expected \"name<TAB>number\", got \""
                        + line + "\"");
            }
        }
        return new WeightsFile(values, where);
    }

    /** The lines of a resource bundled in the jar. */
    static List<String> bundledLines(String resource) {
        InputStream in = WeightsFile.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new PositionsBotException("bundled resource " + resource + " is missing from the jar");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().toList();
        } catch (IOException e) {
            throw new PositionsBotException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    double need(String name) {
        Double v = values.get(name);
        if (v == null) {
            throw new PositionsBotException(where + ": no value for \"" + name + "\"");
        }
        return v;
    }

    /** One value per name, in the names' order. */
    double[] need(List<String> names, String prefix) {
        double[] out = new double[names.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = need(prefix + names.get(i));
        }
        return out;
    }

    String where() {
        return where;
    }
}
