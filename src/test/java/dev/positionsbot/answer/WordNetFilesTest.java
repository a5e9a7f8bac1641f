package dev.positionsbot.answer;

import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordNetFilesTest {

    @TempDir
    Path tmp;

    @Test
    void files_are_copied_once_and_a_second_call_reuses_them() throws Exception {
        Path dir = tmp.resolve("wn");
        assertEquals(dir, WordNetFiles.extractedTo(dir));
        Path noun = dir.resolve("data.noun");
        assertTrue(Files.size(noun) > 10_000_000, "data.noun copied whole");
        long modified = Files.getLastModifiedTime(noun).toMillis();
        WordNetFiles.extractedTo(dir);
        assertEquals(modified, Files.getLastModifiedTime(noun).toMillis(), "complete copy reused, not rewritten");
        try (var left = Files.list(tmp)) {
            assertEquals(List.of(dir), left.toList(), "no staging directory left behind");
        }
    }

    @Test
    void a_partial_copy_is_completed() throws Exception {
        Path dir = tmp.resolve("wn");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("data.noun"), "truncated");
        WordNetFiles.extractedTo(dir);
        assertTrue(Files.size(dir.resolve("data.noun")) > 10_000_000, "the truncated file was replaced");
        assertTrue(Files.isRegularFile(dir.resolve("index.sense")));
        try (var left = Files.list(tmp)) {
            assertEquals(List.of(dir), left.toList(), "no staging or stale directory left behind");
        }
    }

    @Test
    void file_backed_relations_answer_as_the_in_memory_dictionary() throws Exception {
        Path dir = WordNetFiles.extractedTo(tmp.resolve("wn"));
        WordRelations file = WordNetRelations.over(WordNetFiles.openFileBacked(dir));
        WordRelations memory = WordNetRelations.inMemory();
        for (String w : List.of("sea", "votes", "minister", "fighting", "troops", "head of state", "leaders", "ran")) {
            assertEquals(new TreeSet<>(memory.implying(w)), new TreeSet<>(file.implying(w)), w);
            assertEquals(new TreeSet<>(memory.baseForms(w)), new TreeSet<>(file.baseForms(w)), w);
            assertEquals(memory.category(w), file.category(w), w);
            assertEquals(memory.isTerm(w), file.isTerm(w), w);
        }
        assertEquals(memory.isInstanceOf("China", "country"), file.isInstanceOf("China", "country"));
        assertFalse(file.implying("troops").isEmpty() && file.baseForms("votes").isEmpty(), "WordNet answered nothing");
    }

    @Test
    void where_the_copy_cannot_be_written_wordnet_is_loaded_into_memory() throws Exception {
        Path notADirectory = Files.writeString(tmp.resolve("file"), "x");
        String old = System.getProperty("positionsbot.wordnet.dir");
        System.setProperty("positionsbot.wordnet.dir", notADirectory.resolve("wn").toString());
        try {
            WordRelations wn = WordNetRelations.bundled();
            assertFalse(wn.baseForms("votes").isEmpty(), "in-memory WordNet answers");
        } finally {
            if (old == null) {
                System.clearProperty("positionsbot.wordnet.dir");
            } else {
                System.setProperty("positionsbot.wordnet.dir", old);
            }
        }
    }

    @Test
    void the_bundled_extjwnl_lets_the_file_backed_dictionary_take_its_use_counts_from_a_table() throws Exception {
        // if a new extjwnl drops the parts replaced, the bot silently falls back to the slower set-up: say so here
        assertTrue(WordNetFiles.canConfigureUseCounts(WordNetFiles.libraryFileProperties()));
        assertFalse(WordNetFiles.canConfigureUseCounts("<jwnl_properties/>"));
    }

    @Test
    void use_counts_from_the_table_are_those_of_the_library_cache_and_of_the_in_memory_dictionary() throws Exception {
        Path dir = WordNetFiles.extractedTo(tmp.resolve("wn"));
        Dictionary table = WordNetFiles.openFileBacked(dir, WordNetFiles.UseCounts.TABLE);
        Dictionary cached = WordNetFiles.openFileBacked(dir, WordNetFiles.UseCounts.LIBRARY_CACHE);
        Dictionary memory = Dictionary.getDefaultResourceInstance();
        int senses = 0;
        int counted = 0;
        for (String lemma : List.of("bank", "run", "state", "position", "support", "head", "crude", "fast")) {
            for (POS pos : POS.getAllPOS()) {
                IndexWord t = table.getIndexWord(pos, lemma);
                IndexWord c = cached.getIndexWord(pos, lemma);
                IndexWord m = memory.getIndexWord(pos, lemma);
                assertEquals(m == null, t == null, lemma + " " + pos);
                if (t == null) {
                    continue;
                }
                for (int i = 0; i < t.getSenses().size(); i++) {
                    int fromTable = useCount(t.getSenses().get(i), lemma);
                    assertEquals(useCount(c.getSenses().get(i), lemma), fromTable, lemma + " " + pos + " sense " + i);
                    assertEquals(useCount(m.getSenses().get(i), lemma), fromTable, lemma + " " + pos + " sense " + i);
                    senses++;
                    counted += fromTable > 0 ? 1 : 0;
                }
            }
        }
        assertTrue(senses > 50 && counted > 20, senses + " senses, " + counted + " with a count");
    }

    @Test
    void where_extjwnl_cannot_see_the_table_class_its_own_cache_is_used_instead() throws Exception {
        Path dir = WordNetFiles.extractedTo(tmp.resolve("wn"));
        // extjwnl (and what it needs) in a parent loader, this project's classes in a child it cannot see into, as in an
        // application server: extjwnl's by-name instantiation of the table's file manager fails there
        java.net.URL extjwnl = Dictionary.class.getProtectionDomain().getCodeSource().getLocation();
        java.net.URL slf4j = org.slf4j.Logger.class.getProtectionDomain().getCodeSource().getLocation();
        java.net.URL lruMap = Class.forName("com.googlecode.concurrentlinkedhashmap.ConcurrentLinkedHashMap")
                .getProtectionDomain().getCodeSource().getLocation();
        java.net.URL project = WordNetFiles.class.getProtectionDomain().getCodeSource().getLocation();
        try (var libraries = new java.net.URLClassLoader(new java.net.URL[] {extjwnl, slf4j, lruMap},
                ClassLoader.getPlatformClassLoader());
             var classes = new java.net.URLClassLoader(new java.net.URL[] {project}, libraries)) {
            Class<?> files = Class.forName(WordNetFiles.class.getName(), true, classes);
            var open = files.getDeclaredMethod("openFileBacked", Path.class);
            open.setAccessible(true);
            Object dictionary = open.invoke(null, dir);
            Class<?> dictionaryClass = Class.forName(Dictionary.class.getName(), true, libraries);
            Class<?> posClass = Class.forName(POS.class.getName(), true, libraries);
            Object noun = posClass.getField("NOUN").get(null);
            Object bank = dictionaryClass.getMethod("getIndexWord", posClass, String.class).invoke(dictionary, noun,
                    "bank");
            assertTrue(bank != null, "the dictionary opened with extjwnl's own cache answers");
        }
    }

    private static int useCount(Synset s, String lemma) {
        return s.getWords().stream().filter(w -> w.getLemma().equalsIgnoreCase(lemma)).mapToInt(Word::getUseCount)
                .findFirst().orElse(-1);
    }

    @Test
    void a_sense_count_file_without_counts_is_named_in_the_error() throws Exception {
        Path file = Files.writeString(tmp.resolve("cntlist.rev"), "bank%1:14:00:: 1 ninety\n");
        var e = org.junit.jupiter.api.Assertions.assertThrows(java.io.UncheckedIOException.class,
                () -> WordNetUseCounts.Table.read(file));
        assertTrue(e.getCause().getMessage().contains("bank%1:14:00::"), e.getCause().getMessage());
    }

    @Test
    void a_sense_count_line_of_the_wrong_shape_is_named_with_its_file_and_line() throws Exception {
        Path file = Files.writeString(tmp.resolve("cntlist.rev"), "run%2:38:00:: 1 120\nbank%1:14:00::\n");
        var e = org.junit.jupiter.api.Assertions.assertThrows(java.io.UncheckedIOException.class,
                () -> WordNetUseCounts.Table.read(file));
        String message = e.getCause().getMessage();
        assertTrue(message.contains("cntlist.rev line 2") && message.contains("bank%1:14:00::"), message);
    }

    @Test
    void a_sense_the_file_does_not_list_counts_zero() throws Exception {
        Path file = Files.writeString(tmp.resolve("cntlist.rev"), "run%2:38:00:: 1 120\nbank%1:14:00:: 1 25\n");
        WordNetUseCounts.Table t = WordNetUseCounts.Table.read(file);
        assertEquals(25, t.count("bank%1:14:00::"));
        assertEquals(120, t.count("run%2:38:00::"));
        assertEquals(0, t.count("river%1:17:00::"));
    }
}
