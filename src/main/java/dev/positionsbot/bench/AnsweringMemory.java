package dev.positionsbot.bench;

/**
 * What a running bot needs at one corpus size: a JVM of its own that opens the index another JVM built (nothing to
 * embed or write), loads the model and answers the public questions. Its peaks are not the build's.
 *
 * @param passages             passages in the index it opened
 * @param openMs               opening the up-to-date index (reading the article stamps, no embedding)
 * @param answer               the public questions' timed passes (their median), all through the one pipeline that
 *                             answered the warm-up, as a running bot answers (before 2026-12-01: a fresh pipeline
 *                             per pass)
 * @param answerCpu            CPU time of the whole process per answer (10 ms clock ticks)
 * @param answeredOfAnswerable answerable questions answered (the same as the build run's when nothing differs)
 * @param peakHeapMib          sum of the heap pools' peaks
 * @param peakRssMib           {@code VmHWM} of this JVM
 * @param heapLimitMib         the -Xmx it was given
 * @param loadAverageAtAnswers {@code /proc/loadavg} before the answers were timed
 * @param jvmOptions           the JVM's heap and collector options as given (null in results made before they were
 *                             recorded)
 * @param passes               each timed answer pass's figures ({@code answer} and {@code answerCpu} are their
 *                             medians), or null in results of one pass, made before passes were recorded
 */
public record AnsweringMemory(int passages, double openMs, LatencySummary answer, LatencySummary answerCpu,
                              int answeredOfAnswerable, double peakHeapMib, double peakRssMib, double heapLimitMib,
                              String loadAverageAtAnswers, String jvmOptions,
                              TimedPasses passes) {
}
