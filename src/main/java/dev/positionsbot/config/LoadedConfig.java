package dev.positionsbot.config;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of merging the configuration layers: the effective values with their origins, and every problem
 * found. {@code config} is null when there are problems.
 *
 * @param file     the configuration file read, or null when none
 * @param config   the validated configuration, or null when {@code problems} is not empty
 * @param settings one entry per {@link ConfigKey}, in declaration order, secrets already masked
 * @param problems messages naming the key and source of every bad value
 */
public record LoadedConfig(Path file, BotConfig config, List<Setting> settings, List<String> problems) {

    /** One effective value as shown by {@code config check}. */
    public record Setting(ConfigKey key, String shownValue, Origin origin) {
    }

    public LoadedConfig {
        settings = List.copyOf(settings);
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** The configuration, or a {@link ConfigException} listing all problems. */
    public BotConfig orThrow() {
        if (!ok()) {
            throw new ConfigException(problems);
        }
        return config;
    }
}
