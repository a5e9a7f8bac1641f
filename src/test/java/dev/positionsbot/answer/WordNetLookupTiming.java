package dev.positionsbot.answer;

/**
 * How long a WordNet look-up of a word not yet cached takes, file-backed (as the bot reads WordNet) and read wholly
 * into memory, each on a new {@link WordNetRelations} so that its caches start empty, as in a new pipeline (a
 * measuring tool, not a test). The words are common news words, invented for this tool.
 * {@code java -cp "target/classes:target/test-classes:$(cat target/test-cp.txt)" dev.positionsbot.answer.WordNetLookupTiming}
 */
public final class WordNetLookupTiming {
    private WordNetLookupTiming() {
    }

    public static void main(String[] a) throws Exception {
        String[] words = ("position war sanctions vote referendum minister president statement trade border water energy "
          + "gas oil wheat grain migrant worker bank loan debt summit talks treaty alliance neutrality abstain support oppose "
          + "condemn criticise praise welcome reject refuse accept agree decline export import pipeline railway road airport "
          + "election parliament senate court judge law decree tax tariff price inflation currency rouble dollar growth "
          + "company factory plant mine uranium gold copper cotton farmer harvest drought flood earthquake army troop drill "
          + "exercise weapon drone missile ally partner neighbour refugee border crossing visa passport citizen resident").split(" ");
        for (String mode : new String[] {"file", "memory", "file", "memory"}) {
            WordNetRelations r = mode.equals("file") ? WordNetRelations.bundled() : WordNetRelations.inMemory();
            long t = System.nanoTime();
            int n = 0;
            for (String w : words) { n += r.implying(w).size(); n += r.baseForms(w).size(); }
            System.out.printf("%s: %d words, %.2f ms per word (%d)%n", mode, words.length, (System.nanoTime() - t) / 1e6 / words.length, n);
        }
    }
}
