package dev.positionsbot.bench;

/**
 * Cost of the bot at one corpus size, measured in a JVM of its own so that peaks belong to this size alone.
 *
 * @param passages          passages indexed (real articles plus synthetic filler)
 * @param buildMs           full index build: splitting, embedding every passage, Lucene indexing and commit
 * @param searchHybrid      production search (hybrid, k=8), query embedding not cached
 * @param answer            the whole answering pipeline on the public questions, warm JVM, query caches cleared
 * @param recallAt5         hybrid recall@5 of the answerable public questions among the filler
 * @param baselineSearch    the easy-RAG retriever (top 5) on the same queries, or null when not run at this size
 * @param heapLimitMib      the -Xmx the run was given
 * @param answerAnswered    the {@code answer} samples of the questions the bot answered (null in results made before
 *                          the split was recorded; so are the next three)
 * @param answerRefused     the {@code answer} samples of the questions the bot refused
 * @param baselineRecallAt5 the easy-RAG retriever's recall@5 of the same questions among the same filler, or null
 *                          when the baseline did not run at this size
 * @param loadAverageAtAnswers {@code /proc/loadavg} just before the answers were timed (the machine is shared)
 * @param answerCpu         CPU time of the whole process (all threads, GC and JIT included) per answer, in the
 *                          operating system's clock ticks (10 ms on Linux): less sensitive to other processes' load
 *                          than {@code answer}'s wall time
 * @param answeringAlone    a second JVM that opened this size's built index and only answered (peak RSS of a running
 *                          bot), or null when not measured (results made before it was)
 * @param passes            each timed pass's figures where the run timed several (then {@code searchHybrid},
 *                          {@code searchBm25}, {@code searchVector}, {@code baselineSearch}, {@code answer},
 *                          {@code answerCpu}, {@code answerAnswered} and {@code answerRefused} hold the medians of the
 *                          passes' statistics), or null in results of one pass, made before passes were recorded
 */
public record ScaleResult(int passagesTarget, int passages, int articles, int realArticles, double modelLoadMs,
                          double buildMs, double passagesPerSecond, long indexBytes, LatencySummary searchHybrid,
                          LatencySummary searchBm25, LatencySummary searchVector, LatencySummary queryEmbedding,
                          LatencySummary answer, int answeredOfAnswerable, int answerable, double recallAt5,
                          Double baselineBuildMs, Integer baselineSegments, LatencySummary baselineSearch,
                          double peakHeapMib, double peakRssMib, double heapLimitMib,
                          LatencySummary answerAnswered, LatencySummary answerRefused, Double baselineRecallAt5,
                          String loadAverageAtAnswers, LatencySummary answerCpu, AnsweringMemory answeringAlone,
                          TimedPasses passes) {

    /** This result with the answering-alone figures of the same size. */
    ScaleResult withAnsweringAlone(AnsweringMemory a) {
        return new ScaleResult(passagesTarget, passages, articles, realArticles, modelLoadMs, buildMs,
                passagesPerSecond, indexBytes, searchHybrid, searchBm25, searchVector, queryEmbedding, answer,
                answeredOfAnswerable, answerable, recallAt5, baselineBuildMs, baselineSegments, baselineSearch,
                peakHeapMib, peakRssMib, heapLimitMib, answerAnswered, answerRefused, baselineRecallAt5,
                loadAverageAtAnswers, answerCpu, a, passes);
    }
}
