package dev.positionsbot.bench;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The benchmark's "answering alone" JVM runs with the heap and collector options a deployed bot gets, so that its
 * peak RSS is the running bot's: the Docker image's entry point and the systemd unit's ExecStart carry each of them.
 */
class BotMemoryOptionsTest {

    private static String line(Path file, String prefix) throws IOException {
        List<String> lines = Files.readAllLines(file).stream().filter(l -> l.startsWith(prefix)).toList();
        assertEquals(1, lines.size(), file + ": one line starting " + prefix);
        return lines.get(0);
    }

    @Test
    void the_docker_image_and_the_systemd_unit_start_the_bot_with_the_measured_memory_options() throws IOException {
        String service = line(Path.of("deploy", "positions-bot.service"), "ExecStart=");
        String docker = Files.readString(Path.of("deploy", "Dockerfile"));
        String entrypoint = docker.substring(docker.indexOf("ENTRYPOINT ["), docker.indexOf("]", docker.indexOf("ENTRYPOINT [")));
        for (String option : BenchmarkMain.BOT_MEMORY_OPTIONS) {
            assertTrue(service.contains(" " + option + " "), "systemd ExecStart lacks " + option + ": " + service);
            assertTrue(entrypoint.contains("\"" + option + "\""), "Docker ENTRYPOINT lacks " + option + ": " + entrypoint);
        }
    }

    @Test
    void the_answering_run_records_the_options_it_was_given() {
        // this test JVM's own options, as the benchmark's answering JVM reports its own
        String recorded = ScaleBenchmark.memoryOptions();
        for (String arg : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("-Xmx") || arg.startsWith("-Xms")) {
                assertTrue(recorded.contains(arg), recorded + " lacks " + arg);
            }
        }
        assertTrue(!recorded.contains("-Dpositionsbot"), "system properties are not memory options: " + recorded);
    }

    @Test
    void the_answering_run_records_every_option_a_running_bot_is_given_and_nothing_else() {
        List<String> args = new java.util.ArrayList<>(List.of("-Dpositionsbot.model.dir=/models", "-Xlog:gc:file=gc.txt",
                "-XX:+ExitOnOutOfMemoryError"));
        args.addAll(1, BenchmarkMain.BOT_MEMORY_OPTIONS);
        args.add("-Xmx1g");
        assertEquals(String.join(" ", BenchmarkMain.BOT_MEMORY_OPTIONS) + " -Xmx1g", ScaleBenchmark.memoryOptions(args));
    }

    @Test
    void the_benchmarks_build_jvm_gets_the_bots_memory_options_then_its_heap_cap() {
        List<String> options = BenchmarkMain.buildJvmOptions("1g");
        assertEquals(BenchmarkMain.BOT_MEMORY_OPTIONS, options.subList(0, options.size() - 1));
        assertEquals("-Xmx1g", options.get(options.size() - 1));
    }

    @Test
    void the_readme_builds_an_index_with_the_bots_memory_options() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md")).stream()
                .filter(l -> l.startsWith("java ") && l.contains("-jar target/positions-bot.jar index")).toList();
        assertEquals(1, lines.size(), "one README command line that builds the index: " + lines);
        for (String option : BenchmarkMain.BOT_MEMORY_OPTIONS) {
            assertTrue(lines.get(0).contains(" " + option + " "), "README's index command lacks " + option);
        }
    }
}
