package dev.positionsbot;

import dev.positionsbot.index.HybridIndex;
import dev.positionsbot.index.SyncReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;



/** {@code index [--rebuild]}: brings the search index up to date with the knowledge directory. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Build or update the search index (only changed articles are re-indexed).")
public class IndexCommand implements Callable<Integer> {

    @ParentCommand
    App app;

    @Spec
    CommandSpec spec;

    /** Product output goes through picocli's writer (stdout unless a caller set another). */
    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    @Option(names = "--rebuild", description = "Throw the index away and build it from scratch (also repairs a corrupt index).")
    boolean rebuild;

    @Option(names = "--embedding", paramLabel = "MODEL",
            description = "Embedding model: minilm or bge (default: from the configuration, embedding.model).")
    String embedding;

    @Override
    public Integer call() {
        try (AppRuntime runtime = AppRuntime.open(ConfigCommand.load(app, embeddingFlag(embedding)), rebuild)) {
            HybridIndex index = runtime.index();
            SyncReport r = index.syncReport();
            out().println("index " + index.path() + ": " + r.summary());
            print("added", r.added());
            print("updated", r.updated());
            print("removed", r.removed());
            out().println(index.articles().size() + " articles, " + index.passageTotal() + " passages indexed");
        }
        return 0;
    }

    private void print(String what, List<String> ids) {
        if (!ids.isEmpty()) {
            out().println(what + ": " + String.join(", ", ids));
        }
    }

    /** A command's {@code --embedding} as a configuration override (none when not given). */
    static Map<String, String> embeddingFlag(String embedding) {
        return embedding == null ? Map.of() : Map.of("embedding.model", embedding);
    }
}
