package dev.positionsbot;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The unseen extra corpus, from raw pages to an evaluated question set, with the jar alone: every quote shown must
 * be verbatim and no forbidden string may appear. (The answer-quality thresholds are checked elsewhere.)
 */
class ExtraCorpusIT {

    @TempDir
    Path work;

    @Test
    void ingested_extra_corpus_answers_with_verified_quotes_and_no_forbidden_strings() throws Exception {
        Path corpus = TestMaterial.requireShared("corpus-extra").toAbsolutePath().normalize();
        Path questions = TestMaterial.requireShared("eval/extra-questions.jsonl").toAbsolutePath().normalize();

        JarRunner.Run ingest = JarRunner.run(work, null, "--knowledge", "knowledge", "ingest", corpus.toString());
        assertEquals(0, ingest.exit(), ingest.toString());
        try (var files = Files.list(work.resolve("knowledge"))) {
            assertEquals(8, files.filter(f -> f.toString().endsWith(".md")).count(), ingest.toString());
        }

        JarRunner.Run eval = JarRunner.run(work, null, "--knowledge", "knowledge", "eval", questions.toString(),
                "--json");
        assertEquals(0, eval.exit(), eval.toString());
        List<String> lines = eval.out().lines().filter(l -> !l.isBlank()).toList();
        int questionCount = (int) Files.readAllLines(questions).stream().filter(l -> !l.isBlank()).count();
        assertEquals(questionCount + 1, lines.size(), "one line per question and a summary");
        for (String line : lines.subList(0, questionCount)) {
            JsonNode o = JarRunner.JSON.readTree(line);
            assertEquals(o.path("answer").path("citations").size(), o.path("quotes_verified").asInt(), line);
        }
        JsonNode summary = JarRunner.JSON.readTree(lines.get(lines.size() - 1));
        assertEquals(questionCount, summary.path("questions").asInt(), summary.toString());
        assertEquals(1.0, summary.path("quote_verification_rate").asDouble(), 1e-9, summary.toString());
        assertEquals(0, summary.path("forbidden_found").asInt(), summary.toString());
    }
}
