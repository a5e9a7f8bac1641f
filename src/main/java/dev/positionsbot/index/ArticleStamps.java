package dev.positionsbot.index;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads every article's stamp (content hash and passage count) from doc values. Stored fields would do, but a stamp
 * document sits between its article's passages, so reading 20,000 stamps decompressed nearly every block of the
 * stored passages (texts and unit vectors): about 100 MiB of index pages mapped in and half a second at 100,000
 * passages (measured), on every open, for a few bytes per article. The doc-values columns hold only the stamps.
 */
final class ArticleStamps {

    /** One article's stamp. */
    record Stamp(String hash, int passages) {
    }

    private ArticleStamps() {
    }

    /** Article id to its stamp, for the live (not deleted) stamp documents. */
    static Map<String, Stamp> read(IndexReader reader) throws IOException {
        Map<String, Stamp> out = new HashMap<>();
        for (LeafReaderContext ctx : reader.leaves()) {
            LeafReader leaf = ctx.reader();
            BinaryDocValues ids = leaf.getBinaryDocValues(IndexFields.STAMP_ID);
            BinaryDocValues hashes = leaf.getBinaryDocValues(IndexFields.STAMP_HASH);
            NumericDocValues passages = leaf.getNumericDocValues(IndexFields.STAMP_PASSAGES);
            if (ids == null || hashes == null || passages == null) {
                continue;
            }
            Bits live = leaf.getLiveDocs();
            for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                if (!hashes.advanceExact(doc) || !passages.advanceExact(doc)) {
                    throw new IOException("article stamp " + ids.binaryValue().utf8ToString()
                            + " lacks its hash or passage count");
                }
                out.put(ids.binaryValue().utf8ToString(), new Stamp(
                        new String(hashes.binaryValue().bytes, hashes.binaryValue().offset,
                                hashes.binaryValue().length, StandardCharsets.UTF_8),
                        (int) passages.longValue()));
            }
        }
        return out;
    }
}
