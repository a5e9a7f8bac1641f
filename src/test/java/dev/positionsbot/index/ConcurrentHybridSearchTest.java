package dev.positionsbot.index;

import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.KnowledgeLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A hybrid search runs its vector side on a helper thread beside BM25 ({@link SideTasks}): its hits must be what each
 * ranker alone returns, fused, and must not depend on how many callers search at once.
 */
class ConcurrentHybridSearchTest {

    private static final List<String> QUERIES = List.of(
            "Does Kazakhstan recognise the referendums?", "sanctions and trade with Russia",
            "what did the president say at the United Nations", "territorial integrity of Ukraine",
            "mobilization and people crossing the border", "a question about nothing in particular");

    @TempDir
    Path dir;

    private HybridIndex open() {
        List<Article> articles = new KnowledgeLoader().load(Path.of("knowledge"));
        PassageEmbedder embedder = new PassageEmbedder(new HashingEmbeddingModel(), "hashing-test", "");
        return HybridIndex.builder(dir.resolve("idx")).articles(articles).splitter(new ParagraphPassageSplitter())
                .embedder(embedder).open();
    }

    private static String describe(List<SearchHit> hits) {
        StringBuilder b = new StringBuilder();
        for (SearchHit h : hits) {
            b.append(h.passage().id()).append(' ').append(h.score()).append(' ').append(h.bm25()).append(' ')
                    .append(h.vector()).append('\n');
        }
        return b.toString();
    }

    @Test
    void eachHybridHitCarriesTheRankAndScoreItsRankerGivesItAlone() {
        try (HybridIndex index = open()) {
            int n = SearchOptions.defaults().candidates();
            for (String q : QUERIES) {
                Map<String, SearchHit> bm25 = byId(index.search(q, n, SearchMode.BM25));
                Map<String, SearchHit> vector = byId(index.search(q, n, SearchMode.VECTOR));
                List<SearchHit> hybrid = index.search(q, 8, SearchMode.HYBRID);
                assertFalse(hybrid.isEmpty(), q);
                for (SearchHit h : hybrid) {
                    SearchHit b = bm25.get(h.passage().id());
                    SearchHit v = vector.get(h.passage().id());
                    assertEquals(b == null ? null : b.bm25(), h.bm25(), q + ": BM25 side of " + h.passage().id());
                    assertEquals(v == null ? null : v.vector(), h.vector(), q + ": vector side of " + h.passage().id());
                }
            }
        }
    }

    @Test
    void manyCallersAtOnceGetTheHitsOneCallerGets() throws Exception {
        try (HybridIndex index = open()) {
            Map<String, String> alone = new HashMap<>();
            for (String q : QUERIES) {
                alone.put(q, describe(index.search(q, 8, SearchMode.HYBRID)));
            }
            ExecutorService callers = Executors.newFixedThreadPool(4);
            try {
                List<Future<String>> results = new ArrayList<>();
                List<String> asked = new ArrayList<>();
                for (int round = 0; round < 10; round++) {
                    for (String q : QUERIES) {
                        asked.add(q);
                        results.add(callers.submit(() -> describe(index.search(q, 8, SearchMode.HYBRID))));
                    }
                }
                for (int i = 0; i < results.size(); i++) {
                    assertEquals(alone.get(asked.get(i)), results.get(i).get(), asked.get(i));
                }
            } finally {
                callers.shutdownNow();
            }
        }
    }

    private static Map<String, SearchHit> byId(List<SearchHit> hits) {
        Map<String, SearchHit> out = new HashMap<>();
        for (SearchHit h : hits) {
            out.put(h.passage().id(), h);
        }
        return out;
    }
}
