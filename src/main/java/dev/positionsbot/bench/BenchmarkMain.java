package dev.positionsbot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.positionsbot.answer.eval.EvalQuestion;
import dev.positionsbot.corpus.ArticleIngester;
import dev.positionsbot.corpus.IngestOutcome;
import dev.positionsbot.corpus.KnowledgeLoader;
import dev.positionsbot.index.EmbeddingChoice;
import dev.positionsbot.index.PassageEmbedder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The benchmark the README's figures come from: quality of our pipeline (BM25 only, vectors only, hybrid) against
 * an easy-RAG baseline on both public question sets, cost at growing corpus sizes (each in its own JVM), and
 * cold start of the real jar. Writes docs/benchmarks.md, docs/benchmarks.json and docs/latency-vs-size.png.
 * Needs no network.
 *
 * <pre>mvn -B -o -P bench -DskipTests package
 * java -cp target/benchmarks.jar dev.positionsbot.bench.BenchmarkMain [--scales 1000,10000,100000]
 *     [--shared ../shared] [--knowledge knowledge] [--jar target/positions-bot.jar] [--out docs]
 *     [--baseline-max 10000] [--child-heap 1g] [--cold-runs 5]
 * java -cp target/benchmarks.jar dev.positionsbot.bench.BenchmarkMain --report-from docs/benchmarks.json</pre>
 */
public final class BenchmarkMain {

    private static final Logger log = LoggerFactory.getLogger(BenchmarkMain.class);

    public static void main(String[] args) throws Exception {
        Map<String, String> o = BenchOptions.parse(args);
        Path shared = Path.of(o.getOrDefault("shared", "../shared"));
        Path knowledge = Path.of(o.getOrDefault("knowledge", "knowledge"));
        Path jar = Path.of(o.getOrDefault("jar", "target/positions-bot.jar"));
        Path out = Path.of(o.getOrDefault("out", "docs"));
        List<Integer> scales = ScaleBenchmark.split(o.getOrDefault("scales", "1000,10000,100000")).stream()
                .map(Integer::parseInt).toList();
        int baselineMax = Integer.parseInt(o.getOrDefault("baseline-max", "10000"));
        String childHeap = o.getOrDefault("child-heap", "1g");
        int coldRuns = Integer.parseInt(o.getOrDefault("cold-runs", "5"));

        if (o.containsKey("report-from")) {
            rewriteReport(Path.of(o.get("report-from")), out);
            return;
        }
        Stopwatch total = Stopwatch.start();
        String loadAverage = readFirstLine(Path.of("/proc/loadavg"));
        String commit = gitDescribe();
        Path work = Files.createTempDirectory("positions-bench");
        try {
            Path devQuestions = shared.resolve("eval/dev-questions.jsonl");
            Path extraQuestions = shared.resolve("eval/extra-questions.jsonl");
            Path combined = combinedKnowledge(knowledge, shared.resolve("corpus-extra"), work.resolve("knowledge-extra"));

            log.info("quality: loading {}", EmbeddingChoice.MINILM.modelName());
            PassageEmbedder embedder = EmbeddingChoice.MINILM.load();
            QualityBenchmark quality = new QualityBenchmark(embedder, work);
            List<QualitySet> sets = new ArrayList<>();
            sets.add(quality.run("dev", devQuestions.toString(), "bundled knowledge/ (" + knowledge + ")",
                    new KnowledgeLoader().load(knowledge), EvalQuestion.read(devQuestions)));
            sets.add(quality.run("extra", extraQuestions.toString(),
                    "knowledge/ plus ../shared/corpus-extra ingested with ArticleIngester",
                    new KnowledgeLoader().load(combined), EvalQuestion.read(extraQuestions)));

            List<String> buildOptions = buildJvmOptions(childHeap);
            String childOptions = String.join(" ", buildOptions);
            List<ScaleResult> scale = new ArrayList<>();
            for (int n : scales) {
                log.info("scale: {} passages in a child JVM ({})", n, childOptions);
                scale.add(runChild(buildOptions, combined, List.of(devQuestions, extraQuestions), n,
                        n <= baselineMax, work));
            }

            ColdStart.Result cold = null;
            List<String> notes = new ArrayList<>();
            if (Files.isRegularFile(jar)) {
                log.info("cold start: {}", jar);
                cold = new ColdStart(jar, knowledge, work.resolve("cold-index"))
                        .measure("What is Kazakhstan's position on the referendums in occupied Ukraine?", coldRuns);
            } else {
                notes.add("cold start not measured: " + jar + " does not exist (run `mvn -B -DskipTests package`)");
            }

            Files.createDirectories(out);
            Path png = out.resolve("latency-vs-size.png");
            BenchmarkReport.plot(scale).write(png);
            String command = "java -cp target/benchmarks.jar dev.positionsbot.bench.BenchmarkMain"
                    + (args.length == 0 ? "" : " " + String.join(" ", args));
            BenchmarkResults results = new BenchmarkResults(
                    ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), machine(), loadAverage,
                    command, total.millis() / 1000.0, EmbeddingChoice.MINILM.modelName(), sets, scale,
                    childOptions, cold, BenchmarkReport.targets(sets, scale), notes, commit);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(out.resolve("benchmarks.json").toFile(), results);
            writeMarkdown(results, out);
            System.out.println("wrote " + out.resolve("benchmarks.md") + ", " + out.resolve("benchmarks.json")
                    + " and " + png + String.format(Locale.ROOT, " in %.0f s", total.millis() / 1000.0));
        } finally {
            deleteTree(work);
        }
    }

    /** Regenerates the Markdown and the plot from a saved benchmarks.json (after editing the notes, say). */
    private static void rewriteReport(Path json, Path out) throws IOException {
        BenchmarkResults results = new ObjectMapper().readValue(json.toFile(), BenchmarkResults.class);
        Files.createDirectories(out);
        BenchmarkReport.plot(results.scale()).write(out.resolve("latency-vs-size.png"));
        writeMarkdown(results, out);
        System.out.println("rewrote " + out.resolve("benchmarks.md") + " from " + json);
    }

    /**
     * benchmarks.md, with the hand-written benchmarks-notes.md of the same directory appended when present and the
     * hand-written reasons of missed targets (benchmarks-target-reasons.md) beside their rows.
     */
    private static void writeMarkdown(BenchmarkResults results, Path out) throws IOException {
        Path notesFile = out.resolve("benchmarks-notes.md");
        String handNotes = Files.isRegularFile(notesFile) ? Files.readString(notesFile, StandardCharsets.UTF_8) : "";
        TargetReasons reasons = TargetReasons.read(out.resolve(TargetReasons.FILE_NAME));
        Files.writeString(out.resolve("benchmarks.md"), BenchmarkReport.markdown(results, handNotes, reasons),
                StandardCharsets.UTF_8);
    }

    /** The bundled articles plus the extra raw articles cleaned by the product's own ingester. */
    static Path combinedKnowledge(Path knowledge, Path rawExtra, Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(knowledge)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        }
        ArticleIngester ingester = new ArticleIngester();
        for (Path raw : ArticleIngester.expand(List.of(rawExtra))) {
            IngestOutcome r = ingester.ingest(raw, target, false);
            if (r.failed()) {
                throw new IOException("cannot ingest " + raw + ": " + r.error());
            }
        }
        return target;
    }

    /**
     * The heap and collector options the Docker image and the systemd unit give a running bot (a test keeps the
     * three in step); the answering-alone JVM runs with them, the -Xmx of the build's JVM after them. Measured in
     * docs/benchmarks-notes.md ("A running bot's memory"; the heap free ratios in "Collector sizing for a running
     * bot, 2026-12-01": the heap sized to the live set after each full collection instead of left at its largest).
     */
    static final List<String> BOT_MEMORY_OPTIONS = List.of("-XX:+UseSerialGC", "-Xms128m", "-XX:MetaspaceSize=64m",
            "-XX:MinHeapFreeRatio=20", "-XX:MaxHeapFreeRatio=40");

    /**
     * The build JVM's options: the collector and heap sizing a deployed bot gets (the Docker image and the systemd
     * unit build their index with them), then the heap cap. With -Xmx alone the default collector let the committed
     * heap grow to the peak heap used (505 MiB at 100,000 passages in the 01:21 run) and kept it; notes "The index
     * build's memory, 2026-12-01".
     */
    static List<String> buildJvmOptions(String childHeap) {
        List<String> options = new ArrayList<>(BOT_MEMORY_OPTIONS);
        options.add("-Xmx" + childHeap);
        return List.copyOf(options);
    }

    private static ScaleResult runChild(List<String> jvmOptions, Path knowledge, List<Path> questions, int passages,
                                        boolean baseline, Path work) throws IOException, InterruptedException {
        Path result = work.resolve("scale-" + passages + ".json");
        Path logFile = work.resolve("scale-" + passages + ".log");
        List<String> cmd = new ArrayList<>();
        cmd.add(ColdStart.javaBinary());
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), ScaleBenchmark.class.getName(),
                "--knowledge", knowledge.toString(), "--questions",
                String.join(",", questions.stream().map(Path::toString).toList()), "--passages",
                Integer.toString(passages), "--baseline", Boolean.toString(baseline), "--work", work.toString(),
                "--out", result.toString()));
        waitForChild(cmd, logFile, result, passages + "-passage run");
        // a second JVM answers from the index the first one built: the memory of a running bot, without the build's;
        // the same options (the bot's, then the heap cap)
        Path answering = work.resolve("answering-" + passages + ".json");
        List<String> answerCmd = new ArrayList<>(cmd.subList(0, cmd.size() - 2));
        answerCmd.addAll(List.of("--answer-only", "true", "--out", answering.toString()));
        waitForChild(answerCmd, work.resolve("answering-" + passages + ".log"), answering,
                passages + "-passage answering run");
        deleteTree(work.resolve("index-" + passages));
        ObjectMapper json = new ObjectMapper();
        return json.readValue(result.toFile(), ScaleResult.class)
                .withAnsweringAlone(json.readValue(answering.toFile(), AnsweringMemory.class));
    }

    private static void waitForChild(List<String> cmd, Path logFile, Path result, String what)
            throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
        if (!p.waitFor(40, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException("the " + what + " did not finish in 40 minutes");
        }
        if (p.exitValue() != 0 || !Files.exists(result)) {
            List<String> lines = Files.readAllLines(logFile);
            throw new IOException("the " + what + " failed (exit " + p.exitValue() + "):\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size())));
        }
    }

    static String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse(cpu);
        } catch (IOException e) {
            // not Linux: leave the CPU unnamed
        }
        double memGib = ProcessMemory.procMeminfoKib("MemTotal:") / 1024.0 / 1024.0;
        return String.format(Locale.ROOT, "%d cores (%s), %.0f GiB RAM, %s %s, Java %s", Runtime.getRuntime()
                        .availableProcessors(), cpu, memGib, System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.version"));
    }

    /** The checked-out code the run measures, so that figures of different runs can be told apart; null if unknown. */
    private static String gitDescribe() {
        try {
            Process p = new ProcessBuilder("git", "describe", "--always", "--dirty")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 && !out.isEmpty() ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    static String readFirstLine(Path p) {
        try {
            return Files.readAllLines(p).stream().findFirst().orElse("");
        } catch (IOException e) {
            return "";
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
