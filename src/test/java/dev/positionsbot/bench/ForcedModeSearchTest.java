package dev.positionsbot.bench;

import dev.positionsbot.corpus.Article;
import dev.positionsbot.index.PassageSearch;
import dev.positionsbot.index.SearchHit;
import dev.positionsbot.index.SearchMode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ForcedModeSearchTest {

    @Test
    void every_search_runs_in_the_forced_mode_whatever_the_caller_asks() {
        List<SearchMode> seen = new ArrayList<>();
        PassageSearch recording = new PassageSearch() {
            @Override
            public List<SearchHit> search(String query, int k, SearchMode mode) {
                seen.add(mode);
                return List.of();
            }

            @Override
            public List<Article> articles() {
                return List.of();
            }

            @Override
            public int passageCount(String articleId) {
                return 3;
            }
        };
        PassageSearch forced = new ForcedModeSearch(recording, SearchMode.BM25);
        forced.search("q", 5);
        forced.search("q", 5, SearchMode.VECTOR);
        assertEquals(List.of(SearchMode.BM25, SearchMode.BM25), seen);
        assertEquals(3, forced.passageCount("x"));
    }
}
