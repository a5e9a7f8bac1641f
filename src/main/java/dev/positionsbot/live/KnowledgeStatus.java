package dev.positionsbot.live;

import dev.positionsbot.corpus.CorpusProblem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the live knowledge base serves: how many articles, since when, the files skipped because they failed to
 * parse, and the last update that failed (empty when the folder and the index agree).
 */
public record KnowledgeStatus(int articles, Instant updated, List<CorpusProblem> problems, String error) {

    public KnowledgeStatus {
        problems = List.copyOf(problems);
        error = error == null ? "" : error;
    }

    KnowledgeStatus failed(String why) {
        return new KnowledgeStatus(articles, updated, problems, why);
    }

    /** Lines for {@code /healthz}: "knowledge: 6 articles, updated ...", then one line per problem. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add("knowledge: " + articles + (articles == 1 ? " article" : " articles") + ", updated " + updated);
        for (CorpusProblem p : problems) {
            lines.add("skipped file: " + p.message());
        }
        if (!error.isEmpty()) {
            lines.add("update failed: " + error);
        }
        return lines;
    }
}
