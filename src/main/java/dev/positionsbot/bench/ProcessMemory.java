package dev.positionsbot.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/** Peak memory of this JVM: heap as the collector saw it, and resident set as the kernel saw it. */
final class ProcessMemory {

    private ProcessMemory() {
    }

    /** Sum of the heap pools' peak usage since start, in MiB. */
    static double peakHeapMib() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / 1024.0 / 1024.0;
    }

    /** Peak resident set size (VmHWM) in MiB, or NaN where /proc is not available. */
    static double peakRssMib() {
        return procStatusKib("VmHWM:") / 1024.0;
    }

    /**
     * This JVM's memory now, for the log: resident set (its anonymous and file-backed parts, as the kernel counts
     * them), the heap the collector has committed and uses, and the committed non-heap (metaspace, code cache).
     */
    static String now() {
        java.lang.management.MemoryMXBean m = ManagementFactory.getMemoryMXBean();
        return String.format(java.util.Locale.ROOT, "RSS %.0f MiB (anon %.0f, file %.0f), heap committed %.0f MiB "
                        + "(used %.0f), non-heap committed %.0f MiB", procStatusKib("VmRSS:") / 1024.0,
                procStatusKib("RssAnon:") / 1024.0, procStatusKib("RssFile:") / 1024.0,
                m.getHeapMemoryUsage().getCommitted() / 1048576.0, m.getHeapMemoryUsage().getUsed() / 1048576.0,
                m.getNonHeapMemoryUsage().getCommitted() / 1048576.0);
    }

    static double procStatusKib(String key) {
        return procKib(Path.of("/proc/self/status"), key);
    }

    static double procMeminfoKib(String key) {
        return procKib(Path.of("/proc/meminfo"), key);
    }

    private static double procKib(Path file, String key) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(key)) {
                    return Double.parseDouble(line.substring(key.length()).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }
}
