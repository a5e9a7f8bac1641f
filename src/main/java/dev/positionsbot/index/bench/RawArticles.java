package dev.positionsbot.index.bench;

import dev.positionsbot.corpus.Article;
import dev.positionsbot.index.IndexException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads raw article captures (*.txt, site boilerplate included) as {@link Article}s the simple way: the first
 * non-empty line is the title, the rest is the body. Good enough for benchmarks and tests until the knowledge
 * directory exists.
 */
public final class RawArticles {

    private RawArticles() {
    }

    /** All *.txt files of a directory, in file-name order; the id is the file name without ".txt". */
    public static List<Article> read(Path dir) {
        List<Article> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                out.add(read(f, ""));
            }
        } catch (IOException e) {
            throw new IndexException("cannot read raw articles in " + dir + ": " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * Replaces titles by those listed in a SOURCES.md ("- file.txt | title | ..." lines), for captures whose
     * first line is site boilerplate; articles not listed keep their first-line title.
     */
    public static List<Article> withListedTitles(List<Article> articles, Path sourcesMd) {
        java.util.Map<String, String> titles = new java.util.HashMap<>();
        try {
            for (String line : Files.readAllLines(sourcesMd)) {
                String[] cols = line.replaceFirst("^\\s*-\\s*", "").split("\\s*\\|\\s*");
                if (cols.length >= 2 && cols[0].endsWith(".txt")) {
                    titles.put(cols[0].substring(0, cols[0].length() - 4), cols[1].trim());
                }
            }
        } catch (IOException e) {
            throw new IndexException("cannot read " + sourcesMd + ": " + e.getMessage(), e);
        }
        List<Article> out = new ArrayList<>();
        for (Article a : articles) {
            String t = titles.entrySet().stream().filter(en -> a.id().endsWith(en.getKey()))
                    .map(java.util.Map.Entry::getValue).findFirst().orElse(a.title());
            out.add(new Article(a.id(), a.file(), t, a.outlet(), a.author(), a.published(), a.url(), a.language(),
                    a.sourceFile(), a.body()));
        }
        return out;
    }

    /** One raw file; {@code idPrefix} keeps ids unique when several directories are mixed. */
    public static Article read(Path file, String idPrefix) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new IndexException("cannot read raw article " + file + ": " + e.getMessage(), e);
        }
        int start = 0;
        String title = "";
        int bodyStart = text.length();
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end).trim();
            if (!line.isEmpty()) {
                title = line;
                bodyStart = Math.min(text.length(), end + 1);
                break;
            }
            start = end + 1;
        }
        String name = file.getFileName().toString();
        String id = idPrefix + name.substring(0, name.length() - ".txt".length());
        return new Article(id, file.toString(), title, "", "", "", "", "en", file.toString(),
                text.substring(bodyStart));
    }
}
