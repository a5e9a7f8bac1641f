package dev.positionsbot;

import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.CorpusException;
import dev.positionsbot.index.ArticleSource;
import dev.positionsbot.index.EmbeddingChoice;
import dev.positionsbot.index.HybridIndex;
import dev.positionsbot.index.ParagraphPassageSplitter;
import dev.positionsbot.index.ProgressPrinter;
import dev.positionsbot.index.SearchOptions;
import dev.positionsbot.index.SyncReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code index [--rebuild]}: brings the search index up to date with the knowledge directory. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Build or update the search index (only changed articles are re-indexed).")
public class IndexCommand implements Callable<Integer> {

    @ParentCommand
    App app;

    @Option(names = "--rebuild", description = "Throw the index away and build it from scratch (also repairs a corrupt index).")
    boolean rebuild;

    @Option(names = "--embedding", paramLabel = "MODEL", defaultValue = "bge",
            description = "Embedding model: minilm or bge (default: ${DEFAULT-VALUE}).")
    String embedding;

    @Override
    public Integer call() {
        try (HybridIndex index = open(app, EmbeddingChoice.parse(embedding), rebuild, SearchOptions.defaults())) {
            SyncReport r = index.syncReport();
            System.out.println("index " + index.path() + ": " + r.summary());
            print("added", r.added());
            print("updated", r.updated());
            print("removed", r.removed());
            System.out.println(index.articles().size() + " articles, " + index.passageTotal() + " passages indexed");
        }
        return 0;
    }

    private static void print(String what, List<String> ids) {
        if (!ids.isEmpty()) {
            System.out.println(what + ": " + String.join(", ", ids));
        }
    }

    /** Opens (and synchronises) the index named by the global options, showing progress on stderr. */
    static HybridIndex open(App app, EmbeddingChoice model, boolean rebuild, SearchOptions options) {
        Path knowledge = knowledgeDir(app);
        Path indexDir = indexDir(app, knowledge);
        List<Article> articles = new InterimKnowledgeReader(knowledge).get();
        ProgressPrinter progress = ProgressPrinter.forStderr();
        try {
            return HybridIndex.builder(indexDir)
                    .articles(articles)
                    .splitter(new ParagraphPassageSplitter()) // TODO wire the corpus PassageSplitter
                    .embedder(model.load())
                    .progress(progress)
                    .options(options)
                    .rebuild(rebuild)
                    .open();
        } finally {
            progress.finishBar();
        }
    }

    static Path knowledgeDir(App app) {
        if (app.knowledge != null) {
            return app.knowledge;
        }
        String env = System.getenv("POSITIONS_BOT_KNOWLEDGE");
        return Path.of(env != null && !env.isBlank() ? env : "knowledge");
    }

    /** --index, else POSITIONS_BOT_INDEX, else ".index" beside the knowledge directory. */
    static Path indexDir(App app, Path knowledge) {
        if (app.index != null) {
            return app.index;
        }
        String env = System.getenv("POSITIONS_BOT_INDEX");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        Path parent = knowledge.toAbsolutePath().normalize().getParent();
        return parent == null ? Path.of(".index") : parent.resolve(".index");
    }

    /**
     * Minimal stand-in for the corpus KnowledgeLoader: reads only the {@code title:} front matter key and the
     * body of each knowledge/*.md file.
     */
    // TODO wire KnowledgeLoader
    static final class InterimKnowledgeReader implements ArticleSource {
        private final Path dir;

        InterimKnowledgeReader(Path dir) {
            this.dir = dir;
        }

        @Override
        public List<Article> get() {
            if (!Files.isDirectory(dir)) {
                throw new CorpusException("knowledge directory " + dir + " does not exist (use --knowledge DIR)");
            }
            List<Article> out = new ArrayList<>();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList()) {
                    out.add(read(f));
                }
            } catch (IOException e) {
                throw new CorpusException("cannot list knowledge directory " + dir + ": " + e.getMessage(), e);
            }
            return out;
        }

        private static Article read(Path file) {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
            } catch (IOException e) {
                throw new CorpusException("cannot read " + file + ": " + e.getMessage(), e);
            }
            String title = "";
            String body = text;
            if (text.startsWith("---\n")) {
                int end = text.indexOf("\n---", 4);
                if (end > 0) {
                    for (String line : text.substring(4, end).split("\n")) {
                        if (line.startsWith("title:")) {
                            title = line.substring("title:".length()).trim().replaceAll("^[\"']|[\"']$", "");
                        }
                    }
                    int bodyStart = text.indexOf('\n', end + 4);
                    body = bodyStart < 0 ? "" : text.substring(bodyStart + 1);
                }
            }
            String name = file.getFileName().toString();
            return new Article(name.substring(0, name.length() - 3), file.toString(), title, "", "", "", "", "en",
                    "", body);
        }
    }
}
