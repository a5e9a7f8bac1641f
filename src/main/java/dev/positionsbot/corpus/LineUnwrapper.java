package dev.positionsbot.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * Rejoins paragraphs that were hard-wrapped into several lines, so that line-level cleaning sees whole
 * paragraphs: a wrapped tail such as "in Almaty." must not be judged as a line of its own.
 */
final class LineUnwrapper {

    private LineUnwrapper() {
    }

    static List<String> unwrap(List<String> lines) {
        boolean wrappedFile = looksHardWrapped(lines);
        List<String> out = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (!out.isEmpty() && !line.isEmpty()) {
                String prev = out.get(out.size() - 1);
                if (!prev.isEmpty() && continues(prev, line, wrappedFile)) {
                    out.set(out.size() - 1, prev.endsWith("-") && !prev.endsWith(" -") ? prev + line : prev + " " + line);
                    continue;
                }
            }
            out.add(line);
        }
        return out;
    }

    private static boolean continues(String prev, String next, boolean wrappedFile) {
        if (LineFeatures.endsSentence(prev) && !wrappedFile) {
            return false;
        }
        char first = next.charAt(0);
        boolean lowerStart = Character.isLowerCase(first);
        if (wrappedFile) {
            // in a wrapped file a line that fills the width continues into the next one
            return prev.length() >= 55 || lowerStart && !LineFeatures.endsSentence(prev);
        }
        String p = prev.strip();
        boolean openEnd = p.endsWith(",") || p.endsWith(";") || p.endsWith("—") || p.endsWith("–");
        return LineFeatures.wordCount(prev) >= 6 && (lowerStart || openEnd) && !LineFeatures.endsSentence(prev);
    }

    /** Most lines share one width limit (60–100 characters) and many are followed directly by another line. */
    private static boolean looksHardWrapped(List<String> lines) {
        int nonEmpty = 0;
        int followed = 0;
        int max = 0;
        int nearMax = 0;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.isEmpty()) {
                continue;
            }
            nonEmpty++;
            max = Math.max(max, l.length());
            if (i + 1 < lines.size() && !lines.get(i + 1).isBlank()) {
                followed++;
            }
        }
        if (nonEmpty < 6 || max < 60 || max > 100) {
            return false;
        }
        for (String l : lines) {
            if (l.strip().length() >= max - 15) {
                nearMax++;
            }
        }
        return nearMax * 2 >= nonEmpty && followed * 2 >= nonEmpty;
    }
}
