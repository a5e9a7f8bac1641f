package dev.positionsbot.answer.llm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plain-text prompts the LLM composer and rewriter use, with {@code {{placeholder}}} slots.
 *
 * <p>The editable copies live in the repository's top-level {@code prompts/} directory; identical copies are
 * bundled under {@code /prompts/} on the classpath so that the jar works on its own ({@code PromptTemplatesTest}
 * fails if the two drift apart). A directory given in the settings replaces the bundled set as a whole.
 *
 * @param system   system prompt: the rules (must mention {@code {{refusal_token}}})
 * @param answer   user prompt: numbered passages and the delimited question
 * @param refusal  wording shown to the user when the model or verification finds no support
 * @param followUp prompt that turns a follow-up into a stand-alone question
 */
public record PromptTemplates(String system, String answer, String refusal, String followUp) {

    /** What the model must reply, and nothing else, when the passages do not support an answer. */
    public static final String REFUSAL_TOKEN = "CANNOT_ANSWER";

    public static final String SYSTEM_FILE = "system.txt";
    public static final String ANSWER_FILE = "answer.txt";
    public static final String REFUSAL_FILE = "refusal.txt";
    public static final String FOLLOW_UP_FILE = "follow-up.txt";

    /** Each file and the placeholders it must contain, so a broken edit fails at start-up, not at the first question. */
    private static final Map<String, List<String>> REQUIRED = requiredPlaceholders();

    private static Map<String, List<String>> requiredPlaceholders() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put(SYSTEM_FILE, List.of("refusal_token"));
        m.put(ANSWER_FILE, List.of("passages", "question"));
        m.put(REFUSAL_FILE, List.of());
        m.put(FOLLOW_UP_FILE, List.of("history", "question"));
        return m;
    }

    /** Loads all four templates from {@code dir}; the error names the missing or broken file. */
    public static PromptTemplates load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new LlmException("prompt directory " + dir + " does not exist or is not a directory");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (String file : REQUIRED.keySet()) {
            Path p = dir.resolve(file);
            if (!Files.isRegularFile(p)) {
                throw new LlmException("prompt file " + p + " is missing (a prompt directory needs "
                        + String.join(", ", REQUIRED.keySet()) + ")");
            }
            try {
                texts.put(file, check(p.toString(), file, Files.readString(p, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new LlmException("cannot read prompt file " + p + ": " + e.getMessage(), e);
            }
        }
        return of(texts);
    }

    /** The templates bundled in the jar under {@code /prompts/}. */
    public static PromptTemplates bundled() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String file : REQUIRED.keySet()) {
            String resource = "/prompts/" + file;
            try (InputStream in = PromptTemplates.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new LlmException("bundled prompt resource " + resource + " is missing from the classpath");
                }
                texts.put(file, check(resource, file, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new LlmException("cannot read bundled prompt resource " + resource + ": " + e.getMessage(), e);
            }
        }
        return of(texts);
    }

    /** The directory's templates when one is configured, else the bundled ones. */
    public static PromptTemplates loadOrBundled(Path dirOrNull) {
        return dirOrNull == null ? bundled() : load(dirOrNull);
    }

    private static PromptTemplates of(Map<String, String> t) {
        return new PromptTemplates(t.get(SYSTEM_FILE), t.get(ANSWER_FILE), t.get(REFUSAL_FILE), t.get(FOLLOW_UP_FILE));
    }

    private static String check(String where, String file, String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw new LlmException("prompt file " + where + " is empty");
        }
        for (String placeholder : REQUIRED.get(file)) {
            if (!trimmed.contains("{{" + placeholder + "}}")) {
                throw new LlmException("prompt file " + where + " lacks the placeholder {{" + placeholder + "}}");
            }
        }
        return trimmed;
    }

    /** Replaces {@code {{name}}} slots in one pass, so a value that itself contains "{{...}}" is not expanded again. */
    public static String fill(String template, Map<String, String> values) {
        StringBuilder out = new StringBuilder(template.length() + 256);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf("{{", i);
            if (open < 0) {
                out.append(template, i, template.length());
                break;
            }
            int close = template.indexOf("}}", open + 2);
            if (close < 0) {
                out.append(template, i, template.length());
                break;
            }
            String name = template.substring(open + 2, close).trim();
            out.append(template, i, open);
            String value = values.get(name);
            out.append(value != null ? value : template.substring(open, close + 2));
            i = close + 2;
        }
        return out.toString();
    }
}
