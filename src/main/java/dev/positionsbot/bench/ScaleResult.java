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
 */
public record ScaleResult(int passagesTarget, int passages, int articles, int realArticles, double modelLoadMs,
                          double buildMs, double passagesPerSecond, long indexBytes, LatencySummary searchHybrid,
                          LatencySummary searchBm25, LatencySummary searchVector, LatencySummary queryEmbedding,
                          LatencySummary answer, int answeredOfAnswerable, int answerable, double recallAt5,
                          Double baselineBuildMs, Integer baselineSegments, LatencySummary baselineSearch,
                          double peakHeapMib, double peakRssMib, double heapLimitMib) {
}
