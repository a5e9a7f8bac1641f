package dev.positionsbot.corpus;

import java.nio.file.Path;

/** A knowledge file that could not be loaded, and why (the message names the file, line and field). */
public record CorpusProblem(Path file, String message) {
}
