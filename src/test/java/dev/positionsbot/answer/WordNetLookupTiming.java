package dev.positionsbot.answer;

import net.sf.extjwnl.dictionary.Dictionary;

/**
 * How long WordNet takes to open and to look up words not yet cached (a measuring tool, not a test): file-backed as
 * extjwnl sets it up by default, file-backed with extjwnl's use-count cache switched on, file-backed with the use
 * counts from a table as the bot opens it now ({@link WordNetFiles#openFileBacked}), and read wholly into memory;
 * the open time of the table variant does not include the table, which is read at the first count (once per
 * process: its second round finds it read); each variant on a new
 * {@link WordNetRelations}, so that its caches start empty as in a new pipeline, and each twice (the second after the JIT has seen the first). The words are
 * common news words, invented for this tool.
 * {@code java -cp "target/classes:target/test-classes:$(cat target/test-cp.txt)" dev.positionsbot.answer.WordNetLookupTiming}
 */
public final class WordNetLookupTiming {

    private static final String[] WORDS = ("position war sanctions vote referendum minister president statement trade"
            + " border water energy gas oil wheat grain migrant worker bank loan debt summit talks treaty alliance"
            + " neutrality abstain support oppose condemn criticise praise welcome reject refuse accept agree decline"
            + " export import pipeline railway road airport election parliament senate court judge law decree tax tariff"
            + " price inflation currency rouble dollar growth company factory plant mine uranium gold copper cotton farmer"
            + " harvest drought flood earthquake army troop drill exercise weapon drone missile ally partner neighbour"
            + " refugee crossing visa passport citizen resident").split(" ");

    private WordNetLookupTiming() {
    }

    public static void main(String[] a) throws Exception {
        java.nio.file.Path dir = WordNetFiles.extractedTo(WordNetFiles.defaultDirectory());
        for (int round = 0; round < 2; round++) {
            for (String variant : new String[] {"file-backed", "file-backed, use counts cached",
                    "file-backed, use counts from a table", "in memory"}) {
                long open = System.nanoTime();
                WordNetRelations r = switch (variant) {
                    case "file-backed" -> WordNetRelations.over(Dictionary.getFileBackedInstance(dir.toString()));
                    case "in memory" -> WordNetRelations.inMemory();
                    case "file-backed, use counts cached" -> WordNetRelations.over(
                            WordNetFiles.openFileBacked(dir, WordNetFiles.UseCounts.LIBRARY_CACHE));
                    default -> WordNetRelations.over(WordNetFiles.openFileBacked(dir, WordNetFiles.UseCounts.TABLE));
                };
                double openMs = (System.nanoTime() - open) / 1e6;
                long t = System.nanoTime();
                int found = 0;
                for (String w : WORDS) {
                    found += r.implying(w).size() + r.baseForms(w).size();
                }
                System.out.printf("round %d, %s: opened in %.0f ms; %.2f ms per new word over %d words (%d forms"
                        + " and paraphrases); load %s%n", round, variant, openMs,
                        (System.nanoTime() - t) / 1e6 / WORDS.length, WORDS.length, found,
                        java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip());
            }
        }
    }
}
