package dev.positionsbot.http;

import dev.positionsbot.answer.Answerer;
import dev.positionsbot.answer.Conversation;
import dev.positionsbot.answer.GroundedAnswer;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class MeteredAnswererTest {

    @Test
    void passes_the_question_and_conversation_through_and_returns_the_delegates_answer() {
        Answerer delegate = mock(Answerer.class);
        GroundedAnswer expected = new FakeAnswerer().answer("q");
        when(delegate.answer(any(), any())).thenReturn(expected);
        Conversation conversation = new Conversation();

        GroundedAnswer actual = new MeteredAnswerer(delegate, new AnswerMetrics()).answer("q", conversation);

        assertSame(expected, actual);
        verify(delegate).answer("q", conversation);
    }

    @Test
    void counts_questions_and_refusals() {
        AnswerMetrics metrics = new AnswerMetrics();
        MeteredAnswerer metered = new MeteredAnswerer(new FakeAnswerer(), metrics);

        metered.answer("one");
        metered.answer("please refuse");
        metered.answer("three");

        AnswerMetrics.Snapshot s = metrics.snapshot();
        assertEquals(3, s.questions());
        assertEquals(1, s.refusals());
        assertEquals(3, s.latencyCount());
    }

    @Test
    void latency_buckets_are_cumulative() {
        AnswerMetrics metrics = new AnswerMetrics();
        metrics.recordAnswer(false, Duration.ofMillis(30));   // <= 0.05
        metrics.recordAnswer(false, Duration.ofMillis(700));  // <= 1.0
        metrics.recordAnswer(true, Duration.ofSeconds(100));  // only +Inf

        AnswerMetrics.Snapshot s = metrics.snapshot();

        assertArrayEquals(new long[]{1, 1, 1, 1, 2, 2, 2, 2, 2, 2}, s.cumulativeBuckets());
        assertEquals(3, s.latencyCount());
        assertEquals(100.73, s.latencySumSeconds(), 1e-9);
        String text = PrometheusText.render(s, 0);
        assertTrue(text.contains("positionsbot_answer_latency_seconds_bucket{le=\"1.0\"} 2\n"), text);
        assertTrue(text.contains("positionsbot_answer_latency_seconds_bucket{le=\"+Inf\"} 3\n"), text);
    }
}
