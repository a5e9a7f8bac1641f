package dev.positionsbot.bench;

/**
 * One of issue 16's targets as one run measured it.
 *
 * @param id       the key of its hand-written reason in the reasons file ({@link TargetReasons})
 * @param measured the run's figure, with what it covers, or "not measured by this run" and where it is measured
 * @param baseline the easy-RAG baseline's figure in the same run, or why there is none
 * @param met      null when this run did not measure the figure
 */
record TargetRow(String id, String figure, String measured, String baseline, String target, Boolean met) {
}
