package dev.positionsbot.index;

/** Which ranker(s) answer a search: used by {@code search --mode} and the benchmarks. */
public enum SearchMode {
    BM25, VECTOR, HYBRID
}
