package dev.positionsbot.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Start-up as a user sees it: {@code java -jar positions-bot.jar ask --json "..."} in a new process, timed from
 * spawn to exit. The first run builds the index (reported separately); the timed runs find it up to date.
 */
final class ColdStart {

    /** @param withAppCds the same runs started from an AppCDS archive (README); null in results made before it */
    record Result(String command, double firstRunWithIndexBuildMs, LatencySummary withExistingIndex, long jarBytes,
                  LatencySummary withAppCds) {
    }

    private final Path jar;
    private final Path knowledge;
    private final Path index;

    ColdStart(Path jar, Path knowledge, Path index) {
        this.jar = jar;
        this.knowledge = knowledge;
        this.index = index;
    }

    Result measure(String question, int runs) throws IOException, InterruptedException {
        List<String> cmd = List.of(javaBinary(), "-jar", jar.toString(), "--knowledge", knowledge.toString(),
                "--index", index.toString(), "ask", "--json", question);
        double first = runOnce(cmd);
        String shown = "java -jar " + jar.getFileName() + " --knowledge knowledge --index <existing> ask --json \""
                + question + "\"";
        // AppCDS as the README makes and uses it: one recording run, then the same runs from the archive
        Path archive = index.resolveSibling("cold-start.jsa");
        runOnce(with(cmd, "-XX:ArchiveClassesAtExit=" + archive));
        List<String> shared = with(cmd, "-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
        // the runs with and without the archive take turns, so that a busy spell of the shared machine falls on both
        List<Double> ms = new ArrayList<>();
        List<Double> cds = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            ms.add(runOnce(cmd));
            cds.add(runOnce(shared));
        }
        return new Result(shown, first, LatencySummary.of(ms), Files.size(jar), LatencySummary.of(cds));
    }

    /** The command with JVM options inserted after the java binary. */
    private static List<String> with(List<String> cmd, String... jvmOptions) {
        List<String> out = new ArrayList<>(cmd.subList(0, 1));
        out.addAll(List.of(jvmOptions));
        out.addAll(cmd.subList(1, cmd.size()));
        return out;
    }

    private double runOnce(List<String> cmd) throws IOException, InterruptedException {
        Path out = Files.createTempFile("cold-start", ".json");
        Path err = Files.createTempFile("cold-start", ".log");
        try {
            Stopwatch s = Stopwatch.start();
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IOException("`" + String.join(" ", cmd) + "` did not finish in 5 minutes");
            }
            double ms = s.millis();
            String json = Files.readString(out, StandardCharsets.UTF_8);
            if (p.exitValue() != 0 || !json.contains("\"status\"")) {
                throw new IOException("`" + String.join(" ", cmd) + "` exited " + p.exitValue() + ": "
                        + Files.readString(err, StandardCharsets.UTF_8).lines().reduce((a, b) -> b).orElse(""));
            }
            return ms;
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
