package dev.positionsbot.corpus;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Edge cases where a boilerplate rule could cost an article sentence. */
class ArticleCleanerTest {

    private final ArticleCleaner cleaner = new ArticleCleaner();

    private CleanedArticle clean(String text) {
        return cleaner.clean(new RawDocument(text.lines().toList(), Map.of()), "test.txt");
    }

    private static final String P1 = "Kazakhstan will not recognize the referendums held in occupied regions of Ukraine, the foreign ministry said on Monday.";
    private static final String P2 = "The ministry said Kazakhstan proceeds from the principles of territorial integrity and peaceful coexistence of states.";
    private static final String P3 = "Analysts in Almaty said the statement was the clearest break with Moscow since the start of the war in February.";
    private static final String P4 = "Officials in Astana did not say whether the position would affect trade talks with Russia planned for November.";

    @Test
    void a_dek_repeated_at_the_start_of_the_next_paragraph_costs_no_sentence() {
        String dek = "Kazakhstan will not recognize the referendums held in occupied regions of Ukraine.";
        CleanedArticle a = clean("Kazakhstan Rejects Referendums\n" + dek + "\n" + dek + " " + P2 + "\n" + P3 + "\n");
        assertEquals(List.of(dek + " " + P2, P3), a.blocks().stream().map(CleanedArticle.Block::text).toList());
    }

    @Test
    void a_long_paragraph_printed_twice_is_kept_once() {
        String longParagraph = (P1 + " " + P2 + " " + P3 + " " + P4);
        CleanedArticle a = clean("Kazakhstan Rejects Referendums\n\n" + longParagraph + "\n" + longParagraph + "\n\n" + P3 + "\n");
        assertEquals(List.of(longParagraph, P3), a.blocks().stream().map(CleanedArticle.Block::text).toList());
    }

    @Test
    void an_inline_read_more_link_drops_only_the_linked_headline() {
        CleanedArticle a = clean("Kazakhstan Rejects Referendums\n\n" + P1 + "\n\nRead more:\n\nTokayev Meets Putin In Sochi\n\n"
                + P2 + "\n\n" + P3 + "\n");
        assertEquals(List.of(P1, P2, P3), a.blocks().stream().map(CleanedArticle.Block::text).toList());
    }

    @Test
    void a_notice_in_mid_article_does_not_cut_off_the_rest() {
        CleanedArticle a = clean("Kazakhstan Rejects Referendums\n\n" + P1 + "\n\n" + P2
                + "\n\nTo read the full statement, click here.\n\n" + P3 + "\n\n" + P4 + "\n\nAnother paragraph that the ministry published "
                + "later in the evening was about trade.\n");
        assertEquals(4 + 1, a.paragraphCount());
        assertTrue(a.body().endsWith("was about trade."));
    }

    @Test
    void an_author_bio_before_the_story_does_not_cut_off_the_story() {
        CleanedArticle a = clean("Kazakhstan Rejects Referendums\n\nJane Doe is a journalist based in Almaty who covers Central Asian politics.\n\n"
                + P1 + "\n\n" + P2 + "\n\n" + P3 + "\n\n" + P4 + "\n");
        assertTrue(a.body().contains(P4));
        assertTrue(a.body().contains(P1));
    }

    @Test
    void a_bio_at_the_end_names_the_author_and_closes_the_article() {
        CleanedArticle a = clean("Kazakhstan Rejects Referendums\n\n" + P1 + "\n\n" + P2 + "\n\n" + P3
                + "\n\nAbout the author\n\nJane Doe is a correspondent for Example News based in Almaty.\n\nShare this article\n");
        assertEquals("Jane Doe", a.author());
        assertEquals("Example News", a.outlet());
        assertEquals(List.of(P1, P2, P3), a.blocks().stream().map(CleanedArticle.Block::text).toList());
    }

    @Test
    void an_expert_introduced_near_the_end_is_not_taken_for_the_author() {
        String expert = "Stanislav Pritchin is a senior research fellow at the Center for Post-Soviet Studies in Moscow.";
        String last = "He expects the Kremlin to respond to the statement with economic pressure rather than words.";
        CleanedArticle a = clean("Kazakhstan Rejects Referendums\n\n" + P1 + "\n\n" + P2 + "\n\n" + expert + "\n\n" + last + "\n");
        assertEquals("", a.author());
        assertEquals(List.of(P1, P2, expert, last), a.blocks().stream().map(CleanedArticle.Block::text).toList());
    }

    @Test
    void a_short_title_case_line_between_paragraphs_becomes_a_heading() {
        CleanedArticle a = clean("Kazakhstan Rejects Referendums\n\n" + P1 + "\n\nTrade With Russia\n\n" + P2 + "\n");
        assertEquals("## Trade With Russia", a.body().split("\n\n")[1]);
    }
}
