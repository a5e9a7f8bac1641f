package dev.positionsbot.bench;

import java.util.List;

/**
 * Each timed pass's summary of the figures {@link ScaleBenchmark} times in several passes; the figures of
 * {@link ScaleResult} and {@link AnsweringMemory} are their medians ({@link LatencySummary#medianOf}), the passes
 * give the spread beside them. A list is null where the run did not time that figure (the answering-alone JVM does
 * not search; the baseline runs only up to {@code --baseline-max}).
 *
 * @param warmUpAnswers  questions answered before the first timed answer pass (synthetic ones, then untimed
 *                       passes of the public questions)
 * @param answerWarmUp   per untimed warm-up pass of the public questions, their wall time: shows whether the JVM had
 *                       stopped getting faster before the timed passes
 * @param searchWarmUpPasses untimed passes of the search queries before the timed ones
 * @param searchHybrid   per pass: the 200 queries' hybrid searches, query embedding included
 * @param searchBm25     per pass: BM25 alone
 * @param searchVector   per pass: vectors alone
 * @param baselineSearch per pass: the easy-RAG retriever on the same queries
 * @param answer         per pass: the public questions' wall time, the query cache cleared; a fresh pipeline each
 *                       pass in the build JVM, one pipeline for all passes in the answering-alone JVM
 * @param answerCpu      per pass: the process CPU time per answer
 */
public record TimedPasses(int warmUpAnswers, List<LatencySummary> answerWarmUp, int searchWarmUpPasses,
                          List<LatencySummary> searchHybrid, List<LatencySummary> searchBm25,
                          List<LatencySummary> searchVector, List<LatencySummary> baselineSearch,
                          List<LatencySummary> answer, List<LatencySummary> answerCpu) {
}
