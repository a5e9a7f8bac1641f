package dev.positionsbot.config;

import dev.positionsbot.PositionsBotException;

import java.util.List;

/**
 * A configuration value that cannot be used. The message names the key and where the value came from
 * (file and line, environment variable or flag); when several values are bad, all of them are listed.
 */
public class ConfigException extends PositionsBotException {

    private final List<String> problems;

    public ConfigException(String problem) {
        this(List.of(problem));
    }

    public ConfigException(List<String> problems) {
        super(problems.size() == 1 ? problems.get(0)
                : "invalid configuration:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem on its own, e.g. {@code http.port: "80x" from env POSITIONS_BOT_HTTP_PORT is not a port}. */
    public List<String> problems() {
        return problems;
    }
}
