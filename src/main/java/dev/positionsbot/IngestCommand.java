package dev.positionsbot;

import dev.positionsbot.corpus.ArticleIngester;
import dev.positionsbot.corpus.CleanedArticle;
import dev.positionsbot.corpus.IngestOutcome;
import dev.positionsbot.corpus.UrlIngester;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/** {@code ingest FILE|DIR...}: raw article pages into {@code knowledge/<slug>.md} with front matter. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Clean raw article files (.txt, .html, .md) or web pages (http/https addresses) into",
                "knowledge/<slug>.md with YAML front matter. An address already in the knowledge base is skipped",
                "unless --force."})
public class IngestCommand implements Callable<Integer> {

    @ParentCommand
    App app;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE|DIR|URL",
            description = "Raw article files, directories of them, or http(s) addresses of article pages.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--urls", paramLabel = "FILE",
            description = "A file of web addresses, one a line (blank lines and lines starting with # are skipped).")
    Path urlsFile;

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
        List<String> addresses = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (String input : inputs) {
            if (UrlIngester.isAddress(input)) {
                addresses.add(input.strip());
            } else {
                files.add(Path.of(input));
            }
        }
        if (urlsFile != null) {
            addresses.addAll(readAddresses(urlsFile));
        }
        if (files.isEmpty() && addresses.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "nothing to ingest: give files, directories or web addresses, or --urls FILE");
        }
        ArticleIngester ingester = new ArticleIngester();
        int failed = 0;
        for (Path file : ArticleIngester.expand(files)) {
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
        int failedAddresses = ingestAddresses(addresses, outDir, stdout, stderr);
        if (failedAddresses > 0) {
            stderr.println(failedAddresses + " address(es) failed");
        }
        if (failed > 0) {
            stderr.println(failed + " file(s) failed");
        }
        if (failed + failedAddresses > 0) {
            return 1;
        }
        return 0;
    }

    /** Fetches and writes each address; one failing address never stops the others. Returns how many failed. */
    private int ingestAddresses(List<String> addresses, Path outDir, PrintWriter stdout, PrintWriter stderr) {
        UrlIngester urls = new UrlIngester();
        int failed = 0;
        for (String address : addresses) {
            UrlIngester.Outcome outcome = urls.ingest(address, outDir, force);
            switch (outcome.status()) {
                case FAILED -> {
                    failed++;
                    stderr.println("error: " + outcome.message());
                }
                case SKIPPED_KNOWN -> stdout.println(address + ": skipped, " + outcome.message());
                case WRITTEN, OVERWRITTEN -> stdout.println(address + " -> " + outcome.target()
                        + (outcome.status() == UrlIngester.Outcome.Status.OVERWRITTEN ? " (overwritten)" : ""));
            }
            if (outcome.article() != null && !outcome.failed()
                    && outcome.status() != UrlIngester.Outcome.Status.SKIPPED_KNOWN) {
                report(stdout, outcome.article());
            }
            stdout.flush();
            stderr.flush();
        }
        return failed;
    }

    private static List<String> readAddresses(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new PositionsBotException("--urls " + file + ": cannot read (" + e.getMessage() + ")");
        }
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
