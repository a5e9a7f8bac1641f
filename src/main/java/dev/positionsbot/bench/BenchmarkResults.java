package dev.positionsbot.bench;

import java.util.List;

/**
 * Everything one benchmark run measured: what docs/benchmarks.json holds and docs/benchmarks.md shows.
 *
 * @param commit the code measured ({@code git describe --always --dirty} of the working directory), or null when
 *               unknown (not a git checkout, or results made before it was recorded)
 */
public record BenchmarkResults(String date, String machine, String loadAverageAtStart, String command,
                               double totalSeconds, String embeddingModel, List<QualitySet> quality,
                               List<ScaleResult> scale, String childJvmOptions, ColdStart.Result coldStart,
                               List<TargetCheck> targets, List<String> notes, String commit) {
}
