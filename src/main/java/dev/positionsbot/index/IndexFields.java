package dev.positionsbot.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

import java.util.Map;

/** Names of the Lucene fields and the analyzer for each; the one place that knows the document layout. */
final class IndexFields {

    /** Bumped when the document layout changes; part of the schema stamp stored with each commit. */
    static final String LAYOUT = "layout-4";

    static final String KIND = "kind";
    static final String KIND_PASSAGE = "passage";
    static final String KIND_ARTICLE = "article";

    static final String ARTICLE_ID = "article_id";
    static final String ORDINAL = "ordinal";
    static final String START = "start";
    static final String END = "end";
    static final String HEADING = "heading";
    static final String TEXT = "text";

    static final String BODY = "body";
    static final String BODY_FOLDED = "body_folded";
    static final String TITLE = "title";
    static final String TITLE_FOLDED = "title_folded";
    static final String VECTOR = "vector";
    /** The passage's candidate-unit vectors ({@link SentenceVectors}), stored only. */
    static final String SENTENCE_VECTORS = "sentence_vectors";

    /** An article stamp's id, content hash and passage count, as doc values ({@link ArticleStamps}). */
    static final String STAMP_ID = "stamp_id";
    static final String STAMP_HASH = "stamp_hash";
    static final String STAMP_PASSAGES = "stamp_passages";

    static final String COMMIT_SCHEMA = "schema";

    private IndexFields() {
    }

    static Analyzer analyzer() {
        Analyzer exact = new NewsAnalyzer(NewsAnalyzer.Variant.EXACT);
        Analyzer folded = new NewsAnalyzer(NewsAnalyzer.Variant.FOLDED);
        return new PerFieldAnalyzerWrapper(exact, Map.of(BODY_FOLDED, folded, TITLE_FOLDED, folded));
    }
}
