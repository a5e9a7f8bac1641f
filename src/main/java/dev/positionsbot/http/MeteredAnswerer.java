package dev.positionsbot.http;

import dev.positionsbot.answer.Answerer;
import dev.positionsbot.answer.Conversation;
import dev.positionsbot.answer.GroundedAnswer;
import dev.positionsbot.answer.SourceInfo;

import java.time.Duration;
import java.util.List;

/** An {@link Answerer} that records every question, refusal and its latency in {@link AnswerMetrics}. */
public final class MeteredAnswerer implements Answerer {

    private final Answerer delegate;
    private final AnswerMetrics metrics;

    public MeteredAnswerer(Answerer delegate, AnswerMetrics metrics) {
        this.delegate = delegate;
        this.metrics = metrics;
    }

    @Override
    public GroundedAnswer answer(String question, Conversation conversation) {
        long start = System.nanoTime();
        GroundedAnswer answer = delegate.answer(question, conversation);
        metrics.recordAnswer(!answer.answered(), Duration.ofNanos(System.nanoTime() - start));
        return answer;
    }

    @Override
    public List<SourceInfo> sources() {
        return delegate.sources();
    }

    @Override
    public String coverage() {
        return delegate.coverage();
    }

    @Override
    public dev.positionsbot.answer.attribution.StateTimeline.Result timeline(String state, String topic) {
        return delegate.timeline(state, topic);
    }

    public AnswerMetrics metrics() {
        return metrics;
    }
}
