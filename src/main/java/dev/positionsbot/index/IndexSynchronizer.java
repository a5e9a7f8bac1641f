package dev.positionsbot.index;

import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.Passage;
import dev.positionsbot.corpus.PassageSplitter;
import dev.positionsbot.corpus.SentenceUnits;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Brings the index on disk in line with a list of articles: compares each article's content hash with the
 * one stamped in the index and re-indexes only what was added or changed, deletes what was removed.
 */
final class IndexSynchronizer {

    private static final Logger log = LoggerFactory.getLogger(IndexSynchronizer.class);

    private final Directory directory;
    private final Path path;
    private final PassageSplitter splitter;
    private final PassageEmbedder embedder;
    private final ProgressListener progress;
    private final String schema;
    private final VectorStorage storage;
    private final boolean storeSentenceVectors;
    private final int batchPassages;
    private final SentenceUnits units = new SentenceUnits();

    /** The schema stamp's part for stored unit vectors in {@link SentenceVectors}' int8 layout. */
    static final String SENTENCE_VECTORS_STAMP = "sentence-vectors-int8";

    /**
     * Passages embedded and written per batch: a few MiB of vectors, and enough texts per batch to keep both cores of
     * the encoder busy.
     */
    static final int BATCH_PASSAGES = 2048;

    IndexSynchronizer(Directory directory, Path path, PassageSplitter splitter, PassageEmbedder embedder,
                      ProgressListener progress, VectorStorage storage, boolean storeSentenceVectors,
                      int batchPassages) {
        this.directory = directory;
        this.path = path;
        this.splitter = splitter;
        this.embedder = embedder;
        this.progress = progress;
        this.storage = storage;
        this.storeSentenceVectors = storeSentenceVectors;
        this.batchPassages = batchPassages;
        this.schema = String.join("|", NewsAnalyzer.VERSION, IndexFields.LAYOUT,
                splitter.version(), embedder.modelName(), "vectors-" + storage.name().toLowerCase(Locale.ROOT),
                // "-int8": an index whose unit vectors are float32 (stamped "sentence-vectors") is rebuilt once
                storeSentenceVectors ? SENTENCE_VECTORS_STAMP : "no-sentence-vectors");
    }

    /**
     * Sentence vectors are stored only for the model the answer composer measures similarity with (MiniLM, on whose
     * scale its weights were learned); with another model ranking passages they would never be used.
     */
    static boolean canStoreSentenceVectors(PassageEmbedder embedder) {
        return EmbeddingChoice.MINILM.modelName().equals(embedder.modelName());
    }

    /** What is stamped in the index now: article id to content hash, or null if there is no usable index. */
    private Map<String, String> readStamps() {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return null;
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                String stamped = reader.getIndexCommit().getUserData().get(IndexFields.COMMIT_SCHEMA);
                if (!schema.equals(stamped)) {
                    log.info("index {} was built with [{}], now [{}]: rebuilding", path, stamped, schema);
                    return null;
                }
                Map<String, String> stamps = new HashMap<>();
                ArticleStamps.read(reader).forEach((id, stamp) -> stamps.put(id, stamp.hash()));
                return stamps;
            }
        } catch (IOException | RuntimeException e) {
            throw unreadable(e);
        }
    }

    IndexException unreadable(Exception e) {
        return new IndexException("index directory " + path + " is corrupt or unreadable (" + e.getMessage()
                + "); run `index --rebuild` to build it again", e);
    }

    SyncReport sync(List<Article> articles, boolean forceRebuild) {
        long t0 = System.nanoTime();
        Map<String, Article> byId = new LinkedHashMap<>();
        for (Article a : articles) {
            if (byId.put(a.id(), a) != null) {
                throw new IndexException("two articles share the id '" + a.id() + "' (" + a.file() + ")");
            }
        }
        Map<String, String> stamps = forceRebuild ? null : readStamps();
        boolean rebuild = stamps == null;
        Map<String, String> existing = rebuild ? Map.of() : stamps;

        List<String> added = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        Map<String, String> hashes = new HashMap<>();
        for (Article a : byId.values()) {
            String hash = ContentHash.of(a, schema);
            hashes.put(a.id(), hash);
            String old = existing.get(a.id());
            if (old == null) {
                added.add(a.id());
            } else if (!old.equals(hash)) {
                updated.add(a.id());
            } else {
                unchanged.add(a.id());
            }
        }
        List<String> removed = new ArrayList<>(new TreeSet<>(existing.keySet()));
        removed.removeAll(byId.keySet());

        if (!rebuild && added.isEmpty() && updated.isEmpty() && removed.isEmpty()) {
            return new SyncReport(added, updated, removed, unchanged, 0, false, millisSince(t0));
        }

        // Split everything first, so that a splitter error leaves the index as it was, but keep only each article's
        // passage count: every batch splits its articles again when it embeds them. Holding every passage of a large
        // corpus from the start of the build to its batch was the largest part of the build's live heap (at 100,000
        // passages tens of MiB of passage text beside the articles' own; docs/benchmarks-notes.md, "The index
        // build's memory"), and splitting is cheap beside embedding. Then embed and write in batches of about
        // batchPassages passages: holding every vector of a large corpus at once (a passage's and its units',
        // float32) took most of the heap of a 100,000-passage build. The writer does not commit on close, so a
        // failure part-way leaves the last commit as it was.
        List<Article> toIndex = new ArrayList<>();
        for (String id : added) {
            toIndex.add(byId.get(id));
        }
        for (String id : updated) {
            toIndex.add(byId.get(id));
        }
        int[] passageCounts = new int[toIndex.size()];
        int total = 0;
        for (int i = 0; i < toIndex.size(); i++) {
            Article a = toIndex.get(i);
            passageCounts[i] = checkedSplit(a).size();
            total += passageCounts[i];
            progress.onProgress("splitting articles", i + 1, toIndex.size());
        }

        try (IndexWriter writer = openWriter(rebuild)) {
            for (String id : updated) {
                writer.deleteDocuments(new Term(IndexFields.ARTICLE_ID, id));
            }
            for (String id : removed) {
                writer.deleteDocuments(new Term(IndexFields.ARTICLE_ID, id));
            }
            int embedded = 0;
            int done = 0;
            List<Article> batch = new ArrayList<>();
            int batchSize = 0;
            for (int i = 0; i < toIndex.size(); i++) {
                Article a = toIndex.get(i);
                batch.add(a);
                batchSize += passageCounts[i];
                if (batchSize >= batchPassages || i == toIndex.size() - 1) {
                    writeBatch(writer, batch, hashes, embedded, total);
                    embedded += batchSize;
                    done += batch.size();
                    progress.onProgress("writing index", done, toIndex.size());
                    batch.clear();
                    batchSize = 0;
                }
            }
            writer.setLiveCommitData(Map.of(IndexFields.COMMIT_SCHEMA, schema).entrySet());
            writer.commit();
        } catch (LockObtainFailedException e) {
            throw new IndexLockedException("index directory " + path + " is locked by another process ("
                    + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw unreadable(e);
        }
        if (total >= BULK_PASSAGES) {
            // A bulk build leaves the heap grown to its batches' peak and mostly garbage, and the collectors the bot
            // runs with (serial, heap free ratios) give committed heap back only at a full collection, which a
            // process that goes on to answer may not reach for a long time; meanwhile the reader maps the new index
            // beside it (docs/benchmarks-notes.md, "The index build's memory"). One full collection here returns it.
            System.gc();
        }
        return new SyncReport(added, updated, removed, unchanged, total, rebuild, millisSince(t0));
    }

    /** Passages written in one sync from which its garbage is worth a full collection (a few batches' worth). */
    static final int BULK_PASSAGES = 5_000;

    /** The article's passages, checked to be its own. */
    private List<Passage> checkedSplit(Article a) {
        List<Passage> ps = splitter.split(a);
        for (Passage p : ps) {
            if (!Objects.equals(p.articleId(), a.id())) {
                throw new IndexException("splitter returned a passage of '" + p.articleId()
                        + "' for article '" + a.id() + "'");
            }
        }
        return ps;
    }

    /** Splits, embeds one batch of articles' passages (and their units) and adds their documents. */
    private void writeBatch(IndexWriter writer, List<Article> batch, Map<String, String> hashes, int embeddedBefore,
                            int total) throws IOException {
        Map<String, List<Passage>> passages = new LinkedHashMap<>();
        for (Article a : batch) {
            passages.put(a.id(), checkedSplit(a));
        }
        List<String> texts = new ArrayList<>();
        for (Article a : batch) {
            for (Passage p : passages.get(a.id())) {
                texts.add(PassageDocuments.embeddingText(a, p));
            }
        }
        List<float[]> vectors = embedder.embedPassages(texts, embeddedBefore, total, progress);
        List<List<Passage>> batchPassages = batch.stream().map(a -> passages.get(a.id())).toList();
        Map<String, float[]> sentenceVectors = storeSentenceVectors ? embedSentences(batchPassages) : Map.of();
        int v = 0;
        for (Article a : batch) {
            List<Passage> ps = passages.get(a.id());
            List<Document> docs = new ArrayList<>(ps.size() + 1);
            for (Passage p : ps) {
                docs.add(PassageDocuments.passage(a, p, vectors.get(v++),
                        storeSentenceVectors ? sentenceVectorsOf(p, sentenceVectors) : null));
            }
            docs.add(PassageDocuments.articleStamp(a, hashes.get(a.id()), ps.size()));
            writer.addDocuments(docs);
        }
    }

    /** Every distinct candidate-unit text of the passages, embedded once. */
    private Map<String, float[]> embedSentences(Collection<List<Passage>> passages) {
        Set<String> texts = new LinkedHashSet<>();
        for (List<Passage> ps : passages) {
            for (Passage p : ps) {
                texts.addAll(units.texts(p.text()));
            }
        }
        List<String> list = new ArrayList<>(texts);
        List<float[]> vectors = embedder.embedSentences(list, progress);
        Map<String, float[]> out = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            out.put(list.get(i), vectors.get(i));
        }
        return out;
    }

    private byte[] sentenceVectorsOf(Passage p, Map<String, float[]> all) {
        Map<String, float[]> mine = new LinkedHashMap<>();
        for (String t : units.texts(p.text())) {
            mine.put(t, all.get(t));
        }
        return SentenceVectors.encode(p.text(), mine);
    }

    private IndexWriter openWriter(boolean rebuild) throws IOException {
        if (rebuild && !lastCommitReadable()) {
            // CREATE keeps the old commit until the new one is written and then deletes its files; a file already
            // missing makes that delete, and so the whole rebuild, fail. An unreadable commit is worth nothing.
            log.warn("index {} is unreadable; deleting its Lucene files to rebuild", path);
            deleteLuceneFiles();
        }
        try {
            return new IndexWriter(directory, writerConfig(rebuild));
        } catch (LockObtainFailedException e) {
            throw e;
        } catch (IOException e) {
            if (!rebuild) {
                throw e;
            }
            // Even CREATE reads the last commit; a rebuild must also get past a corrupt one.
            log.warn("index {} is unreadable ({}); deleting its Lucene files to rebuild", path, e.toString());
            deleteLuceneFiles();
            return new IndexWriter(directory, writerConfig(true));
        }
    }

    /** True when there is no commit or the last one opens with all of its files present. */
    private boolean lastCommitReadable() {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return true;
            }
            try (DirectoryReader ignored = DirectoryReader.open(directory)) {
                return true;
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private IndexWriterConfig writerConfig(boolean rebuild) {
        return new IndexWriterConfig(IndexFields.analyzer())
                .setCodec(storage.codec())
                .setOpenMode(rebuild ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND)
                .setRAMBufferSizeMB(64)
                .setCommitOnClose(false);
    }

    /** Only files named like Lucene's own, so that a mistyped --index never wipes someone's directory. */
    private void deleteLuceneFiles() throws IOException {
        for (String name : directory.listAll()) {
            if (name.startsWith(IndexFileNames.SEGMENTS) || name.startsWith(IndexFileNames.PENDING_SEGMENTS)
                    || IndexFileNames.CODEC_FILE_PATTERN.matcher(name).matches()) {
                directory.deleteFile(name);
            }
        }
    }

    private static long millisSince(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
