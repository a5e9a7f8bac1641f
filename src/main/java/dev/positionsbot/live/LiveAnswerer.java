package dev.positionsbot.live;

import dev.positionsbot.answer.Answerer;
import dev.positionsbot.answer.Conversation;
import dev.positionsbot.answer.GroundedAnswer;
import dev.positionsbot.answer.SourceInfo;
import dev.positionsbot.corpus.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * An {@link Answerer} whose knowledge can be replaced while it answers. Each question is answered wholly by one
 * snapshot (an index reader and the answerer over it); {@link #swap} installs the next snapshot atomically, and the
 * one it replaces is closed only when the last question still using it has its answer. So answers never fail or mix
 * two states of the knowledge base while the index is being updated, and once {@code swap} returns, no new question
 * sees an article that the new snapshot no longer has.
 */
public final class LiveAnswerer implements Answerer, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LiveAnswerer.class);

    /**
     * One consistent state of the knowledge base: the articles, the answerer over their index, and what must be
     * closed when no question uses it any more (the index reader).
     */
    public static final class Snapshot {
        private final Answerer answerer;
        private final List<Article> articles;
        private final AutoCloseable resources;
        // 1 for being current, +1 per question in flight; closed on reaching 0
        private final AtomicInteger references = new AtomicInteger(1);

        public Snapshot(Answerer answerer, List<Article> articles, AutoCloseable resources) {
            this.answerer = Objects.requireNonNull(answerer, "answerer");
            this.articles = List.copyOf(articles);
            this.resources = resources;
        }

        public List<Article> articles() {
            return articles;
        }

        private boolean acquire() {
            while (true) {
                int n = references.get();
                if (n == 0) {
                    return false;
                }
                if (references.compareAndSet(n, n + 1)) {
                    return true;
                }
            }
        }

        private void release() {
            if (references.decrementAndGet() == 0 && resources != null) {
                try {
                    resources.close();
                } catch (Exception e) {
                    log.warn("closing a replaced index snapshot failed: {}", e.toString());
                }
            }
        }
    }

    private final AtomicReference<Snapshot> current;
    private boolean closed;

    public LiveAnswerer(Snapshot first) {
        this.current = new AtomicReference<>(Objects.requireNonNull(first));
    }

    /** Installs {@code next}; the replaced snapshot closes once its questions in flight are answered. */
    public synchronized void swap(Snapshot next) {
        Objects.requireNonNull(next);
        if (closed) {
            next.release();
            return;
        }
        current.getAndSet(next).release();
    }

    /** The articles of the snapshot answering now. */
    public List<Article> articles() {
        return with(Snapshot::articles);
    }

    @Override
    public GroundedAnswer answer(String question, Conversation conversation) {
        return with(s -> s.answerer.answer(question, conversation));
    }

    @Override
    public List<SourceInfo> sources() {
        return with(s -> s.answerer.sources());
    }

    @Override
    public String coverage() {
        return with(s -> s.answerer.coverage());
    }

    private <T> T with(Function<Snapshot, T> use) {
        Snapshot s = current.get();
        while (!s.acquire()) {
            // lost a race with swap(): the next read sees the new snapshot
            Snapshot next = current.get();
            if (next == s) {
                throw new IllegalStateException("the knowledge base was closed");
            }
            s = next;
        }
        try {
            return use.apply(s);
        } finally {
            s.release();
        }
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            current.get().release();
        }
    }
}
