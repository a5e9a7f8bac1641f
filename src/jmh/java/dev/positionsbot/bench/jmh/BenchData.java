package dev.positionsbot.bench.jmh;

import dev.positionsbot.answer.eval.EvalQuestion;
import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.KnowledgeLoader;

import java.nio.file.Path;
import java.util.List;

/**
 * Where the microbenchmarks find their inputs: the bundled knowledge and the public questions, relative to the
 * project directory (override with -Dpositionsbot.knowledge=DIR and -Dpositionsbot.shared=DIR).
 */
final class BenchData {

    private BenchData() {
    }

    static List<Article> articles() {
        return new KnowledgeLoader().load(Path.of(System.getProperty("positionsbot.knowledge", "knowledge")));
    }

    static List<String> questions() {
        Path eval = Path.of(System.getProperty("positionsbot.shared", "../shared")).resolve("eval");
        return EvalQuestion.read(eval.resolve("dev-questions.jsonl")).stream().map(EvalQuestion::question).toList();
    }
}
