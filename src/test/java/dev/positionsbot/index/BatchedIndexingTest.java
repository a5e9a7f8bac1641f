package dev.positionsbot.index;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.Passage;
import dev.positionsbot.corpus.PassageSplitter;
import dev.positionsbot.corpus.SentencePassageSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Indexing embeds and writes in bounded batches: the index is the one a single batch builds, progress still counts
 * every passage, a failure in a later batch leaves the last commit untouched, and a batch's passages are split when
 * the batch is embedded (the build holds one batch's passages, not the corpus's). The hashing stand-in model under
 * MiniLM's name (so unit vectors are stored too) and real Lucene.
 */
class BatchedIndexingTest {

    @TempDir
    Path dir;

    /** Fails every embedding call from the {@code failFrom}-th on (1-based); counts the calls. */
    private static final class FailingModel implements EmbeddingModel {
        final AtomicInteger calls = new AtomicInteger();
        volatile int failFrom = Integer.MAX_VALUE;
        private final EmbeddingModel delegate = new HashingEmbeddingModel();

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            if (calls.incrementAndGet() >= failFrom) {
                throw new IllegalStateException("invented embedding failure");
            }
            return delegate.embedAll(segments);
        }

        @Override
        public int dimension() {
            return delegate.dimension();
        }
    }

    private final FailingModel model = new FailingModel();
    private final PassageEmbedder embedder = new PassageEmbedder(model, EmbeddingChoice.MINILM.modelName(), "");

    private static Article article(String id, String title, String body) {
        return new Article(id, id + ".md", title, "Invented Wire", "", "2024-05-01", "https://example.org/" + id, "en",
                "", body);
    }

    private static List<Article> corpus() {
        List<Article> out = new ArrayList<>();
        String[] topics = {"grain exports by rail", "a water-sharing agreement", "a new border crossing",
                "payments between banks", "a gas pipeline repair", "a vote at the assembly"};
        for (int i = 0; i < topics.length; i++) {
            out.add(article("a" + i, "Report on " + topics[i], "Officials discussed " + topics[i]
                    + " at a meeting on Monday. They said that talks would continue next month.\n\n"
                    + "A spokesman added that the ministry expects a decision on " + topics[i] + " soon."));
        }
        return out;
    }

    private HybridIndex open(Path path, List<Article> articles, int batch) {
        return HybridIndex.builder(path).articles(articles).splitter(new SentencePassageSplitter()).embedder(embedder)
                .batchPassages(batch).open();
    }

    private static List<String> describe(HybridIndex index, String query) {
        return index.search(query, 100, SearchMode.HYBRID).stream()
                .map(h -> h.passage().id() + " " + h.score() + " " + h.sentenceVectors().byText().keySet())
                .toList();
    }

    @Test
    void an_index_built_in_small_batches_is_the_one_built_in_one_batch() {
        List<String> queries = List.of("grain exports by rail", "what did the spokesman add about the pipeline",
                "talks next month");
        List<List<String>> whole = new ArrayList<>();
        int oneBatchCalls;
        try (HybridIndex index = open(dir.resolve("one"), corpus(), 1_000_000)) {
            oneBatchCalls = model.calls.get();
            queries.forEach(q -> whole.add(describe(index, q)));
        }
        model.calls.set(0);
        List<String> phases = new ArrayList<>();
        try (HybridIndex index = HybridIndex.builder(dir.resolve("small")).articles(corpus())
                .splitter(new SentencePassageSplitter()).embedder(embedder).batchPassages(3)
                .progress((phase, done, total) -> phases.add(phase + " " + done + "/" + total)).open()) {
            assertTrue(model.calls.get() > oneBatchCalls + 2, "small batches should mean more embedding calls: "
                    + model.calls.get() + " against " + oneBatchCalls);
            int passages = index.passageTotal();
            assertTrue(passages >= 12, "passages: " + passages);
            assertEquals(passages, index.syncReport().passagesEmbedded());
            assertTrue(phases.contains("embedding passages " + passages + "/" + passages), phases.toString());
            assertTrue(phases.contains("writing index 6/6"), phases.toString());
            for (int i = 0; i < queries.size(); i++) {
                assertEquals(whole.get(i), describe(index, queries.get(i)), queries.get(i));
            }
            assertTrue(whole.get(0).stream().anyMatch(s -> !s.endsWith("[]")), "units should be stored");
        }
    }

    @Test
    void a_failure_in_a_later_batch_leaves_the_last_commit_as_it_was() {
        Path path = dir.resolve("idx");
        List<Article> first = corpus().subList(0, 3);
        List<String> before;
        try (HybridIndex index = open(path, first, 2)) {
            before = describe(index, "talks next month");
        }
        model.calls.set(0);
        model.failFrom = 4; // the first batch of the new articles embeds (passages, units), the next one fails
        assertThrows(RuntimeException.class, () -> open(path, corpus(), 2).close());
        assertTrue(model.calls.get() >= 4, "the failure should come after a batch was written");
        model.failFrom = Integer.MAX_VALUE;
        model.calls.set(0);
        try (HybridIndex index = open(path, first, 2)) {
            assertFalse(index.syncReport().changedAnything(), "nothing of the failed sync may be committed: "
                    + index.syncReport());
            assertEquals(0, model.calls.get());
            assertEquals(before, describe(index, "talks next month"));
        }
    }

    @Test
    void each_batch_splits_its_own_articles_when_it_embeds_them_so_the_build_never_holds_every_passage() {
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        PassageSplitter sentences = new SentencePassageSplitter();
        PassageSplitter recording = new PassageSplitter() {
            @Override
            public List<Passage> split(Article article) {
                events.add("split " + article.id());
                return sentences.split(article);
            }

            @Override
            public String version() {
                return sentences.version();
            }
        };
        EmbeddingModel recordingModel = new EmbeddingModel() {
            @Override
            public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
                events.add("embed");
                return model.embedAll(segments);
            }

            @Override
            public int dimension() {
                return model.dimension();
            }
        };
        List<String> whole;
        try (HybridIndex index = open(dir.resolve("one"), corpus(), 1_000_000)) {
            whole = describe(index, "talks next month");
        }
        events.clear();
        try (HybridIndex index = HybridIndex.builder(dir.resolve("small")).articles(corpus()).splitter(recording)
                .embedder(new PassageEmbedder(recordingModel, EmbeddingChoice.MINILM.modelName(), ""))
                .batchPassages(3).open()) {
            assertEquals(whole, describe(index, "talks next month"));
        }
        List<String> ids = corpus().stream().map(Article::id).toList();
        // all articles are split once up front (a splitter error still changes nothing), then each again in its batch
        assertEquals(ids.stream().map(id -> "split " + id).toList(), events.subList(0, ids.size()), events.toString());
        int lastSplit = events.lastIndexOf("split " + ids.get(ids.size() - 1));
        assertTrue(events.indexOf("embed") < lastSplit, "the last article should be split again only after the "
                + "first batch was embedded: " + events);
        for (String id : ids) {
            assertEquals(2, Collections.frequency(events, "split " + id), id + ": " + events);
        }
    }
}
