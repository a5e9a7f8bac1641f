package dev.positionsbot.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.positionsbot.answer.eval.EvalQuestion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A question of the team's labelled sets (src/test/resources/answer-model): an eval question plus the article it was
 * written from, which decides its split, and the gold excerpts that locate the sentences that answer it.
 */
record LabelledQuestion(EvalQuestion eval, String article, List<String> gold) {

    static final Path DIR = Path.of("src/test/resources/answer-model");
    private static final ObjectMapper JSON = new ObjectMapper();

    static List<LabelledQuestion> all() {
        List<LabelledQuestion> out = new ArrayList<>();
        try (var files = Files.list(DIR.resolve("questions"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                List<EvalQuestion> evals = EvalQuestion.read(f);
                int i = 0;
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode j = JSON.readTree(line);
                    List<String> gold = new ArrayList<>();
                    j.path("gold").forEach(g -> gold.add(g.asText()));
                    out.add(new LabelledQuestion(evals.get(i++), j.path("article").asText(), gold));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    boolean isExtra() {
        return article.matches("\\d\\d-.*");
    }
}
