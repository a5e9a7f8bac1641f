package dev.positionsbot.answer;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.dictionary.Dictionary;
import net.sf.extjwnl.dictionary.file_manager.FileManagerImpl;
import net.sf.extjwnl.util.factory.Param;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * extJWNL's file manager with the senses' use counts answered from a sorted table of the sense-count file
 * (cntlist.rev), read once per process and directory when the first count is asked for. extJWNL offers two ways,
 * both slower here: without its use-count cache each parsed sense is a binary search of that file on disk (a new
 * word took 3.5-4.8 ms to expand on the 2-core host), and with the cache the whole file is parsed through its
 * line reader when the dictionary opens (about 0.2 s more per open; docs/benchmarks-notes.md, "WordNet's use counts
 * from a table"). The table is immutable data, like the lexicon, so every dictionary over the same files shares it.
 * Named in the {@code file_manager} parameter of the configuration {@link WordNetFiles#openFileBacked} builds;
 * extJWNL instantiates it by that name, hence public.
 */
public final class WordNetUseCounts extends FileManagerImpl {

    private static final Map<Path, Table> TABLES = new ConcurrentHashMap<>();

    private final Path dir;
    /** This manager's table once looked up: every parsed sense asks for a count. */
    private volatile Table table;

    public WordNetUseCounts(Dictionary dictionary, Map<String, Param> params) throws JWNLException {
        super(dictionary, params);
        Param path = params.get("dictionary_path");
        if (path == null) {
            throw new JWNLException("WordNet configuration has no dictionary_path for " + getClass().getName());
        }
        this.dir = Path.of(path.getValue());
    }

    /** The table of the sense-count file in {@code dir}, read now unless this process has read it already. */
    static Table table(Path dir) {
        return TABLES.computeIfAbsent(dir.resolve("cntlist.rev").toAbsolutePath().normalize(), Table::read);
    }

    @Override
    public int getUseCount(String senseKey) throws JWNLException {
        Table t = table;
        if (t == null) {
            try {
                t = table(dir);
            } catch (UncheckedIOException e) {
                throw new JWNLException("cannot read WordNet's sense counts " + dir.resolve("cntlist.rev") + ": "
                        + e.getCause().getMessage(), e.getCause());
            }
            table = t;
        }
        return t.count(senseKey);
    }

    /** Sense keys in {@link String} order and their counts, parallel. */
    record Table(String[] keys, int[] counts) {

        /** Each line of cntlist.rev is "sense_key sense_number tag_count". */
        static Table read(Path file) {
            List<String[]> rows = new ArrayList<>(40_000);
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                int number = 0;
                for (String line; (line = in.readLine()) != null; ) {
                    number++;
                    int a = line.indexOf(' ');
                    int b = a < 0 ? -1 : line.indexOf(' ', a + 1);
                    if (b > 0) {
                        rows.add(new String[] {line.substring(0, a), line.substring(b + 1).trim()});
                    } else if (!line.isBlank()) {
                        // a damaged file would otherwise give every sense it drops a count of 0, silently
                        throw new IOException(file + " line " + number + " is not \"sense_key sense_number"
                                + " tag_count\": \"" + line + "\"");
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            rows.sort((x, y) -> x[0].compareTo(y[0]));
            String[] keys = new String[rows.size()];
            int[] counts = new int[rows.size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = rows.get(i)[0];
                try {
                    counts[i] = Integer.parseInt(rows.get(i)[1]);
                } catch (NumberFormatException e) {
                    throw new UncheckedIOException(new IOException(file + ": the line for sense " + keys[i]
                            + " has no count: \"" + rows.get(i)[1] + "\""));
                }
            }
            return new Table(keys, counts);
        }

        /** The count of a sense key, 0 for one the file does not list (as extJWNL answers). */
        int count(String senseKey) {
            int i = Arrays.binarySearch(keys, senseKey);
            return i < 0 ? 0 : counts[i];
        }
    }
}
