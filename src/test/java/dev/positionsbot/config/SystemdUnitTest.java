package dev.positionsbot.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** deploy/positions-bot.service passes {@code systemd-analyze verify}, where that tool exists and works. */
class SystemdUnitTest {

    private static final Path UNIT = Path.of("deploy", "positions-bot.service");

    @TempDir
    Path dir;

    private record Result(int exitCode, String output) {
    }

    private static Result verify(Path unit) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("systemd-analyze", "verify", unit.toString())
                .redirectErrorStream(true).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Result(-1, "timed out");
        }
        return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String d : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, program))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void unit_file_passes_systemd_analyze_verify() throws Exception {
        assumeTrue(onPath("systemd-analyze"), "systemd-analyze is not installed");
        // verify checks that ExecStart's binary exists; skip on machines without Java at the unit's path
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/java")), "/usr/bin/java is missing");
        // Prove the tool can judge units in this container before trusting a clean result.
        Path broken = Files.writeString(dir.resolve("broken-probe.service"),
                "[Service]\nExecStart=/usr/bin/java -version\nRestart=sometimes\nNoSuchKey=1\n");
        Result probe = verify(broken);
        assumeTrue(probe.output().contains("NoSuchKey"), "systemd-analyze cannot verify units here: " + probe.output());

        Result result = verify(UNIT);

        List<String> complaints = result.output().lines().filter(l -> l.contains("positions-bot.service")).toList();
        assertEquals(List.of(), complaints, result.output());
        assertEquals(0, result.exitCode(), result.output());
    }

    @Test
    void unit_restarts_on_failure_and_is_hardened() throws IOException {
        String unit = Files.readString(UNIT);
        for (String line : List.of("Restart=on-failure", "NoNewPrivileges=yes", "ProtectSystem=strict",
                "ProtectHome=yes", "PrivateTmp=yes", "DynamicUser=yes", "EnvironmentFile=/etc/positions-bot/env",
                "TimeoutStopSec=")) {
            assertTrue(unit.lines().anyMatch(l -> l.startsWith(line)), "missing " + line);
        }
        assertTrue(unit.lines().anyMatch(l -> l.startsWith("ReadWritePaths=") && l.contains("/var/lib/positions-bot")));
    }
}
