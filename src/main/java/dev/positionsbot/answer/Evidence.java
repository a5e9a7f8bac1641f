package dev.positionsbot.answer;

import dev.positionsbot.index.SearchHit;

import java.util.List;

/**
 * The passages retrieved for one question, best first, and what was searched for.
 *
 * @param question     the stand-alone question the evidence was gathered for
 * @param searchQuery  the query actually sent to the index (after transliteration/expansion)
 * @param keyTerms     the question's content terms and entities that evidence should contain
 * @param hits         retrieved passages, best first; boilerplate never reaches here because it is not in knowledge/
 */
public record Evidence(String question, String searchQuery, List<String> keyTerms, List<SearchHit> hits) {
    public Evidence {
        keyTerms = List.copyOf(keyTerms);
        hits = List.copyOf(hits);
    }
}
