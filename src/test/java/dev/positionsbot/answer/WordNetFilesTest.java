package dev.positionsbot.answer;

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
    void the_bundled_extjwnl_lets_the_file_backed_dictionary_cache_use_counts() throws Exception {
        // if a new extjwnl drops the commented parameter, the bot silently falls back to the slower set-up: say so here
        assertTrue(WordNetFiles.canCacheUseCounts(WordNetFiles.libraryFileProperties()));
        assertFalse(WordNetFiles.canCacheUseCounts("<jwnl_properties/>"));
    }
}
