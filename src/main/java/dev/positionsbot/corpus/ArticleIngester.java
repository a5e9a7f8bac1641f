package dev.positionsbot.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Ingests raw article files into a knowledge directory, one {@code <slug>.md} per article. An existing file for
 * the same source is never overwritten without {@code force}: its front matter may have been corrected by hand.
 */
public final class ArticleIngester {

    private final RawDocumentReader reader = new RawDocumentReader();
    private final ArticleCleaner cleaner = new ArticleCleaner();
    private final ArticleMarkdownWriter writer = new ArticleMarkdownWriter();
    private final Slugger slugger = new Slugger();
    private final Set<Path> claimedThisRun = new HashSet<>();

    /**
     * The raw article files named by {@code inputs}: files as given, directories walked for .txt/.html/.md.
     * Upper-case names in a directory (README.md, SOURCES.md) are documentation, not articles.
     */
    public static List<Path> expand(List<Path> inputs) {
        List<Path> out = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(RawDocumentReader::isSupported)
                            .filter(f -> !isDocumentationName(f))
                            .sorted()
                            .forEach(out::add);
                } catch (IOException e) {
                    throw new CorpusException(p + ": cannot list directory (" + e.getMessage() + ")", e);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean isDocumentationName(Path f) {
        String base = f.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        return base.equals(base.toUpperCase()) && base.chars().anyMatch(Character::isLetter);
    }

    /** Cleans one file without writing anything. */
    public CleanedArticle clean(Path source) {
        if (!Files.exists(source)) {
            throw new CorpusException(source + ": no such file");
        }
        if (!RawDocumentReader.isSupported(source)) {
            throw new CorpusException(source + ": unsupported file type (expected .txt, .html, .htm or .md)");
        }
        return cleaner.clean(reader.read(source), source.toString());
    }

    public IngestOutcome ingest(Path source, Path outDir, boolean force) {
        CleanedArticle article;
        try {
            article = clean(source);
        } catch (CorpusException e) {
            return new IngestOutcome(source, IngestOutcome.Status.FAILED, null, null, e.getMessage());
        }
        String sourceFile = source.getFileName().toString();
        try {
            Files.createDirectories(outDir);
            Path target = target(outDir, slugger.slug(article.title()), sourceFile);
            boolean exists = Files.exists(target);
            if (exists && !force) {
                return new IngestOutcome(source, IngestOutcome.Status.SKIPPED_EXISTS, target, article,
                        target + " already exists; not overwritten (use --force to replace it)");
            }
            // written under a hidden name and moved into place: a running bot watching the folder never reads half
            Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
            Files.writeString(tmp, writer.render(article, sourceFile), StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            claimedThisRun.add(target.toAbsolutePath().normalize());
            return new IngestOutcome(source, exists ? IngestOutcome.Status.OVERWRITTEN : IngestOutcome.Status.WRITTEN,
                    target, article, "");
        } catch (IOException e) {
            return new IngestOutcome(source, IngestOutcome.Status.FAILED, null, article,
                    source + ": cannot write to " + outDir + " (" + e.getMessage() + ")");
        }
    }

    /**
     * {@code <slug>.md}, unless that name belongs to another article (another source file, or one written earlier
     * in this run); then {@code <slug>-2.md}, {@code -3} ...
     */
    private Path target(Path outDir, String slug, String sourceFile) {
        for (int n = 1; ; n++) {
            Path candidate = outDir.resolve((n == 1 ? slug : slug + "-" + n) + ".md");
            if (claimedThisRun.contains(candidate.toAbsolutePath().normalize())) {
                continue;
            }
            if (!Files.exists(candidate) || sourceFile.equals(existingSourceFile(candidate))) {
                return candidate;
            }
        }
    }

    private static String existingSourceFile(Path md) {
        try {
            List<String> lines = Files.readAllLines(md, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
                return "";
            }
            for (int i = 1; i < lines.size() && !lines.get(i).strip().equals("---"); i++) {
                if (lines.get(i).startsWith("source_file:")) {
                    JsonNode node = new YAMLMapper().readTree(lines.get(i));
                    return node.path("source_file").asText("");
                }
            }
        } catch (IOException | RuntimeException e) {
            // unreadable: treat as belonging to another article, so it is left alone
        }
        return "";
    }
}
