package dev.positionsbot.index;

import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;

/**
 * How passage vectors are stored in the HNSW graph. Part of the index's schema stamp, so switching rebuilds.
 *
 * <p>INT8 is Lucene's scalar quantization (one byte per dimension, 7 significant bits, per-segment quantiles):
 * the graph is searched on the bytes, a quarter of the floats' size, which the reader memory-maps instead of the
 * floats. The floats stay on disk beside them because Lucene re-quantizes when it merges segments.
 */
public enum VectorStorage {

    /** Scalar-quantized to one byte per dimension; the default. */
    INT8,

    /** Full 32-bit floats, as before; kept for comparisons (benchmarks). */
    FLOAT32;

    public static VectorStorage defaultStorage() {
        return INT8;
    }

    /** Lucene's default codec, with this storage for the passage-vector field. */
    Codec codec() {
        KnnVectorsFormat format = this == INT8
                ? new Lucene99HnswScalarQuantizedVectorsFormat()
                : new Lucene99HnswVectorsFormat();
        return new Lucene912Codec() {
            @Override
            public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                return IndexFields.VECTOR.equals(field) ? format : super.getKnnVectorsFormatForField(field);
            }
        };
    }
}
