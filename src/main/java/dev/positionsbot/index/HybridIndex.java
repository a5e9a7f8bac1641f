package dev.positionsbot.index;

import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.Passage;
import dev.positionsbot.corpus.PassageSplitter;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Lucene index of the knowledge base: BM25 over analysed passage text, KNN over passage embeddings, and
 * the two rankings fused. Opening it brings the index on disk up to date with the given articles (see
 * {@link #syncReport()}); it then serves searches until closed. Thread-safe for searching.
 */
public final class HybridIndex implements PassageSearch, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(HybridIndex.class);

    private final Path path;
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final PassageEmbedder embedder;
    private final Bm25QueryBuilder bm25Queries;
    private final SearchOptions defaults;
    private final List<Article> articles;
    private final Map<String, Article> articlesById;
    private final Map<String, Integer> passageCounts;
    private final SyncReport syncReport;
    /** Runs a hybrid search's embedding and vector search beside its BM25 search. */
    private final SideTasks vectorSide = SideTasks.forThisMachine("vector-search");

    private HybridIndex(Builder b) {
        this.path = b.path;
        this.embedder = Objects.requireNonNull(b.embedder, "embedder");
        this.defaults = b.options;
        this.articles = List.copyOf(Objects.requireNonNull(b.articles, "articles"));
        this.articlesById = new LinkedHashMap<>();
        for (Article a : articles) {
            articlesById.put(a.id(), a);
        }
        try {
            Files.createDirectories(path);
        } catch (IOException e) {
            throw new IndexException("cannot create index directory " + path + ": " + e, e);
        }
        try {
            this.directory = FSDirectory.open(path);
        } catch (IOException e) {
            throw new IndexException("cannot open index directory " + path + ": " + e, e);
        }
        IndexSynchronizer sync = new IndexSynchronizer(directory, path,
                Objects.requireNonNull(b.splitter, "splitter"), embedder, b.progress, b.storage,
                b.sentenceVectors && IndexSynchronizer.canStoreSentenceVectors(embedder), b.batchPassages);
        SyncReport report;
        DirectoryReader opened;
        try {
            report = sync.sync(articles, b.rebuild);
            opened = DirectoryReader.open(directory);
        } catch (IOException | IndexException e) {
            if (b.rebuild || e instanceof IndexLockedException) {
                closeQuietly();
                throw e instanceof IOException io ? sync.unreadable(io) : (IndexException) e;
            }
            // The index is a cache of the knowledge folder: a damaged one is rebuilt, not a reason to stay down.
            log.warn("index {} cannot be opened ({}); rebuilding it from the knowledge folder", path,
                    e.getMessage());
            try {
                report = sync.sync(articles, true);
                opened = DirectoryReader.open(directory);
            } catch (IOException e2) {
                closeQuietly();
                throw sync.unreadable(e2);
            } catch (RuntimeException e2) {
                closeQuietly();
                throw e2;
            }
        } catch (RuntimeException e) {
            closeQuietly();
            throw e;
        }
        this.syncReport = report;
        this.reader = opened;
        this.searcher = new IndexSearcher(reader);
        this.bm25Queries = new Bm25QueryBuilder(IndexFields.analyzer());
        this.passageCounts = readPassageCounts();
    }

    private void closeQuietly() {
        try {
            directory.close();
        } catch (IOException ignored) {
            // already failing with a better message
        }
    }

    public static Builder builder(Path indexDir) {
        return new Builder(indexDir);
    }

    /** What opening the index changed on disk. */
    public SyncReport syncReport() {
        return syncReport;
    }

    public Path path() {
        return path;
    }

    public PassageEmbedder embedder() {
        return embedder;
    }

    @Override
    public java.util.Optional<PassageEmbedder> queryEmbedder() {
        return java.util.Optional.of(embedder);
    }

    /**
     * Embeds the texts on the vector-search helper while the caller goes on (the composer's question vector, which
     * the caller would otherwise embed after its searches); without a helper, here and now.
     */
    @Override
    public void embedAhead(List<String> queries) {
        for (String q : queries) {
            if (q != null && !q.isBlank()) {
                embedder.ahead(q).ifPresent(task -> {
                    if (!vectorSide.offer(task)) {
                        task.run();
                    }
                });
            }
        }
    }

    /**
     * How many passages contain an exact (unfolded) term, for weighing a question's terms by rarity. Exact rather
     * than folded: phonetic folding makes short words collide ("died" with "did").
     */
    public TermStatistics termStatistics() {
        int total = passageTotal();
        return new TermStatistics() {
            @Override
            public int passageCount() {
                return total;
            }

            @Override
            public int passageFrequency(String analyzedTerm) {
                try {
                    return reader.docFreq(new Term(IndexFields.BODY, analyzedTerm));
                } catch (IOException e) {
                    throw new IndexException("cannot read term statistics from index " + path + ": " + e, e);
                }
            }
        };
    }

    /** Passages in the index. */
    public int passageTotal() {
        return passageCounts.values().stream().mapToInt(Integer::intValue).sum();
    }

    @Override
    public List<SearchHit> search(String query, int k, SearchMode mode) {
        return search(query, k, mode, defaults);
    }

    /** As {@link #search(String, int, SearchMode)}, with explicit fusion and BM25 weights (benchmarks). */
    public List<SearchHit> search(String query, int k, SearchMode mode, SearchOptions options) {
        if (k <= 0 || query == null || query.isBlank()) {
            return List.of();
        }
        int n = Math.max(k, options.candidates());
        // The bundled embedding models read English only: a query in another script gets arbitrary neighbours,
        // which would outvote BM25 (whose analysis transliterates names) in the fusion.
        if (mode == SearchMode.HYBRID && mostlyNonLatin(query)) {
            mode = SearchMode.BM25;
        }
        try {
            List<RankedDoc> bm25;
            List<RankedDoc> vector;
            if (mode == SearchMode.HYBRID) {
                // the query embedding and the graph walk on a second core while this one scores BM25: the two
                // sides share nothing, and together they were the whole of a search's time
                SideTasks.Pending<List<RankedDoc>> vectorPart = vectorSide.start(() -> vector(query, n));
                try {
                    bm25 = bm25(query, n, options.weights());
                } catch (IOException | RuntimeException e) {
                    vectorPart.cancel();
                    throw e;
                }
                vector = vectorPart.join();
            } else {
                bm25 = mode == SearchMode.VECTOR ? List.of() : bm25(query, n, options.weights());
                vector = mode == SearchMode.BM25 ? List.of() : vector(query, n);
            }
            List<FusedDoc> fused = switch (mode) {
                case BM25 -> single(bm25, true);
                case VECTOR -> single(vector, false);
                case HYBRID -> options.fusion().fuse(bm25, vector);
            };
            return toHits(fused, k);
        } catch (IOException e) {
            throw new IndexException("search failed in index " + path + ": " + e.getMessage(), e);
        }
    }

    static boolean mostlyNonLatin(String query) {
        int letters = 0;
        int latin = 0;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                    latin++;
                }
            }
        }
        return letters > 0 && latin * 2 < letters;
    }

    private List<RankedDoc> bm25(String query, int n, FieldWeights weights) throws IOException {
        // IndexSearcher.search(query, n) already lets MaxScore skip blocks that cannot reach the top n once 1,000
        // matches are counted; a threshold of n instead made no measurable difference at 100,004 passages (7.05 and
        // 7.03 ms of CPU per search, the same hits), so the plain call stays
        ScoreDoc[] docs = searcher.search(bm25Queries.build(query, weights), n).scoreDocs;
        List<RankedDoc> out = new ArrayList<>(docs.length);
        for (ScoreDoc sd : docs) {
            out.add(new RankedDoc(sd.doc, sd.score));
        }
        return out;
    }

    private List<RankedDoc> vector(String query, int n) throws IOException {
        float[] q = embedder.embedQuery(query);
        ScoreDoc[] docs = searcher.search(new KnnFloatVectorQuery(IndexFields.VECTOR, q, n), n).scoreDocs;
        List<RankedDoc> out = new ArrayList<>(docs.length);
        for (ScoreDoc sd : docs) {
            // Lucene scores DOT_PRODUCT as (1 + cos) / 2; report the cosine, which people know how to read
            out.add(new RankedDoc(sd.doc, 2.0 * sd.score - 1.0));
        }
        return out;
    }

    private static List<FusedDoc> single(List<RankedDoc> ranked, boolean isBm25) {
        List<FusedDoc> out = new ArrayList<>(ranked.size());
        for (int i = 0; i < ranked.size(); i++) {
            RankedDoc d = ranked.get(i);
            out.add(isBm25
                    ? new FusedDoc(d.doc(), d.score(), i + 1, d.score(), 0, Double.NaN)
                    : new FusedDoc(d.doc(), d.score(), 0, Double.NaN, i + 1, d.score()));
        }
        return out;
    }

    private List<SearchHit> toHits(List<FusedDoc> fused, int k) throws IOException {
        StoredFields stored = reader.storedFields();
        List<SearchHit> hits = new ArrayList<>(Math.min(k, fused.size()));
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (FusedDoc f : fused) {
            if (hits.size() == k) {
                break;
            }
            Document d = stored.document(f.doc());
            Passage p = PassageDocuments.toPassage(d);
            Article a = articlesById.get(p.articleId());
            // a repeated paragraph (e.g. a photo caption printed twice) would only crowd out other evidence
            if (a == null || !seen.add(p.articleId() + '\u0000' + p.text())) {
                continue;
            }
            hits.add(new SearchHit(a, p, f.score(),
                    f.bm25Rank() > 0 ? new SearchHit.Ranking(f.bm25Rank(), f.bm25Score()) : null,
                    f.vectorRank() > 0 ? new SearchHit.Ranking(f.vectorRank(), f.vectorScore()) : null,
                    PassageDocuments.sentenceVectors(d, p, embedder.model())));
        }
        return hits;
    }

    private Map<String, Integer> readPassageCounts() {
        try {
            Map<String, Integer> counts = new HashMap<>();
            ArticleStamps.read(reader).forEach((id, stamp) -> counts.put(id, stamp.passages()));
            return counts;
        } catch (IOException e) {
            throw new IndexException("index directory " + path + " is unreadable: " + e.getMessage(), e);
        }
    }

    @Override
    public List<Article> articles() {
        return articles;
    }

    @Override
    public int passageCount(String articleId) {
        return passageCounts.getOrDefault(articleId, 0);
    }

    @Override
    public void close() {
        vectorSide.close();
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new IndexException("cannot close index " + path + ": " + e.getMessage(), e);
        }
    }

    /** Collects what an index needs; {@link #open()} synchronises the directory and returns the open index. */
    public static final class Builder {
        private final Path path;
        private List<Article> articles;
        private PassageSplitter splitter;
        private PassageEmbedder embedder;
        private ProgressListener progress = ProgressListener.NONE;
        private SearchOptions options = SearchOptions.defaults();
        private boolean rebuild;
        private VectorStorage storage = VectorStorage.defaultStorage();
        private boolean sentenceVectors = true;
        private int batchPassages = IndexSynchronizer.BATCH_PASSAGES;

        private Builder(Path path) {
            this.path = Objects.requireNonNull(path, "index directory");
        }

        public Builder articles(List<Article> articles) {
            this.articles = articles;
            return this;
        }

        public Builder splitter(PassageSplitter splitter) {
            this.splitter = splitter;
            return this;
        }

        public Builder embedder(PassageEmbedder embedder) {
            this.embedder = embedder;
            return this;
        }

        public Builder progress(ProgressListener progress) {
            this.progress = Objects.requireNonNull(progress);
            return this;
        }

        public Builder options(SearchOptions options) {
            this.options = Objects.requireNonNull(options);
            return this;
        }

        /** Throw the index away and build it from scratch (also repairs a corrupt index directory). */
        public Builder rebuild(boolean rebuild) {
            this.rebuild = rebuild;
            return this;
        }

        /** How passage vectors are stored (default int8-quantized); float32 for comparisons. */
        public Builder vectorStorage(VectorStorage storage) {
            this.storage = Objects.requireNonNull(storage);
            return this;
        }

        /**
         * Whether to store each passage's candidate-unit vectors (default yes); without them the answer composer
         * embeds the units per question. Part of the schema stamp, so switching rebuilds.
         */
        public Builder sentenceVectors(boolean store) {
            this.sentenceVectors = store;
            return this;
        }

        /** Passages embedded and written per batch while indexing (tests use small batches). */
        Builder batchPassages(int passages) {
            if (passages < 1) {
                throw new IllegalArgumentException("batch of " + passages + " passages");
            }
            this.batchPassages = passages;
            return this;
        }

        public HybridIndex open() {
            return new HybridIndex(this);
        }
    }
}
