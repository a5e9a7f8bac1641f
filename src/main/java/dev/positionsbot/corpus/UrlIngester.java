package dev.positionsbot.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Ingests web pages into a knowledge directory: fetch ({@link PageFetcher}), clean with the same rules as a saved
 * page ({@code HtmlText} and {@link ArticleCleaner}), take the metadata the page states ({@link PageMetadata}) and
 * write {@code <slug>.md}. The {@code url} field is the address the page finally came from (after redirects). An
 * address already in the knowledge directory is not fetched again unless forced. Files are written under a hidden
 * temporary name and moved into place, so that a running bot watching the directory never reads half a file.
 */
public final class UrlIngester {

    /** What happened to one address; {@code article} is null when nothing was read. */
    public record Outcome(String address, Status status, Path target, CleanedArticle article, String message) {
        public enum Status { WRITTEN, OVERWRITTEN, SKIPPED_KNOWN, FAILED }

        public boolean failed() {
            return status == Status.FAILED;
        }
    }

    private final PageFetcher fetcher;
    private final ArticleCleaner cleaner = new ArticleCleaner();
    private final ArticleMarkdownWriter writer = new ArticleMarkdownWriter();
    private final Slugger slugger = new Slugger();

    public UrlIngester(PageFetcher fetcher) {
        this.fetcher = fetcher;
    }

    public UrlIngester() {
        this(new PageFetcher());
    }

    /** True when {@code arg} looks like a web address rather than a file name. */
    public static boolean isAddress(String arg) {
        return arg.strip().matches("(?i)^[a-z][a-z0-9+.-]*://.*");
    }

    public Outcome ingest(String address, Path outDir, boolean force) {
        URI uri;
        try {
            uri = PageFetcher.address(address);
        } catch (CorpusException e) {
            return failed(address, e.getMessage());
        }
        Map<String, Path> known = knownUrls(outDir);
        Path already = known.get(key(uri));
        if (already != null && !force) {
            return new Outcome(address, Outcome.Status.SKIPPED_KNOWN, already, null,
                    "already in the knowledge base as " + already + " (use --force to fetch it again)");
        }
        CleanedArticle article;
        PageFetcher.Page page;
        try {
            page = fetcher.fetch(uri);
            article = clean(page);
        } catch (CorpusException e) {
            return failed(address, e.getMessage());
        }
        Path sameAfterRedirect = known.get(key(page.finalUri()));
        if (already == null && sameAfterRedirect != null && !force) {
            return new Outcome(address, Outcome.Status.SKIPPED_KNOWN, sameAfterRedirect, article,
                    "redirects to " + page.finalUri() + ", already in the knowledge base as " + sameAfterRedirect
                            + " (use --force to replace it)");
        }
        Path replace = already != null ? already : sameAfterRedirect;
        try {
            Files.createDirectories(outDir);
            Path target = replace != null ? replace : freeName(outDir, slugger.slug(article.title()));
            boolean exists = Files.exists(target);
            writeAtomically(target, writer.render(article, ""));
            return new Outcome(address, exists ? Outcome.Status.OVERWRITTEN : Outcome.Status.WRITTEN, target, article,
                    "");
        } catch (IOException e) {
            return failed(address, address + ": cannot write to " + outDir + " (" + e.getMessage() + ")");
        }
    }

    /** Cleans a fetched page; a page with no article text is an error naming the address. */
    CleanedArticle clean(PageFetcher.Page page) {
        String address = page.requested().toString();
        RawDocument raw;
        PageMetadata meta;
        if (page.isHtml()) {
            raw = HtmlText.parse(page.text());
            meta = PageMetadata.read(page.text());
        } else {
            raw = new RawDocument(page.text().lines().toList(), Map.of());
            meta = new PageMetadata("", "", "", "", "");
        }
        Map<String, String> hints = new HashMap<>(raw.hints());
        hints.remove("url"); // a canonical link or og:url is what the page claims; url is where it came from
        putStated(hints, "title", meta.title());
        putStated(hints, "outlet", meta.outlet());
        putStated(hints, "author", meta.author());
        putStated(hints, "published", meta.published());
        CleanedArticle c;
        try {
            c = cleaner.clean(new RawDocument(raw.lines(), hints), address);
        } catch (CorpusException e) {
            if (e.getMessage().contains("no body found")) {
                throw new CorpusException(address + ": no article text found on the page (only page furniture such"
                        + " as menus, links or notices)", e);
            }
            throw e;
        }
        return new CleanedArticle(c.title(), stated(meta.outlet(), c.outlet()), stated(meta.author(), c.author()),
                stated(meta.published(), c.published()), page.finalUri().toString(),
                stated(meta.language(), c.language()), c.blocks(), c.dropped(), c.inputLines());
    }

    private static void putStated(Map<String, String> hints, String key, String value) {
        if (!value.isBlank()) {
            hints.put(key, value);
        }
    }

    private static String stated(String fromMetadata, String fromText) {
        return fromMetadata.isBlank() ? fromText : fromMetadata;
    }

    private static Outcome failed(String address, String message) {
        String m = message.contains(address.strip()) ? message : address.strip() + ": " + message;
        return new Outcome(address, Outcome.Status.FAILED, null, null, m);
    }

    private static Path freeName(Path outDir, String slug) {
        for (int n = 1; ; n++) {
            Path candidate = outDir.resolve((n == 1 ? slug : slug + "-" + n) + ".md");
            if (!Files.exists(candidate)) {
                return candidate;
            }
        }
    }

    private static void writeAtomically(Path target, String text) throws IOException {
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /** The address compared for "already there": scheme and host in lower case, no fragment, no trailing slash. */
    static String key(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("/+$", "");
        return scheme + "://" + host + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + path
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** The {@code url} field of every knowledge file under {@code dir}, by {@link #key(URI)}. */
    static Map<String, Path> knownUrls(Path dir) {
        Map<String, Path> out = new HashMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path md : walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList()) {
                urlOf(md).ifPresent(u -> {
                    try {
                        out.putIfAbsent(key(new URI(u)), md);
                    } catch (Exception e) {
                        // not an address: nothing to compare with
                    }
                });
            }
        } catch (IOException e) {
            throw new CorpusException("cannot list knowledge directory " + dir + " (" + e.getMessage() + ")", e);
        }
        return out;
    }

    private static Optional<String> urlOf(Path md) {
        try {
            List<String> lines = Files.readAllLines(md, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
                return Optional.empty();
            }
            for (int i = 1; i < lines.size() && !lines.get(i).strip().equals("---"); i++) {
                if (lines.get(i).startsWith("url:")) {
                    JsonNode node = new YAMLMapper().readTree(lines.get(i));
                    String url = node.path("url").asText("").strip();
                    return url.isEmpty() ? Optional.empty() : Optional.of(url);
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable file states no address
        }
        return Optional.empty();
    }
}
