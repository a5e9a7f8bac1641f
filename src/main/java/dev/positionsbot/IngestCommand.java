package dev.positionsbot;

import dev.positionsbot.corpus.ArticleIngester;
import dev.positionsbot.corpus.CleanedArticle;
import dev.positionsbot.corpus.IngestOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/** {@code ingest FILE|DIR...}: raw article pages into {@code knowledge/<slug>.md} with front matter. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Clean raw article files (.txt, .html, .md) into knowledge/<slug>.md with YAML front matter.")
public class IngestCommand implements Callable<Integer> {

    @ParentCommand
    App app;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Raw article files or directories of them.")
    List<Path> inputs;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output directory (default: the --knowledge directory, else knowledge/).")
    Path out;

    @Option(names = "--force", description = "Overwrite existing output files (hand corrections are lost).")
    boolean force;

    @Option(names = "--explain", description = "Show every dropped line with the reason.")
    boolean explain;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Path outDir = out != null ? out : app != null && app.knowledge != null ? app.knowledge : Path.of("knowledge");
        ArticleIngester ingester = new ArticleIngester();
        int failed = 0;
        for (Path file : ArticleIngester.expand(inputs)) {
            IngestOutcome outcome = ingester.ingest(file, outDir, force);
            switch (outcome.status()) {
                case FAILED -> {
                    failed++;
                    stderr.println("error: " + outcome.error());
                }
                case SKIPPED_EXISTS -> stdout.println(file + ": skipped, " + outcome.error());
                case WRITTEN, OVERWRITTEN -> stdout.println(file + " -> " + outcome.target()
                        + (outcome.status() == IngestOutcome.Status.OVERWRITTEN ? " (overwritten)" : ""));
            }
            if (outcome.article() != null) {
                report(stdout, outcome.article());
            }
            stdout.flush();
            stderr.flush();
        }
        if (failed > 0) {
            stderr.println(failed + " file(s) failed");
            return 1;
        }
        return 0;
    }

    private void report(PrintWriter w, CleanedArticle a) {
        w.println("  title: " + a.title());
        Map<String, Integer> reasons = new TreeMap<>();
        a.dropped().forEach(d -> reasons.merge(d.reason(), 1, Integer::sum));
        w.println("  kept: " + a.paragraphCount() + " paragraphs, " + a.headingCount() + " headings; dropped: "
                + a.dropped().size() + " of " + a.inputLines() + " non-empty input lines " + reasons);
        w.println("  metadata: outlet=" + shown(a.outlet()) + ", author=" + shown(a.author()) + ", published="
                + shown(a.published()) + ", url=" + shown(a.url()) + ", language=" + a.language());
        if (explain) {
            a.dropped().forEach(d -> w.println("  dropped [" + d.reason() + "] " + d.text()));
        }
    }

    private static String shown(String v) {
        return v.isEmpty() ? "(not stated)" : v;
    }
}
