package dev.positionsbot.index;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.Passage;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;

/** Converts passages and article stamps to Lucene documents and back. */
final class PassageDocuments {

    private PassageDocuments() {
    }

    /** A passage's document; {@code sentenceVectors} is {@link SentenceVectors#encode} output, or null for none. */
    static Document passage(Article article, Passage p, float[] vector, byte[] sentenceVectors) {
        Document d = new Document();
        d.add(new StringField(IndexFields.KIND, IndexFields.KIND_PASSAGE, Field.Store.NO));
        d.add(new StringField(IndexFields.ARTICLE_ID, p.articleId(), Field.Store.YES));
        d.add(new StoredField(IndexFields.ORDINAL, p.ordinal()));
        d.add(new StoredField(IndexFields.START, p.start()));
        d.add(new StoredField(IndexFields.END, p.end()));
        d.add(new StoredField(IndexFields.HEADING, p.heading()));
        d.add(new StoredField(IndexFields.TEXT, p.text()));
        String searchable = p.heading().isEmpty() ? p.text() : p.heading() + "\n" + p.text();
        d.add(new TextField(IndexFields.BODY, searchable, Field.Store.NO));
        d.add(new TextField(IndexFields.BODY_FOLDED, searchable, Field.Store.NO));
        d.add(new TextField(IndexFields.TITLE, article.title(), Field.Store.NO));
        d.add(new TextField(IndexFields.TITLE_FOLDED, article.title(), Field.Store.NO));
        d.add(new KnnFloatVectorField(IndexFields.VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
        if (sentenceVectors != null) {
            d.add(new StoredField(IndexFields.SENTENCE_VECTORS, sentenceVectors));
        }
        return d;
    }

    static Document articleStamp(Article article, String hash, int passages) {
        Document d = new Document();
        d.add(new StringField(IndexFields.KIND, IndexFields.KIND_ARTICLE, Field.Store.NO));
        d.add(new StringField(IndexFields.ARTICLE_ID, article.id(), Field.Store.YES));
        d.add(new BinaryDocValuesField(IndexFields.STAMP_ID, new BytesRef(article.id())));
        d.add(new BinaryDocValuesField(IndexFields.STAMP_HASH, new BytesRef(hash)));
        d.add(new NumericDocValuesField(IndexFields.STAMP_PASSAGES, passages));
        return d;
    }

    /** The text the embedding model sees: the title gives an opening paragraph of context it otherwise lacks. */
    static String embeddingText(Article article, Passage p) {
        StringBuilder sb = new StringBuilder();
        if (!article.title().isBlank()) {
            sb.append(article.title()).append('\n');
        }
        if (!p.heading().isBlank()) {
            sb.append(p.heading()).append('\n');
        }
        return sb.append(p.text()).toString();
    }

    /** The stored unit vectors of a passage document, tagged with the model that made them; none in older indexes. */
    static SentenceVectors sentenceVectors(Document d, Passage p, EmbeddingModel model) {
        BytesRef b = d.getBinaryValue(IndexFields.SENTENCE_VECTORS);
        return b == null ? SentenceVectors.NONE
                : SentenceVectors.stored(model, p.text(), b.bytes, b.offset, b.length);
    }

    static Passage toPassage(Document d) {
        return new Passage(d.get(IndexFields.ARTICLE_ID),
                d.getField(IndexFields.ORDINAL).numericValue().intValue(),
                d.getField(IndexFields.START).numericValue().intValue(),
                d.getField(IndexFields.END).numericValue().intValue(),
                d.get(IndexFields.HEADING),
                d.get(IndexFields.TEXT));
    }
}
