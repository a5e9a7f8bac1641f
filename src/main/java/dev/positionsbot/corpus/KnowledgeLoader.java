package dev.positionsbot.corpus;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads {@code knowledge/**}{@code /*.md} into {@link Article}s, sorted by path. Strict mode fails on the first bad
 * file; lenient mode skips bad files with a warning and reports them as {@link CorpusProblem}s. Hidden files and
 * directories and {@code README.md} are not articles and are ignored.
 */
public final class KnowledgeLoader {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeLoader.class);

    private final TextFileReader reader = new TextFileReader();
    private final FrontMatterParser parser = new FrontMatterParser();

    /** Strict: every file must load; the first problem is thrown as a {@link CorpusException}. */
    public List<Article> load(Path dir) {
        return load(dir, false).articles();
    }

    public LoadedCorpus load(Path dir, boolean lenient) {
        if (!Files.isDirectory(dir)) {
            throw new CorpusException("knowledge directory " + dir + " does not exist or is not a directory");
        }
        List<Article> articles = new ArrayList<>();
        List<CorpusProblem> problems = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        for (Path file : markdownFiles(dir)) {
            try {
                Article a = loadFile(file);
                Path earlier = seen.putIfAbsent(a.id(), file);
                if (earlier != null) {
                    throw new CorpusException(file + ": duplicate article id '" + a.id() + "' (also " + earlier
                            + "); ids are file names and must be unique");
                }
                articles.add(a);
            } catch (CorpusException e) {
                if (!lenient) {
                    throw e;
                }
                log.warn("skipping {}: {}", file, e.getMessage());
                problems.add(new CorpusProblem(file, e.getMessage()));
            }
        }
        if (articles.isEmpty()) {
            log.warn("no articles loaded from {}", dir);
        }
        return new LoadedCorpus(articles, problems);
    }

    public Article loadFile(Path file) {
        return parser.parse(file, reader.read(file));
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> markdownFiles(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
                    .filter(p -> !isHidden(dir.relativize(p)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new CorpusException("cannot list knowledge directory " + dir + " (" + e.getMessage() + ")", e);
        }
    }
}
