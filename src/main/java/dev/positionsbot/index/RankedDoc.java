package dev.positionsbot.index;

/** One entry of a single ranker's result list: a document key with that ranker's raw score. */
public record RankedDoc(int doc, double score) {
}
