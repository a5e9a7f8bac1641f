package dev.positionsbot.bench;

/** One of the stated targets, the figure measured for it, and whether it was met. */
public record TargetCheck(String target, String measured, boolean met) {
}
