package dev.positionsbot.index;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Puts a directory of files copied out of the jar (WordNet's data, the embedding model and ONNX Runtime's natives)
 * in its place in one atomic move, so that a process never reads a half-written copy: the files are written to a
 * staging directory beside it first. Several bots may start at once; the one that loses the race uses the winner's
 * copy if it is complete.
 */
public final class StagedDirectory {

    private static final Logger log = LoggerFactory.getLogger(StagedDirectory.class);

    /** Whether a directory holds every file, whole. */
    @FunctionalInterface
    public interface Completeness {
        boolean of(Path dir) throws IOException;
    }

    private StagedDirectory() {
    }

    /**
     * Moves {@code staging} to {@code dir}; an incomplete {@code dir} already there (an interrupted run, a file
     * deleted by a cleaner) is set aside first. Returns false when another process put a complete copy there first.
     */
    public static boolean publish(Path staging, Path dir, Completeness complete) throws IOException {
        Path parent = dir.toAbsolutePath().getParent();
        if (Files.exists(dir)) {
            Path stale = Files.createTempDirectory(parent, "." + dir.getFileName() + "-stale-");
            Files.move(dir, stale.resolve("old"), StandardCopyOption.ATOMIC_MOVE);
            deleteTree(stale);
        }
        try {
            Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
            if (!complete.of(dir)) {
                throw e;
            }
        } catch (IOException e) {
            if (!complete.of(dir)) {
                throw e;
            }
        }
        return false;
    }

    /** Deletes a directory and everything in it, as far as it can; what is left is only logged. */
    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            log.debug("cannot delete {}: {}", dir, e.toString());
        }
    }
}
