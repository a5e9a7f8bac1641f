package dev.positionsbot.corpus;

import java.util.List;

/** The articles of a knowledge directory, plus the files skipped in lenient mode (empty in strict mode). */
public record LoadedCorpus(List<Article> articles, List<CorpusProblem> problems) {
    public LoadedCorpus {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }
}
