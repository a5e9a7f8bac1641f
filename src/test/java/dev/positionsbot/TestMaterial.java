package dev.positionsbot;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where tests find their input. The five raw seed pages that {@code knowledge/} was made from travel with the
 * repository (src/test/resources/seeds), so tests over them run on any clone. The extra corpus and the public
 * question sets live only in {@code ../shared}, which CI provides and a user's machine does not: tests over them
 * call {@link #requireShared} and are skipped with that reason when it is absent.
 */
public final class TestMaterial {

    /** The raw seed pages, copied from ../shared/seeds. */
    public static final Path SEEDS = Path.of("src/test/resources/seeds");

    private static final Path SHARED = Path.of("../shared");

    private TestMaterial() {
    }

    /** A path under ../shared (e.g. "corpus-extra", "eval/dev-questions.jsonl"); skips the test if it is absent. */
    public static Path requireShared(String relative) {
        Path p = SHARED.resolve(relative);
        Assumptions.assumeTrue(Files.exists(p), () -> "skipped: " + p.toAbsolutePath().normalize()
                + " is absent (../shared is provided in CI, not in a fresh clone)");
        return p;
    }

    /** One raw seed page by file name, e.g. "002_f78e8e227278ea8e.txt". */
    public static Path seed(String fileName) {
        return SEEDS.resolve(fileName);
    }
}
