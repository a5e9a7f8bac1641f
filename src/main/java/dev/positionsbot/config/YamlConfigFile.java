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
            throw new ConfigException("config file " + file + ":" + e.getLocation().getLineNr()
                    + ": not valid YAML: " + e.getOriginalMessage());
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
