package dev.positionsbot.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Builds the BM25 query from free text: every analysed term of every field is an optional clause, so no
 * query syntax can fail and a question in plain words works as it is.
 * <p>
 * The clauses are one flat disjunction of boosted term queries, not one disjunction per field inside another: Lucene's
 * MaxScore skips documents by each clause's best possible score, and a per-field disjunction's bound is the sum of
 * all its terms' bounds, so it could skip little. Flat, BM25 took 4.75 instead of 7.03 ms of CPU per search at
 * 100,004 passages (docs/benchmarks-notes.md, "Search and reranking, same results"). The score is the same sum; only
 * its rounding differs (the nested form rounded each field's sum to a float first): up to about 2e-7 of a score, and
 * the top 50 in the same order for all 200 benchmark queries.
 */
final class Bm25QueryBuilder {

    /** Distinct terms kept per field: four fields stay under Lucene's default limit of 1024 clauses per query. */
    static final int MAX_TERMS_PER_FIELD = 200;

    private final Analyzer analyzer;

    Bm25QueryBuilder(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    Query build(String text, FieldWeights w) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int clauses = 0;
        clauses += add(all, IndexFields.BODY, text, w.body());
        clauses += add(all, IndexFields.BODY_FOLDED, text, w.bodyFolded());
        clauses += add(all, IndexFields.TITLE, text, w.title());
        clauses += add(all, IndexFields.TITLE_FOLDED, text, w.titleFolded());
        return clauses == 0 ? new MatchNoDocsQuery("no searchable terms in query") : all.build();
    }

    private int add(BooleanQuery.Builder all, String field, String text, double boost) {
        if (boost <= 0) {
            return 0;
        }
        Set<String> terms = terms(field, text);
        if (terms.isEmpty()) {
            return 0;
        }
        for (String t : terms) {
            all.add(new BoostQuery(new TermQuery(new Term(field, t)), (float) boost), BooleanClause.Occur.SHOULD);
        }
        return terms.size();
    }

    Set<String> terms(String field, String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && terms.size() < MAX_TERMS_PER_FIELD) {
                terms.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
