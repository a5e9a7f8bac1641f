package dev.positionsbot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.positionsbot.index.FusionMethod;
import dev.positionsbot.answer.QuestionNormalizer;
import dev.positionsbot.index.IndexException;
import dev.positionsbot.index.SearchHit;
import dev.positionsbot.index.SearchMode;
import dev.positionsbot.index.SearchOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code search "text"}: the ranked passages for a query, with what each ranker said. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the knowledge base and print ranked passages (updates the index first if needed).")
public class SearchCommand implements Callable<Integer> {

    @ParentCommand
    App app;

    @Spec
    CommandSpec spec;

    /** Product output goes through picocli's writer (stdout unless a caller set another). */
    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "The query.")
    List<String> words;

    @Option(names = "-k", paramLabel = "N", defaultValue = "5", description = "Number of passages (default: ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "hybrid",
            description = "hybrid, bm25 or vector (default: ${DEFAULT-VALUE}).")
    String mode;

    @Option(names = "--fusion", paramLabel = "METHOD", defaultValue = "rrf",
            description = "How hybrid mode fuses the rankings: rrf or convex (default: ${DEFAULT-VALUE}).")
    String fusion;

    @Option(names = "--embedding", paramLabel = "MODEL",
            description = "Embedding model: minilm or bge (default: from the configuration, embedding.model).")
    String embedding;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Override
    public Integer call() {
        if (k <= 0) {
            throw new ParameterException(spec.commandLine(), "-k must be positive, got " + k);
        }
        SearchMode searchMode = parseMode(mode);
        SearchOptions options = SearchOptions.defaults().withFusion(FusionMethod.parse(fusion).create());
        String query = QuestionNormalizer.normalize(String.join(" ", words));
        if (query.isEmpty()) {
            // the same refusal as ask: an empty query would reach the embedding model, which throws on no tokens
            if (json) {
                printJson(query, searchMode, List.of());
            } else {
                out().println("no passages found: " + QuestionNormalizer.NOTHING_TO_SEARCH
                        + " (it is empty once invisible and control characters are removed)");
            }
            return 0;
        }
        try (AppRuntime runtime = AppRuntime.open(app, IndexCommand.embeddingFlag(embedding))) {
            List<SearchHit> hits = runtime.index().search(query, k, searchMode, options);
            if (json) {
                printJson(query, searchMode, hits);
            } else {
                printText(hits);
            }
        }
        return 0;
    }

    private SearchMode parseMode(String mode) {
        try {
            return SearchMode.valueOf(mode.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            // a bad option value is a usage error (exit 2), not a runtime error
            throw new ParameterException(spec.commandLine(),
                    "unknown search mode '" + mode + "' (use hybrid, bm25 or vector)");
        }
    }

    private void printText(List<SearchHit> hits) {
        if (hits.isEmpty()) {
            out().println("no passages found");
            return;
        }
        int n = 1;
        for (SearchHit h : hits) {
            out().printf(Locale.ROOT, "%d. %s  [%s]%n", n++, h.article().title().isBlank() ? h.article().id()
                    : h.article().title(), h.passage().id());
            out().printf(Locale.ROOT, "   score %.4f | bm25 %s | vector %s%n", h.score(), ranking(h.bm25()),
                    ranking(h.vector()));
            if (!h.passage().heading().isEmpty()) {
                out().println("   ## " + h.passage().heading());
            }
            out().println("   " + h.passage().text());
            out().println();
        }
    }

    private static String ranking(SearchHit.Ranking r) {
        return r == null ? "-" : String.format(Locale.ROOT, "#%d (%.3f)", r.rank(), r.score());
    }

    private void printJson(String query, SearchMode mode, List<SearchHit> hits) {
        List<Map<String, Object>> out = new ArrayList<>();
        int n = 1;
        for (SearchHit h : hits) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rank", n++);
            m.put("passage_id", h.passage().id());
            m.put("article_id", h.article().id());
            m.put("title", h.article().title());
            m.put("outlet", h.article().outlet());
            m.put("published", h.article().published());
            m.put("url", h.article().url());
            m.put("ordinal", h.passage().ordinal());
            m.put("start", h.passage().start());
            m.put("end", h.passage().end());
            m.put("heading", h.passage().heading());
            m.put("score", h.score());
            m.put("bm25", h.bm25() == null ? null : Map.of("rank", h.bm25().rank(), "score", h.bm25().score()));
            m.put("vector", h.vector() == null ? null : Map.of("rank", h.vector().rank(), "score", h.vector().score()));
            m.put("text", h.passage().text());
            out.add(m);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("query", query);
        doc.put("mode", mode.name().toLowerCase(Locale.ROOT));
        doc.put("hits", out);
        try {
            out().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
