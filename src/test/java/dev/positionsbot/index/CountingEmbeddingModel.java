package dev.positionsbot.index;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Wraps an embedding model and records every text it was asked to embed (tests of the index and the composer). */
public final class CountingEmbeddingModel implements EmbeddingModel {

    private final EmbeddingModel delegate;
    public final List<String> embedded = Collections.synchronizedList(new ArrayList<>());

    public CountingEmbeddingModel(EmbeddingModel delegate) {
        this.delegate = delegate;
    }

    @Override
    public synchronized Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        segments.forEach(s -> embedded.add(s.text()));
        return delegate.embedAll(segments);
    }

    public synchronized void reset() {
        embedded.clear();
    }

    @Override
    public int dimension() {
        return delegate.dimension();
    }
}
