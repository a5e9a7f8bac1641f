package dev.positionsbot.config;

/**
 * Where an effective configuration value came from, for error messages and {@code config check}.
 *
 * @param source the layer that supplied the value
 * @param where  file path and line, environment variable name, flag name, or a note on a derived default
 */
public record Origin(Source source, String where) {

    /** Configuration layers, lowest precedence first. */
    public enum Source { DEFAULT, FILE, ENV, FLAG }

    public static Origin defaults(String note) {
        return new Origin(Source.DEFAULT, note);
    }

    public static Origin file(java.nio.file.Path file, int line) {
        return new Origin(Source.FILE, file + ":" + line);
    }

    public static Origin env(String variable) {
        return new Origin(Source.ENV, variable);
    }

    public static Origin flag(String flag) {
        return new Origin(Source.FLAG, flag);
    }

    @Override
    public String toString() {
        String layer = source.name().toLowerCase(java.util.Locale.ROOT);
        return where.isEmpty() ? layer : layer + " " + where;
    }
}
