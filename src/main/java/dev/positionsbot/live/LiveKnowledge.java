package dev.positionsbot.live;

import dev.positionsbot.answer.Answerer;
import dev.positionsbot.corpus.CorpusProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The knowledge base kept current while a long-running command (chat, serve, telegram) runs: a watcher on the
 * knowledge folder, a refresher that updates the index in the background, and the answerer that always answers
 * from the last consistent snapshot.
 */
public final class LiveKnowledge implements AutoCloseable {

    /** The folder must be quiet this long after a change before the index is updated. */
    public static final Duration QUIET = Duration.ofMillis(500);
    /** A steady stream of writes delays an update by at most this long. */
    public static final Duration MAX_DELAY = Duration.ofSeconds(5);
    /** The fallback re-scan of the folder, for changes the file system's notifications miss. */
    public static final Duration RESCAN = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(LiveKnowledge.class);

    private final LiveAnswerer answerer;
    private final KnowledgeRefresher refresher;
    private final KnowledgeWatcher watcher;

    public LiveKnowledge(Path dir, LiveAnswerer.Snapshot first, List<CorpusProblem> problems,
                         KnowledgeRefresher.SnapshotFactory factory, Duration quiet, Duration maxDelay,
                         Duration rescan) {
        this.answerer = new LiveAnswerer(first);
        this.refresher = new KnowledgeRefresher(dir, answerer, factory, problems);
        this.watcher = new KnowledgeWatcher(dir, quiet, maxDelay, rescan, refresher::refresh);
    }

    public LiveKnowledge(Path dir, LiveAnswerer.Snapshot first, List<CorpusProblem> problems,
                         KnowledgeRefresher.SnapshotFactory factory) {
        this(dir, first, problems, factory, QUIET, MAX_DELAY, RESCAN);
    }

    public LiveKnowledge start() {
        watcher.start();
        log.info("watching the knowledge folder for added, changed and deleted articles");
        return this;
    }

    /** Answers from the newest consistent snapshot. */
    public Answerer answerer() {
        return answerer;
    }

    public KnowledgeStatus status() {
        return refresher.status();
    }

    /** Loads the folder now, on the calling thread (e.g. right after writing an article into it). */
    public boolean refreshNow() {
        return refresher.refresh();
    }

    @Override
    public void close() {
        watcher.close();
        answerer.close();
    }
}
