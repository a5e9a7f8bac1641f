package dev.positionsbot.live;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * Notices articles added, changed, renamed or deleted in a knowledge folder and calls back once per burst of changes.
 * A {@link WatchService} gives the first hint within milliseconds; because it can miss events (overflow, network
 * file systems, editors that replace directories, platforms that poll), a periodic re-scan compares a fingerprint of
 * the folder (name, size and modification time of every article file) as a fallback. Events are debounced: the
 * callback runs after the folder has been quiet for {@code quiet}, or after {@code maxDelay} under a steady stream
 * of writes, so that copying fifty files costs one refresh, not fifty. The callback runs on the watcher's own thread,
 * never twice at once.
 */
public final class KnowledgeWatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeWatcher.class);
    private static final long TICK_MILLIS = 100;

    private final Path dir;
    private final BooleanSupplier onChange;
    private final long quietNanos;
    private final long maxDelayNanos;
    private final long rescanNanos;
    private final Thread thread;
    private WatchService watch;
    private volatile boolean running = true;
    private volatile boolean refreshing;
    private List<String> lastFingerprint;
    private boolean rootLost;

    /**
     * @param dir      the knowledge folder (sub-folders are watched too)
     * @param quiet    how long the folder must be quiet after a change before {@code onChange} runs
     * @param maxDelay the longest a change waits under a steady stream of writes
     * @param rescan   how often the folder is re-scanned in case the watch service missed something
     * @param onChange brings the knowledge base up to date; false when it could not (it is then called again at
     *                 the next re-scan, so that a transient failure such as a locked index does not stick)
     */
    public KnowledgeWatcher(Path dir, Duration quiet, Duration maxDelay, Duration rescan, BooleanSupplier onChange) {
        this.dir = Objects.requireNonNull(dir);
        this.onChange = Objects.requireNonNull(onChange);
        this.quietNanos = quiet.toNanos();
        this.maxDelayNanos = Math.max(maxDelay.toNanos(), quietNanos);
        this.rescanNanos = rescan.toNanos();
        this.lastFingerprint = fingerprint();
        try {
            watch = FileSystems.getDefault().newWatchService();
            registerTree(dir);
        } catch (IOException | UnsupportedOperationException e) {
            log.warn("cannot watch {} for changes ({}); re-scanning it every {} s instead", dir, e.toString(),
                    rescan.toSeconds());
            closeWatch();
        }
        this.thread = new Thread(this::run, "knowledge-watcher");
        thread.setDaemon(true);
    }

    public KnowledgeWatcher start() {
        thread.start();
        return this;
    }

    private void run() {
        long firstChange = -1;
        long lastChange = -1;
        long lastScan = System.nanoTime();
        while (running) {
            boolean changed = false;
            try {
                changed = drainEvents();
            } catch (ClosedWatchServiceException e) {
                if (!running) {
                    return;
                }
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            if (changed) {
                lastChange = now;
                firstChange = firstChange < 0 ? now : firstChange;
            }
            if (firstChange < 0 && now - lastScan >= rescanNanos) {
                lastScan = now;
                rewatchReplacedFolder();
                if (!fingerprint().equals(lastFingerprint)) {
                    log.debug("re-scan found changes in {}", dir);
                    firstChange = lastChange = now - quietNanos;
                }
            }
            if (firstChange >= 0 && (now - lastChange >= quietNanos || now - firstChange >= maxDelayNanos)) {
                firstChange = lastChange = -1;
                lastScan = now;
                List<String> fp = fingerprint();
                if (!fp.equals(lastFingerprint)) {
                    lastFingerprint = fp;
                    fire();
                }
            }
        }
    }

    private void fire() {
        refreshing = true;
        try {
            if (!onChange.getAsBoolean()) {
                lastFingerprint = List.of();
            }
        } catch (RuntimeException e) {
            // the next change or re-scan tries again; the watcher must outlive any one bad refresh
            log.error("refreshing the knowledge base after a change in {} failed: {}", dir, e.toString(), e);
            lastFingerprint = List.of();
        } finally {
            refreshing = false;
        }
    }

    /** Waits up to one tick for events; true when any concern the knowledge folder. */
    private boolean drainEvents() throws InterruptedException {
        if (watch == null) {
            Thread.sleep(TICK_MILLIS);
            return false;
        }
        boolean changed = false;
        WatchKey key = watch.poll(TICK_MILLIS, TimeUnit.MILLISECONDS);
        while (key != null) {
            Path base = (Path) key.watchable();
            for (WatchEvent<?> event : key.pollEvents()) {
                changed = true;
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path p) {
                    Path created = base.resolve(p);
                    if (Files.isDirectory(created)) {
                        try {
                            registerTree(created);
                        } catch (IOException e) {
                            log.warn("cannot watch new folder {} ({}); the periodic re-scan still covers it",
                                    created, e.toString());
                        }
                    }
                }
            }
            if (!key.reset() && base.equals(dir)) {
                // the folder itself was deleted or replaced (e.g. by a deploy): watch the new one when it appears
                rootLost = true;
            }
            key = watch.poll();
        }
        return changed;
    }

    private void rewatchReplacedFolder() {
        if (rootLost && watch != null && Files.isDirectory(dir)) {
            try {
                registerTree(dir);
                rootLost = false;
                log.info("watching the replaced knowledge folder {} again", dir);
            } catch (IOException e) {
                log.debug("cannot watch {} yet: {}", dir, e.toString());
            }
        }
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path d : walk.filter(Files::isDirectory).filter(d -> !isHidden(d)).toList()) {
                d.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
            }
        }
    }

    private boolean isHidden(Path p) {
        Path rel = dir.relativize(p);
        for (Path part : rel) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** Name, size and modification time of every article file, sorted: any change to the folder changes this. */
    List<String> fingerprint() {
        if (!Files.isDirectory(dir)) {
            return List.of("(missing)");
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"))
                    .filter(p -> !isHidden(p))
                    .map(p -> {
                        try {
                            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                            return dir.relativize(p) + "|" + a.size() + "|" + a.lastModifiedTime().toMillis()
                                    + "|" + a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
                        } catch (IOException e) {
                            return dir.relativize(p) + "|gone";
                        }
                    })
                    .sorted()
                    .toList();
        } catch (IOException | RuntimeException e) {
            // a file vanished mid-walk: report "changed" so that the next pass looks again
            return List.of("(unreadable) " + e);
        }
    }

    private void closeWatch() {
        if (watch != null) {
            try {
                watch.close();
            } catch (IOException ignored) {
                // closing
            }
            watch = null;
        }
    }

    @Override
    public void close() {
        running = false;
        if (!refreshing) {
            // never interrupt a refresh: Lucene treats an interrupted write as fatal to its writer
            thread.interrupt();
        }
        try {
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeWatch();
    }
}
