package dev.positionsbot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs the packaged jar as a user would ({@code java -jar positions-bot.jar ...}) in a working directory, with
 * stdout and stderr captured apart. The child gets none of the bot's configuration variables from this
 * environment, so that an LLM provider or a token set on the machine cannot change what the tests see.
 */
final class JarRunner {

    /**
     * A guard against a hung child, not a timing target: the run-on page test indexes about 850 passages and 1,650
     * sentences in the child, 40.6 s in a fresh clone's CI run on an idle two-core machine; it failed the 120 s this
     * was before when the machine ran a model training and two helpers beside it (load average 8).
     */
    static final Duration TIMEOUT = Duration.ofSeconds(300);
    static final ObjectMapper JSON = new ObjectMapper();

    /** What one run of the jar did. */
    record Run(int exit, String out, String err) {
        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (IOException e) {
                throw new AssertionError("stdout is not one JSON document: " + e.getMessage() + "\n" + out
                        + "\nstderr:\n" + err, e);
            }
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    private JarRunner() {
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("positionsbot.jar", "target/positions-bot.jar"));
        assertTrue(Files.isRegularFile(jar), "packaged jar not found at " + jar.toAbsolutePath()
                + " (run the integration tests with `mvn verify`)");
        return jar.toAbsolutePath();
    }

    static Run run(Path workDir, String stdin, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-Duser.home=" + workDir.toAbsolutePath(), "-jar", jar().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("POSITIONS_BOT_") || k.startsWith("TELEGRAM_")
                || k.startsWith("LLM_") || k.startsWith("OPENAI_") || k.startsWith("OLLAMA_"));
        try {
            Process p = pb.start();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Thread outPump = pump(p.getInputStream(), out);
            Thread errPump = pump(p.getErrorStream(), err);
            try (OutputStream in = p.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            if (!p.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("positions-bot " + String.join(" ", args) + " did not finish within " + TIMEOUT
                        + "\nstdout so far:\n" + out.toString(StandardCharsets.UTF_8)
                        + "\nstderr so far:\n" + err.toString(StandardCharsets.UTF_8));
            }
            outPump.join(10_000);
            errPump.join(10_000);
            return new Run(p.exitValue(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static Thread pump(InputStream from, ByteArrayOutputStream to) {
        Thread t = new Thread(() -> {
            try (from) {
                from.transferTo(to);
            } catch (IOException ignored) {
                // the process ended; what was read is kept
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Copies the repository's knowledge/*.md into {@code workDir/knowledge} and returns that directory. */
    static Path copyKnowledge(Path workDir) {
        Path target = workDir.resolve("knowledge");
        try (Stream<Path> files = Files.list(Path.of("knowledge"))) {
            Files.createDirectories(target);
            for (Path f : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** The Markdown body of a knowledge file: everything after the closing front-matter fence. */
    static String body(Path markdownFile) {
        try {
            String text = Files.readString(markdownFile, StandardCharsets.UTF_8).replace("\r\n", "\n");
            if (text.startsWith("---\n")) {
                int close = text.indexOf("\n---\n", 3);
                assertTrue(close > 0, "front matter of " + markdownFile + " is closed");
                return text.substring(close + 5);
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
