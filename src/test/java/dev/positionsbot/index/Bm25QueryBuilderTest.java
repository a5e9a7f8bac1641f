package dev.positionsbot.index;

import dev.positionsbot.corpus.KnowledgeLoader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * The BM25 query is one flat disjunction of boosted terms so that MaxScore can skip by each term's bound; it must rank
 * as the per-field form it replaced (one disjunction per field, boosted as a whole), with scores equal up to rounding.
 */
class Bm25QueryBuilderTest {

    private static final List<String> QUERIES = List.of(
            "Does Kazakhstan recognise the referendums?", "sanctions and trade with Russia",
            "what did the president say at the United Nations", "territorial integrity of Ukraine",
            "Tokayev Putin St Petersburg forum", "people who crossed the border after mobilisation");

    @TempDir
    Path dir;

    private final Bm25QueryBuilder builder = new Bm25QueryBuilder(IndexFields.analyzer());

    /** The form before: one disjunction per field, boosted as a whole. */
    private Query perField(String text, FieldWeights w) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        String[] fields = {IndexFields.BODY, IndexFields.BODY_FOLDED, IndexFields.TITLE, IndexFields.TITLE_FOLDED};
        double[] boosts = {w.body(), w.bodyFolded(), w.title(), w.titleFolded()};
        for (int f = 0; f < fields.length; f++) {
            if (boosts[f] <= 0) {
                continue;
            }
            BooleanQuery.Builder one = new BooleanQuery.Builder();
            for (String t : builder.terms(fields[f], text)) {
                one.add(new TermQuery(new Term(fields[f], t)), BooleanClause.Occur.SHOULD);
            }
            all.add(new BoostQuery(one.build(), (float) boosts[f]), BooleanClause.Occur.SHOULD);
        }
        return all.build();
    }

    @Test
    void theFlatQueryRanksAsThePerFieldQueryWithScoresEqualUpToRounding() throws Exception {
        PassageEmbedder embedder = new PassageEmbedder(new HashingEmbeddingModel(), "hashing-test", "");
        try (HybridIndex ignored = HybridIndex.builder(dir.resolve("idx"))
                .articles(new KnowledgeLoader().load(Path.of("knowledge"))).splitter(new ParagraphPassageSplitter())
                .embedder(embedder).open()) {
            // built; searched below with Lucene directly
        }
        try (var d = FSDirectory.open(dir.resolve("idx")); var reader = DirectoryReader.open(d)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            for (FieldWeights w : List.of(FieldWeights.DEFAULT, FieldWeights.EXACT_ONLY)) {
                for (String q : QUERIES) {
                    ScoreDoc[] flat = searcher.search(builder.build(q, w), 50).scoreDocs;
                    ScoreDoc[] nested = searcher.search(perField(q, w), 50).scoreDocs;
                    assertFalse(flat.length == 0, q);
                    assertEquals(nested.length, flat.length, q);
                    for (int i = 0; i < flat.length; i++) {
                        assertEquals(nested[i].doc, flat[i].doc, q + " at " + i);
                        assertEquals(nested[i].score, flat[i].score, 1e-6 * nested[i].score, q + " at " + i);
                    }
                }
            }
        }
    }

    @Test
    void aQueryWithNoSearchableTermsMatchesNothing() {
        assertInstanceOf(MatchNoDocsQuery.class, builder.build("... ?!", FieldWeights.DEFAULT));
    }
}
