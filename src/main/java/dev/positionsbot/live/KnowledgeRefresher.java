package dev.positionsbot.live;

import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.CorpusProblem;
import dev.positionsbot.corpus.KnowledgeLoader;
import dev.positionsbot.corpus.LoadedCorpus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Brings a {@link LiveAnswerer} up to date with its knowledge folder: loads the folder (leniently: a file that fails
 * to parse is reported and skipped, the rest is served), and when the articles differ from the ones being served,
 * opens the next snapshot (the index updated incrementally, in the background) and swaps it in. When opening the
 * next snapshot fails, the current one keeps answering and the failure is reported.
 */
public final class KnowledgeRefresher {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeRefresher.class);

    /** Opens an index and answerer over a list of articles. */
    @FunctionalInterface
    public interface SnapshotFactory {
        LiveAnswerer.Snapshot open(List<Article> articles);
    }

    private final Path dir;
    private final LiveAnswerer live;
    private final SnapshotFactory factory;
    private final KnowledgeLoader loader = new KnowledgeLoader();
    private List<Article> served;
    private volatile KnowledgeStatus status;

    public KnowledgeRefresher(Path dir, LiveAnswerer live, SnapshotFactory factory, List<CorpusProblem> problems) {
        this.dir = Objects.requireNonNull(dir);
        this.live = Objects.requireNonNull(live);
        this.factory = Objects.requireNonNull(factory);
        this.served = live.articles();
        this.status = new KnowledgeStatus(served.size(), Instant.now(), problems, "");
    }

    public KnowledgeStatus status() {
        return status;
    }

    /**
     * Loads the folder and, if its articles changed, swaps in a snapshot over them. Never throws; returns false when
     * the folder could not be read or the index not updated (the previous snapshot keeps answering).
     */
    public synchronized boolean refresh() {
        long t0 = System.nanoTime();
        LoadedCorpus corpus;
        try {
            corpus = loader.load(dir, true);
        } catch (RuntimeException e) {
            log.error("cannot read the knowledge folder {} ({}); still answering from the {} articles loaded before",
                    dir, e.getMessage(), served.size());
            status = status.failed(e.getMessage());
            return false;
        }
        for (CorpusProblem p : corpus.problems()) {
            if (status.problems().stream().noneMatch(old -> old.equals(p))) {
                log.warn("knowledge file skipped, the rest is served: {}", p.message());
            }
        }
        for (CorpusProblem old : status.problems()) {
            if (corpus.problems().stream().noneMatch(p -> p.file().equals(old.file()))) {
                log.info("knowledge file {} no longer has a problem", old.file());
            }
        }
        List<Article> articles = corpus.articles();
        if (articles.equals(served)) {
            status = new KnowledgeStatus(served.size(), status.updated(), corpus.problems(), "");
            return true;
        }
        LiveAnswerer.Snapshot next;
        try {
            next = factory.open(articles);
        } catch (RuntimeException e) {
            log.error("cannot update the index with the changed knowledge folder {} ({}); still answering from the {}"
                    + " articles loaded before", dir, e.getMessage(), served.size(), e);
            status = new KnowledgeStatus(served.size(), status.updated(), corpus.problems(),
                    "index update failed: " + e.getMessage());
            return false;
        }
        String change = describeChange(served, articles);
        served = articles;
        // status first: whoever sees the new articles answered also sees the status that describes them
        status = new KnowledgeStatus(articles.size(), Instant.now(), corpus.problems(), "");
        live.swap(next);
        log.info("knowledge base updated in {} ms: {} {} ({})", (System.nanoTime() - t0) / 1_000_000,
                articles.size(), articles.size() == 1 ? "article" : "articles", change);
        if (articles.isEmpty()) {
            log.warn("the knowledge folder {} has no articles now: every question will be refused", dir);
        }
        return true;
    }

    static String describeChange(List<Article> before, List<Article> after) {
        Map<String, Article> old = new LinkedHashMap<>();
        before.forEach(a -> old.put(a.id(), a));
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (Article a : after) {
            Article was = old.remove(a.id());
            if (was == null) {
                added.add(a.id());
            } else if (!was.equals(a)) {
                changed.add(a.id());
            }
        }
        List<String> parts = new ArrayList<>();
        if (!added.isEmpty()) {
            parts.add("added " + shortList(added));
        }
        if (!changed.isEmpty()) {
            parts.add("changed " + shortList(changed));
        }
        if (!old.isEmpty()) {
            parts.add("removed " + shortList(new ArrayList<>(old.keySet())));
        }
        return parts.isEmpty() ? "no change" : String.join("; ", parts);
    }

    private static String shortList(List<String> ids) {
        return ids.size() <= 5 ? String.join(", ", ids)
                : String.join(", ", ids.subList(0, 5)) + " and " + (ids.size() - 5) + " more";
    }
}
