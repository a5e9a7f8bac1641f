package dev.positionsbot.answer;

import dev.positionsbot.answer.eval.EvalQuestion;
import dev.positionsbot.bench.SyntheticCorpus;
import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.KnowledgeLoader;
import dev.positionsbot.corpus.SentencePassageSplitter;
import dev.positionsbot.index.EmbeddingChoice;
import dev.positionsbot.index.HybridIndex;
import dev.positionsbot.index.NewsTermAnalyzer;
import dev.positionsbot.index.PassageEmbedder;
import dev.positionsbot.index.SearchHit;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Dumps, per question, the passage reranker's feature rows for the search's 30 results, the evidence's passage ids
 * and the answer's JSON (a measuring tool, not a test): run before and after a change that must not change answers,
 * and diff the outputs with the JSON's latency_ms removed. Over the labelled corpus, from the project directory:
 * {@code java -cp <test classpath> dev.positionsbot.answer.AnswerDump labelled OUT WORKDIR} (WORKDIR fresh or with
 * only its index/ kept); over a ScaleBenchmark index: {@code ... AnswerDump scale OUT KNOWLEDGE 10000 WORK Q1,Q2}.
 * With {@code -Ddump.explain=true} also every candidate as {@code ask --explain} shows it (probability, checks, each
 * feature's contribution), so that a change of any candidate's measurement shows, not only of the answer.
 */
public final class AnswerDump {
    public static void main(String[] a) throws Exception {
        String mode = a[0];
        Path out = Path.of(a[1]);
        List<String> questions = new ArrayList<>();
        HybridIndex index;
        List<Article> articles;
        PassageEmbedder embedder;
        if (mode.equals("labelled")) {
            LabelledCorpus c = new LabelledCorpus(Path.of(a[2]));
            index = c.index; articles = c.articles; embedder = c.embedder;
            for (LabelledQuestion q : LabelledQuestion.all()) questions.add(q.eval().question());
        } else { // scale: kb dir, target, work dir, questions csv
            SentencePassageSplitter splitter = new SentencePassageSplitter();
            List<Article> real = new KnowledgeLoader().load(Path.of(a[2]));
            int target = Integer.parseInt(a[3]);
            int realPassages = real.stream().mapToInt(x -> splitter.split(x).size()).sum();
            articles = new ArrayList<>(real);
            articles.addAll(new SyntheticCorpus(real, 42).articles(Math.max(0, target - realPassages), splitter));
            embedder = EmbeddingChoice.MINILM.load();
            index = HybridIndex.builder(Path.of(a[4]).resolve("index-" + target)).articles(articles).splitter(splitter)
                    .embedder(embedder).open();
            if (index.syncReport().changedAnything()) throw new IllegalStateException("index changed");
            for (String f : a[5].split(",")) for (EvalQuestion q : EvalQuestion.read(Path.of(f))) questions.add(q.question());
        }
        ExtractivePipeline p = ExtractivePipeline.over(index, index.termStatistics(), new NewsTermAnalyzer(), articles,
                embedder.model());
        Answerer answerer = p.answerer(index);
        PassageReranker reranker = new PassageReranker(new NewsTermAnalyzer(), PassageRankingModel.bundled());
        boolean explain = Boolean.getBoolean("dump.explain");
        long t0 = System.nanoTime();
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out))) {
            for (String q : questions) {
                AnalyzedQuestion aq = p.questions().analyze(q);
                List<SearchHit> pool = index.search(aq.searchQuery(), PassageReranker.POOL);
                float[] qv = embedder.embedQuery(aq.searchQuery());
                w.println("Q\t" + q);
                List<double[]> rows = reranker.featuresOf(aq, pool, qv);
                for (int i = 0; i < pool.size(); i++) {
                    StringBuilder b = new StringBuilder("F\t" + pool.get(i).passage().id());
                    for (double d : rows.get(i)) b.append('\t').append(d);
                    w.println(b);
                }
                List<String> ids = new ArrayList<>();
                for (SearchHit h : p.retriever().retrieve(q).hits()) ids.add(h.passage().id());
                w.println("E\t" + ids);
                w.println("A\t" + GroundedAnswerJson.toJson(answerer.answer(q)));
                if (explain) {
                    // every candidate's probability, checks and feature contributions, as ask --explain shows them
                    w.println("X\t" + p.explainer().explain(q, Integer.MAX_VALUE).replace("\n", "\nX\t"));
                }
            }
        }
        System.err.println(questions.size() + " questions in " + (System.nanoTime() - t0) / 1e9 + " s");
        index.close();
    }
}
