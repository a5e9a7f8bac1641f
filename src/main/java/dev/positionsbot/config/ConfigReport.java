package dev.positionsbot.config;

import java.util.List;

/**
 * The text {@code config check} prints: one line per key with its effective value (secrets only as set/unset)
 * and where it came from, then the problems. Plain aligned columns so that it reads in a terminal and greps well.
 */
public final class ConfigReport {

    private ConfigReport() {
    }

    public static String render(LoadedConfig loaded, ConfigPreflight.Findings findings) {
        StringBuilder out = new StringBuilder();
        out.append("config file: ").append(loaded.file() == null ? "(none)" : loaded.file()).append('\n');
        int keyWidth = loaded.settings().stream().mapToInt(s -> s.key().key().length()).max().orElse(10);
        int valueWidth = Math.min(48, loaded.settings().stream()
                .mapToInt(s -> s.shownValue().length()).max().orElse(10));
        for (LoadedConfig.Setting s : loaded.settings()) {
            out.append(pad(s.key().key(), keyWidth)).append("  ")
                    .append(pad(s.shownValue(), valueWidth)).append("  ")
                    .append(s.origin()).append('\n');
        }
        List<String> errors = new java.util.ArrayList<>(loaded.problems());
        errors.addAll(findings.errors());
        for (String warning : findings.warnings()) {
            out.append("warning: ").append(warning).append('\n');
        }
        for (String note : findings.notes()) {
            out.append("note: ").append(note).append('\n');
        }
        for (String error : errors) {
            out.append("error: ").append(error).append('\n');
        }
        out.append(errors.isEmpty() ? "configuration OK" : errors.size() + " error(s) in the configuration")
                .append('\n');
        // a URL with credentials can also reach a note or an error message: mask the whole text on its way out
        return SecretText.withoutUrlPasswords(out.toString());
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
