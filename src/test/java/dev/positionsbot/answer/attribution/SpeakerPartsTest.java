package dev.positionsbot.answer.attribution;

import dev.positionsbot.answer.Citation;
import dev.positionsbot.answer.GroundedAnswer;
import dev.positionsbot.corpus.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpeakerPartsTest {

    // invented article: an official's sentence followed by the outlet's own background in one paragraph
    private static final String OFFICIAL = "\u201cWe will not recognise the vote,\u201d said Tajik Foreign Minister"
            + " Daler Rustamov on Monday.";
    private static final String BACKGROUND = "Dushanbe has also asked its citizens to avoid the region.";
    private static final String OTHER = "Trade with Russia grew by a fifth last year.";
    private static final Article ARTICLE = new Article("inv", "knowledge/inv.md", "Invented", "Invented Wire", "",
            "2024-03-06", "", "en", "", "Ministers met in Dushanbe. " + OFFICIAL + " " + BACKGROUND + "\n\n" + OTHER);

    private final CitationAttributor attributor = new CitationAttributor();

    private static Citation cite(int n, String quote) {
        return new Citation(n, "inv", "Invented", "Invented Wire", "", "2024-03-06", "", "knowledge/inv.md", quote);
    }

    private static GroundedAnswer answer(String text, List<Citation> citations) {
        return new GroundedAnswer("What has Tajikistan done about the region?", "", GroundedAnswer.Status.ANSWERED, text,
                citations, "", "extractive", List.of(), 0);
    }

    @Test
    void a_quote_read_in_the_text_gets_a_marker_after_each_speakers_part_and_later_citations_move_up() {
        GroundedAnswer a = answer(OFFICIAL + " " + BACKGROUND + " [1] " + OTHER + " [2]",
                List.of(cite(1, OFFICIAL + " " + BACKGROUND), cite(2, OTHER)));
        GroundedAnswer out = attributor.attribute(a, List.of(ARTICLE));
        assertEquals(OFFICIAL + " [1] " + BACKGROUND + " [2] " + OTHER + " [3]", out.answer());
        List<Citation> c = out.citations();
        assertEquals(3, c.size());
        assertEquals(List.of(1, 2, 3), c.stream().map(Citation::n).toList());
        assertEquals(List.of(OFFICIAL, BACKGROUND, OTHER), c.stream().map(Citation::quote).toList());
        assertEquals("official", c.get(0).speakerKind());
        assertEquals("Tajikistan", c.get(0).state());
        assertTrue(c.get(0).speaker().contains("Daler Rustamov"), c.get(0).speaker());
        assertEquals("2024-03-04", c.get(0).statementDate(), "Monday before the article's Wednesday");
        assertEquals("media", c.get(1).speakerKind());
        assertEquals("", c.get(1).speaker());
        for (Citation each : c) {
            assertTrue(ARTICLE.body().contains(each.quote()), each.quote());
        }
    }

    @Test
    void a_marker_after_words_of_the_composers_own_becomes_the_run_of_the_parts_markers() {
        // an LLM composer's sentence in its own words, citing the two-sentence passage it rests on
        GroundedAnswer a = answer("Tajikistan rejected the vote and warned its citizens [1]. Trade grew [2].",
                List.of(cite(1, OFFICIAL + " " + BACKGROUND), cite(2, OTHER)));
        GroundedAnswer out = attributor.attribute(a, List.of(ARTICLE));
        assertEquals("Tajikistan rejected the vote and warned its citizens [1][2]. Trade grew [3].", out.answer());
        assertEquals(3, out.citations().size());
    }

    @Test
    void a_quote_by_one_speaker_keeps_its_number_and_its_text() {
        GroundedAnswer a = answer(OTHER + " [1]", List.of(cite(1, OTHER)));
        GroundedAnswer out = attributor.attribute(a, List.of(ARTICLE));
        assertEquals(OTHER + " [1]", out.answer());
        assertEquals(1, out.citations().size());
        assertEquals(OTHER, out.citations().get(0).quote());
        assertEquals("media", out.citations().get(0).speakerKind());
    }

    @Test
    void a_quote_over_two_paragraphs_is_split_at_the_speakers_and_each_part_stays_verbatim() {
        // invented: the composer's quote runs from the official's paragraph into the outlet's next one
        String quote = BACKGROUND + "\n\n" + OTHER;
        GroundedAnswer a = answer(OFFICIAL + " " + quote + " [1]", List.of(cite(1, OFFICIAL + " " + quote)));
        GroundedAnswer out = attributor.attribute(a, List.of(ARTICLE));
        assertEquals(2, out.citations().size(), out.citations().toString());
        assertEquals(OFFICIAL, out.citations().get(0).quote());
        assertEquals(quote, out.citations().get(1).quote(), "the outlet's two sentences, one speaker, one part");
        out.citations().forEach(c -> assertTrue(ARTICLE.body().contains(c.quote()), c.quote()));
    }

    @Test
    void a_quote_the_article_does_not_hold_is_kept_whole_and_read_on_its_own() {
        String stray = "A sentence the article never printed. Nor this one.";
        GroundedAnswer a = answer(stray + " [1]", List.of(cite(1, stray)));
        GroundedAnswer out = attributor.attribute(a, List.of(ARTICLE));
        assertEquals(stray + " [1]", out.answer());
        assertEquals(List.of(stray), out.citations().stream().map(Citation::quote).toList());
    }
}
