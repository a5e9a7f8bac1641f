package dev.positionsbot.answer;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Heap kept by the WordNet dictionary and the time to load it and to answer typical look-ups (a measuring tool, not
 * a test): {@code java -cp <test classpath> dev.positionsbot.answer.WordNetFootprint}. Run each variant in a fresh
 * JVM; heap figures are after a forced full GC.
 */
public final class WordNetFootprint {

    public static void main(String[] args) {
        org.slf4j.LoggerFactory.getLogger(WordNetFootprint.class).debug("logging initialised before timing");
        long before = usedAfterGc();
        long t0 = System.nanoTime();
        WordRelations wn = args.length > 0 && args[0].equals("memory") ? WordNetRelations.inMemory() : WordNetRelations.bundled();
        double loadMs = (System.nanoTime() - t0) / 1e6;
        long t1 = System.nanoTime();
        String[] words = {"sea", "votes", "minister", "fighting", "troops", "pipeline", "sanctions", "border",
            "body of water", "head of state", "ran", "leaders"};
        StringBuilder fingerprint = new StringBuilder();
        for (String w : words) {
            fingerprint.append(new java.util.TreeSet<>(wn.implying(w))).append(new java.util.TreeSet<>(wn.baseForms(w))).append(wn.category(w)).append(wn.isTerm(w));
        }
        wn.isInstanceOf("China", "country");
        double firstMs = (System.nanoTime() - t1) / 1e6;
        long after = usedAfterGc();
        System.out.printf(Locale.ROOT, "load %.0f ms, first look-ups %.0f ms, heap kept %.1f MiB, %s%n", loadMs,
                firstMs, (after - before) / 1024.0 / 1024.0, "results hash " + fingerprint.toString().hashCode());
        if (wn.hashCode() == 0) {
            System.out.println(); // keep wn reachable until after the measurement
        }
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
