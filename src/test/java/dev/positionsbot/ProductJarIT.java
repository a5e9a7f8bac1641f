package dev.positionsbot;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged jar as a new user meets it: lean, quiet on a healthy start, with the command-line conventions the
 * README promises (--help everywhere, --version from the build, exit codes 0 / 1 / 2).
 */
class ProductJarIT {

    private static final long MAX_JAR_BYTES = 120L * 1024 * 1024;

    /** Entries the product never loads: debug symbols, natives of other platforms, the benchmark code. */
    private static final Pattern NEVER_LOADED = Pattern.compile(
            "\\.pdb$|\\.dSYM/|/(osx|win)-[^/]+/|^com/sun/jna/(darwin|win32)-|^dev/positionsbot/(index/)?bench/"
                    + "|^com/knuddels/jtokkit/|^opennlp/|^bge-small");

    @TempDir
    static Path work;

    @BeforeAll
    static void knowledge() {
        JarRunner.copyKnowledge(work);
    }

    @Test
    void the_jar_is_at_most_120_mib_and_holds_nothing_the_product_never_loads() throws IOException {
        Path jar = JarRunner.jar();
        assertTrue(Files.size(jar) <= MAX_JAR_BYTES, "jar is " + Files.size(jar) / (1024 * 1024) + " MiB");
        List<String> unwanted = new ArrayList<>();
        try (JarFile jf = new JarFile(jar.toFile())) {
            jf.stream().map(ZipEntry::getName).filter(n -> NEVER_LOADED.matcher(n).find()).forEach(unwanted::add);
            // the natives the bot does load on Linux are still there
            assertTrue(jf.getEntry("ai/onnxruntime/native/linux-x64/libonnxruntime.so") != null, "x86-64 ONNX runtime");
            assertTrue(jf.getEntry("ai/onnxruntime/native/linux-aarch64/libonnxruntime.so") != null, "aarch64 ONNX runtime");
        }
        assertTrue(unwanted.isEmpty(), "never loaded but shipped: " + unwanted.stream().limit(20).toList());
    }

    @Test
    void sources_on_the_bundled_knowledge_prints_no_warning_when_building_the_index_or_after() {
        Path dir = work.resolve("quiet");
        JarRunner.copyKnowledge(dir);
        for (String round : List.of("first start (builds the index)", "second start (index up to date)")) {
            JarRunner.Run run = JarRunner.run(dir, null, "sources");
            assertEquals(App.OK, run.exit(), run.toString());
            assertFalse(run.err().contains("WARN"), round + " warned:\n" + run.err());
            assertFalse(run.err().contains("ERROR"), round + " logged an error:\n" + run.err());
        }
    }

    @Test
    void every_command_and_subcommand_answers_help_with_exit_0() {
        List<String> failures = new ArrayList<>();
        for (List<String> path : commandPaths(App.commandLine(), List.of())) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            JarRunner.Run run = JarRunner.run(work, null, args.toArray(String[]::new));
            if (run.exit() != App.OK || !run.out().contains("Usage:")) {
                failures.add(String.join(" ", args) + " -> " + run);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /** Every command path below the root, e.g. [ask], [config], [config, check]; picocli's "help" aside. */
    private static List<List<String>> commandPaths(CommandLine cmd, List<String> prefix) {
        List<List<String>> paths = new ArrayList<>();
        cmd.getSubcommands().forEach((name, sub) -> {
            if (name.equals("help") || !sub.getCommandName().equals(name)) {
                return; // picocli's help command, or an alias
            }
            List<String> path = new ArrayList<>(prefix);
            path.add(name);
            paths.add(path);
            paths.addAll(commandPaths(sub, path));
        });
        return paths;
    }

    @Test
    void version_is_the_one_the_build_wrote_into_the_manifest() throws IOException {
        String version;
        try (JarFile jf = new JarFile(JarRunner.jar().toFile())) {
            version = jf.getManifest().getMainAttributes().getValue("Implementation-Version");
        }
        assertTrue(version != null && !version.isBlank(), "Implementation-Version in the manifest");
        JarRunner.Run run = JarRunner.run(work, null, "--version");
        assertEquals(App.OK, run.exit(), run.toString());
        assertEquals("positions-bot " + version, run.out().strip());
    }

    @Test
    void usage_errors_exit_2_and_runtime_errors_exit_1() throws IOException {
        assertEquals(App.USAGE_ERROR, JarRunner.run(work, null, "ask", "--no-such-option", "x").exit());
        assertEquals(App.USAGE_ERROR, JarRunner.run(work, null, "search", "oil", "--mode", "sideways").exit());
        assertEquals(App.USAGE_ERROR, JarRunner.run(work, null).exit(), "no command at all");
        Files.createDirectories(work.resolve("no-articles"));
        JarRunner.Run empty = JarRunner.run(work, null, "--knowledge", "no-articles", "sources");
        assertEquals(App.RUNTIME_ERROR, empty.exit(), empty.toString());
    }

    @Test
    void choosing_the_optional_bge_model_in_a_jar_without_it_says_how_to_get_it() throws IOException {
        Path dir = work.resolve("bge");
        JarRunner.copyKnowledge(dir);
        Files.writeString(dir.resolve("positions-bot.yml"), "embedding:\n  model: bge\n");
        JarRunner.Run run = JarRunner.run(dir, null, "ask", "What did Kazakhstan say?");
        assertEquals(App.RUNTIME_ERROR, run.exit(), run.toString());
        assertTrue(run.err().contains("-P bge"), run.toString());
        assertFalse(run.err().contains("Exception"), "a message, not a stack trace: " + run);
    }
}
