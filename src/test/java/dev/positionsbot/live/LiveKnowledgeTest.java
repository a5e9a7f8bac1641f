package dev.positionsbot.live;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import dev.positionsbot.answer.Answerer;
import dev.positionsbot.answer.Citation;
import dev.positionsbot.answer.Conversation;
import dev.positionsbot.answer.GroundedAnswer;
import dev.positionsbot.answer.SourceInfo;
import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.KnowledgeLoader;
import dev.positionsbot.corpus.LoadedCorpus;
import dev.positionsbot.corpus.SentencePassageSplitter;
import dev.positionsbot.index.HybridIndex;
import dev.positionsbot.index.PassageEmbedder;
import dev.positionsbot.index.SearchHit;
import dev.positionsbot.index.SearchMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The live knowledge base with a real Lucene index in a temporary folder: files added, rewritten, renamed, deleted
 * and broken while questions are being answered. The answerer here cites the best BM25 passage, so that the test is
 * about which articles each snapshot can cite, not about the answer model.
 */
class LiveKnowledgeTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path tmp;

    private Path knowledge;
    private final PassageEmbedder embedder = new PassageEmbedder(new TinyHashingModel(), "tiny-hashing", "");
    private final AtomicInteger snapshotsOpened = new AtomicInteger();
    private final List<HybridIndex> opened = new CopyOnWriteArrayList<>();
    private volatile CountDownLatch holdAnswers;
    private volatile CountDownLatch answerStarted;
    private LiveKnowledge live;

    @BeforeEach
    void start() throws Exception {
        knowledge = Files.createDirectories(tmp.resolve("knowledge"));
        write("seed-one", "Seed article about the Caspian", "Kazakhstan ships oil across the Caspian sea.");
        write("seed-two", "Seed article about a border", "Tajikistan and Kyrgyzstan agreed a ceasefire at the border.");
        LoadedCorpus corpus = new KnowledgeLoader().load(knowledge, true);
        live = new LiveKnowledge(knowledge, snapshot(corpus.articles()), corpus.problems(), this::snapshot,
                Duration.ofMillis(200), Duration.ofSeconds(2), Duration.ofSeconds(1)).start();
    }

    @AfterEach
    void stop() {
        live.close();
        for (HybridIndex index : opened) {
            index.close();
        }
    }

    private final AtomicInteger failOpens = new AtomicInteger();

    private LiveAnswerer.Snapshot snapshot(List<Article> articles) {
        if (failOpens.getAndDecrement() > 0) {
            throw new IllegalStateException("index directory is locked by another process (simulated)");
        }
        snapshotsOpened.incrementAndGet();
        HybridIndex index = HybridIndex.builder(tmp.resolve("index")).articles(articles)
                .splitter(new SentencePassageSplitter()).embedder(embedder).open();
        opened.add(index);
        return new LiveAnswerer.Snapshot(new TopHitAnswerer(index), articles, index);
    }

    private Path write(String id, String title, String body) throws Exception {
        return write(knowledge.resolve(id + ".md"), "---\ntitle: \"" + title + "\"\npublished: \"2024-05\"\n---\n\n"
                + body + "\n");
    }

    private static Path write(Path file, String text) throws Exception {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private List<String> cited(String question) {
        GroundedAnswer a = live.answerer().answer(question);
        return a.citations().stream().map(Citation::articleId).toList();
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("not within " + PATIENCE.toSeconds() + " s: " + what);
            }
            Thread.sleep(50);
        }
    }

    @Test
    void a_burst_of_fifty_files_becomes_answerable_in_a_few_refreshes_while_answers_keep_flowing() throws Exception {
        AtomicBoolean asking = new AtomicBoolean(true);
        List<String> failures = new CopyOnWriteArrayList<>();
        AtomicInteger answered = new AtomicInteger();
        Thread asker = new Thread(() -> {
            while (asking.get()) {
                try {
                    GroundedAnswer a = live.answerer().answer("Caspian oil");
                    if (!a.answered()) {
                        failures.add("refused: " + a.refusalReason());
                    }
                    answered.incrementAndGet();
                } catch (RuntimeException e) {
                    failures.add(e.toString());
                }
            }
        });
        asker.start();
        int before = snapshotsOpened.get();
        List<CompletableFuture<Void>> writes = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int n = i;
            writes.add(CompletableFuture.runAsync(() -> {
                try {
                    write("burst-" + n, "Burst article " + n, "The delegation visited token" + n + "x in spring.");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).join();
        await("all 50 new articles answerable", () -> {
            for (int i = 0; i < 50; i++) {
                if (!cited("token" + i + "x").equals(List.of("burst-" + i))) {
                    return false;
                }
            }
            return true;
        });
        asking.set(false);
        asker.join();
        assertEquals(List.of(), failures, "answers must not fail or change while the index is updated");
        assertTrue(answered.get() > 0);
        int refreshes = snapshotsOpened.get() - before;
        assertTrue(refreshes >= 1 && refreshes <= 5, "50 files should cost a few debounced refreshes, not "
                + refreshes);
        assertEquals(52, live.answerer().sources().size());
    }

    @Test
    void a_file_rewritten_in_place_is_answered_from_its_new_text_only() throws Exception {
        write("changing", "An article that changes", "The first version mentions walnutgrove.");
        await("first version answerable", () -> cited("walnutgrove").equals(List.of("changing")));
        write("changing", "An article that changes", "The second version mentions pistachiofield.");
        await("second version answerable", () -> cited("pistachiofield").equals(List.of("changing")));
        assertEquals(List.of(), cited("walnutgrove"), "the old text must no longer be found");
    }

    @Test
    void a_renamed_file_is_cited_under_its_new_name_only() throws Exception {
        write("old-name", "Renamed article", "Apricot harvest figures were published in Fergana.");
        await("added", () -> cited("apricot Fergana").equals(List.of("old-name")));
        Files.move(knowledge.resolve("old-name.md"), knowledge.resolve("new-name.md"));
        await("renamed", () -> cited("apricot Fergana").equals(List.of("new-name")));
        assertFalse(live.answerer().sources().stream().map(SourceInfo::id).toList().contains("old-name"));
    }

    @Test
    void a_file_deleted_while_a_question_is_answered_lets_that_answer_finish_and_is_never_cited_again()
            throws Exception {
        Path doomed = write("doomed", "Doomed article", "The Samarkand melon festival drew record crowds.");
        await("added", () -> cited("Samarkand melon").equals(List.of("doomed")));
        int articlesBefore = live.answerer().sources().size();

        holdAnswers = new CountDownLatch(1);
        answerStarted = new CountDownLatch(1);
        CompletableFuture<GroundedAnswer> inFlight =
                CompletableFuture.supplyAsync(() -> live.answerer().answer("Samarkand melon"));
        assertTrue(answerStarted.await(10, TimeUnit.SECONDS));
        Files.delete(doomed);
        await("deletion picked up", () -> live.answerer().sources().size() == articlesBefore - 1);
        holdAnswers.countDown();
        holdAnswers = null;
        GroundedAnswer a = inFlight.get(10, TimeUnit.SECONDS);
        assertTrue(a.answered(), "the answer in flight completes from its own snapshot: " + a);

        assertEquals(List.of(), cited("Samarkand melon"));
        assertFalse(live.answerer().sources().stream().map(SourceInfo::id).toList().contains("doomed"));
        assertTrue(opened.get(opened.size() - 2).articles().stream().anyMatch(x -> x.id().equals("doomed")));
    }

    @Test
    void a_broken_file_is_reported_and_skipped_and_answered_once_fixed() throws Exception {
        Path broken = write(knowledge.resolve("broken.md"), "no front matter here\nThe Pamir highway reopened.\n");
        await("problem reported", () -> !live.status().problems().isEmpty());
        assertTrue(live.status().describe().stream().anyMatch(l -> l.startsWith("skipped file: ")
                && l.contains("broken.md")), live.status().describe().toString());
        assertEquals(List.of("seed-one"), cited("Caspian oil"), "the rest stays served");
        assertEquals(List.of(), cited("Pamir highway"));

        write(broken, "---\ntitle: Fixed now\n---\n\nThe Pamir highway reopened.\n");
        await("fixed file answerable", () -> cited("Pamir highway").equals(List.of("broken")));
        assertTrue(live.status().problems().isEmpty());
        assertEquals(3, live.answerer().sources().size());
    }

    @Test
    void a_failed_index_update_keeps_the_old_snapshot_answering_and_is_retried_without_another_change()
            throws Exception {
        failOpens.set(1);
        write("late", "Late article", "The Kokand silk fair opened with 40 stalls.");
        await("failure reported", () -> live.status().error().contains("locked by another process"));
        assertEquals(List.of("seed-one"), cited("Caspian oil"), "the previous snapshot keeps answering");
        assertEquals(List.of(), cited("Kokand silk"));
        await("retried at the next re-scan", () -> cited("Kokand silk").equals(List.of("late")));
        assertEquals("", live.status().error());
    }

    @Test
    void a_knowledge_folder_replaced_as_a_whole_is_followed() throws Exception {
        try (var files = Files.list(knowledge)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(knowledge);
        Files.createDirectories(knowledge);
        write("replacement", "Replacement article", "The Naryn dam project was approved by parliament.");
        await("the new folder's article answerable", () -> cited("Naryn dam").equals(List.of("replacement")));
        assertEquals(List.of(), cited("Caspian oil"));
        write("later", "Later article", "Cotton exports from Khatlon rose sharply.");
        await("a later change in the new folder", () -> cited("Khatlon cotton").equals(List.of("later")));
    }

    /** Cites the best BM25 passage, or refuses; can be held mid-answer to test swaps under a question in flight. */
    private final class TopHitAnswerer implements Answerer {
        private final HybridIndex index;

        TopHitAnswerer(HybridIndex index) {
            this.index = index;
        }

        @Override
        public GroundedAnswer answer(String question, Conversation conversation) {
            CountDownLatch hold = holdAnswers;
            if (hold != null) {
                answerStarted.countDown();
                try {
                    hold.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            List<SearchHit> hits = index.search(question, 1, SearchMode.BM25);
            if (hits.isEmpty()) {
                return new GroundedAnswer(question, question, GroundedAnswer.Status.REFUSED, "Not in the articles.",
                        List.of(), "no passage matched", "test", List.of(), 0);
            }
            Article a = hits.get(0).article();
            Citation c = new Citation(1, a.id(), a.title(), a.outlet(), a.author(), a.published(), a.url(), a.file(),
                    hits.get(0).passage().text());
            return new GroundedAnswer(question, question, GroundedAnswer.Status.ANSWERED, c.quote() + " [1]",
                    List.of(c), "", "test", List.of(), 0);
        }

        @Override
        public List<SourceInfo> sources() {
            return index.articles().stream().map(a -> new SourceInfo(a.id(), a.title(), a.outlet(), a.author(),
                    a.published(), a.url(), a.language(), index.passageCount(a.id()))).toList();
        }

        @Override
        public String coverage() {
            return index.articles().size() + " articles";
        }
    }

    /** Bag of hashed words: cheap, deterministic vectors for a test about index bookkeeping. */
    private static final class TinyHashingModel implements EmbeddingModel {
        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            List<Embedding> out = new ArrayList<>();
            for (TextSegment s : segments) {
                float[] v = new float[16];
                for (String w : s.text().toLowerCase(Locale.ROOT).split("\\W+")) {
                    v[Math.floorMod(w.hashCode(), 16)] += 1;
                }
                double norm = 0;
                for (float x : v) {
                    norm += x * x;
                }
                if (norm == 0) {
                    v[0] = 1;
                    norm = 1;
                }
                for (int i = 0; i < v.length; i++) {
                    v[i] = (float) (v[i] / Math.sqrt(norm));
                }
                out.add(Embedding.from(v));
            }
            return Response.from(out);
        }

        @Override
        public int dimension() {
            return 16;
        }
    }
}
