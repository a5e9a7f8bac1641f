package dev.positionsbot.corpus;

/** A sentence of a text with its character offsets in that text ({@code text == source.substring(start, end)}). */
public record Sentence(int start, int end, String text) {
}
