package dev.positionsbot.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code positions-bot.yml} into flat dotted keys, keeping the line of every value so that errors can point
 * at it. A tree model would lose the lines, hence the streaming parser. Lists of scalars become comma lists;
 * a key with an empty value counts as not set.
 */
final class YamlConfigFile {

    /** One scalar of the file. */
    record Entry(String text, int line) {
    }

    private YamlConfigFile() {
    }

    static Map<String, Entry> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("config file " + file + " does not exist or is not a file");
        }
        Map<String, Entry> out = new LinkedHashMap<>();
        try (JsonParser parser = new YAMLFactory().createParser(file.toFile())) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return out;
            }
            if (first != JsonToken.START_OBJECT) {
                throw new ConfigException("config file " + file + ":" + line(parser)
                        + ": expected a mapping of keys (key: value), found " + describe(first));
            }
            readMapping(file, parser, "", out);
        } catch (JsonProcessingException e) {
            throw new ConfigException("config file " + file + ":" + lineOf(e)
                    + ": not valid YAML: " + withoutFileText(e.getOriginalMessage(), file));
        } catch (IOException e) {
            throw new ConfigException("config file " + file + " cannot be read: " + e.getMessage());
        }
        return out;
    }

    private static void readMapping(Path file, JsonParser parser, String prefix, Map<String, Entry> out)
            throws IOException {
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_OBJECT) {
            if (token != JsonToken.FIELD_NAME) {
                throw new ConfigException("config file " + file + ":" + line(parser) + ": unexpected " + describe(token));
            }
            String key = prefix.isEmpty() ? parser.currentName() : prefix + "." + parser.currentName();
            JsonToken value = parser.nextToken();
            int line = line(parser);
            switch (value) {
                case START_OBJECT -> readMapping(file, parser, key, out);
                case START_ARRAY -> out.put(key, new Entry(readList(file, parser, key), line));
                case VALUE_NULL -> {
                    // "key:" with nothing after it: treated as not set, like an empty environment variable
                }
                default -> out.put(key, new Entry(parser.getText(), line));
            }
        }
    }

    private static String readList(Path file, JsonParser parser, String key) throws IOException {
        List<String> items = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token.isStructStart()) {
                throw new ConfigException(key + ": config file " + file + ":" + line(parser)
                        + ": a list of plain values is expected, not nested " + describe(token));
            }
            items.add(parser.getText());
        }
        return String.join(",", items);
    }

    private static int lineOf(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    }

    /**
     * The YAML parser's message without the file's own text: SnakeYAML quotes the offending line (indented, with a
     * caret under it) and sometimes a scalar inline, which for a line holding the bot token or an API key would print
     * the secret. Only the unindented description lines are kept, and any value of a secret key that can still be
     * found by a plain line scan of the file is cut out of them.
     */
    static String withoutFileText(String message, Path file) {
        if (message == null) {
            return "syntax error";
        }
        StringBuilder kept = new StringBuilder();
        for (String line : message.split("\\R")) {
            if (line.isBlank() || Character.isWhitespace(line.charAt(0)) || line.startsWith("in '")) {
                continue;
            }
            kept.append(kept.length() == 0 ? "" : "; ").append(line.strip());
        }
        String text = kept.length() == 0 ? "syntax error" : kept.toString();
        for (String secret : secretValues(file)) {
            text = text.replace(secret, SecretText.SET);
        }
        return text;
    }

    /** Values of lines like {@code  token: xyz} whose key names a secret setting, read without a YAML parser. */
    private static List<String> secretValues(Path file) {
        List<String> values = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file)) {
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    continue;
                }
                String name = line.substring(0, colon).strip();
                String value = line.substring(colon + 1).strip().replaceAll("^[\"']|[\"']$", "");
                boolean secret = false;
                for (ConfigKey k : ConfigKey.values()) {
                    secret |= k.secret() && k.key().endsWith("." + name) || k.secret() && k.key().equals(name);
                }
                if (secret && value.length() >= 4) {
                    values.add(value);
                }
            }
        } catch (IOException | RuntimeException e) {
            // unreadable as text: only the line filter above protects the message
        }
        return values;
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "a list";
            case START_OBJECT -> "a mapping";
            default -> "a plain value";
        };
    }
}
