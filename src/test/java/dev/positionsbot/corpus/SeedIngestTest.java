package dev.positionsbot.corpus;

import dev.positionsbot.TestMaterial;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ingest of the five raw seed pages: right titles, every kind of boilerplate gone, article sentences kept. */
class SeedIngestTest {

    private static final Path SEEDS = TestMaterial.SEEDS;
    private final ArticleIngester ingester = new ArticleIngester();

    private CleanedArticle clean(String file) {
        return ingester.clean(SEEDS.resolve(file));
    }

    private static void assertNoLine(CleanedArticle a, String line) {
        for (String l : a.body().split("\n")) {
            assertFalse(l.contains(line), () -> "boilerplate survived: " + l);
        }
    }

    private static void assertKept(CleanedArticle a, String sentence) {
        assertTrue(a.body().contains(sentence), () -> "article sentence lost: " + sentence);
    }

    @Test
    void keeps_a_page_without_boilerplate_whole_and_drops_only_the_dek_the_body_repeats() {
        CleanedArticle a = clean("000_9568995d875b2de7.txt");
        assertEquals("In Rebuke to Putin, Kazakhstan Will Reject Russia’s Forced Referendums in Ukraine", a.title());
        assertKept(a, "In a sign of Central Asia’s accelerating drift from the Kremlin’s political dictates");
        assertKept(a, "remains to be seen.");
        assertKept(a, "Mr. Tokayev did so while sharing a stage with the Russian president at the St. Petersburg Economic Forum.");
        assertEquals(1, countOccurrences(a.body(), "The referendums have already been widely derided as sham votes"));
        assertEquals(List.of("dek-repeated-in-body"), a.dropped().stream().map(CleanedArticle.DroppedLine::reason).toList());
        assertEquals("", a.outlet());
        assertEquals("", a.author());
        assertEquals("", a.published());
    }

    @Test
    void removes_accessibility_links_captions_author_bio_and_legal_notice_from_the_rferl_page() {
        CleanedArticle a = clean("001_a70acbcc69b30318.txt");
        assertEquals("Russia's 'Sham' Referendums In Ukraine Met With Silence From Central Asia", a.title());
        assertNoLine(a, "Accessibility links");
        assertNoLine(a, "Breaking News");
        assertNoLine(a, "attend the 2022 St. Petersburg International Economic Forum in June.");
        assertNoLine(a, "Kazakhs rally in support of Ukraine in Almaty in March.");
        assertNoLine(a, "meets with his Kyrgyz counterpart, Sadyr Japarov, on the sidelines");
        assertNoLine(a, "16x9 Image");
        assertNoLine(a, "Chris Rickleton");
        assertNoLine(a, "is a journalist living in Almaty");
        assertNoLine(a, "undesirable organization");
        assertNoLine(a, "could face fines or imprisonment");
        assertNoLine(a, "click here");
        assertTrue(a.body().contains("\n\n## Territorial Integrity Integral\n\n"));
        assertTrue(a.body().contains("\n\n## China's Push, Russia A 'Domestic Issue' In Central Asia\n\n"));
        assertTrue(a.body().startsWith("ALMATY, Kazakhstan -- When Russian President Vladimir Putin spoke"));
        assertKept(a, "Back in March, when Nazirov was part of a group showing solidarity at Ukraine's embassy in Tashkent");
        assertTrue(a.body().endsWith("In this sense, they are quite skilled actors,\" he said."));
        assertEquals("Chris Rickleton", a.author());
        assertEquals("RFE/RL", a.outlet());
        assertEquals("", a.published());
    }

    @Test
    void removes_disclaimer_video_recommended_and_related_news_with_timestamps() {
        CleanedArticle a = clean("002_f78e8e227278ea8e.txt");
        assertEquals("Kazakhstan Will Not Recognize Referendums In Occupied Ukraine", a.title());
        assertNoLine(a, "Not a recommendation to buy or sell");
        assertNoLine(a, "Information for this briefing was found via");
        assertNoLine(a, "Video Articles");
        assertNoLine(a, "Recommended");
        assertNoLine(a, "Related News");
        assertNoLine(a, "Elon Musk");
        assertNoLine(a, "Goliath Resources");
        assertNoLine(a, "dolphins");
        assertNoLine(a, "11:29:00 AM");
        assertNoLine(a, "Moody’s, Fitch Downgrade");
        assertTrue(a.dropped().stream().anyMatch(d -> d.reason().equals("related-headlines")
                && d.text().startsWith("Elon Musk Provokes")));
        assertKept(a, "Kazakhstan has also halted the export of weapons for a year, as a way to ensure that neither side would use Kazakh weapons.");
        assertKept(a, "“Kazakhstan proceeds from the principles of territorial integrity of states, their sovereign equivalence and peaceful coexistence,” said foreign ministry spokesman Aibek Smadiyarov.");
        assertEquals(8, a.paragraphCount());
    }

    @Test
    void removes_duplicated_title_author_bio_and_image_credit() {
        CleanedArticle a = clean("003_0084e57b99a1981f.txt");
        assertEquals("The War in Ukraine Has Revealed an Independent Kazakhstan", a.title());
        assertNoLine(a, "The War in Ukraine Has Revealed an Independent Kazakhstan");
        assertNoLine(a, "Wilder Alejandro Sanchez is an analyst");
        assertNoLine(a, "Image: Reuters.");
        assertTrue(a.body().startsWith("Astana is undergoing a diplomatic and political shift"));
        // a body line that lacks its final period must not be mistaken for furniture
        assertKept(a, "The Kazakhstani government has behaved in a humanitarian way by opening its borders to draft dodgers");
        assertKept(a, "Still, Astana has demonstrated that it will not sacrifice independent decision-making to maintain these close relations.");
        assertEquals("Wilder Alejandro Sanchez", a.author());
        assertEquals("", a.outlet());
    }

    @Test
    void removes_duplicated_title_photo_credit_and_comment_form() {
        CleanedArticle a = clean("004_745de8ba90155c16.txt");
        assertEquals("Kazakh president refuses to recognise Russian-held ‘republics’ in Ukraine", a.title());
        assertNoLine(a, "Kazakh president refuses to recognise Russian-held");
        assertNoLine(a, "Picture credit");
        assertNoLine(a, "Enormous damage has been done to Donetsk");
        assertNoLine(a, "Leave a Reply");
        assertNoLine(a, "Akismet");
        assertKept(a, "He also stressed the challenges caused by increased destabilisation.");
        assertKept(a, "Egypt’s President Abdel Fattah As-Sisi participated online and Chinese President Xi Jinping sent a video message to participants.");
        assertEquals("", a.author());
    }

    @Test
    void every_seed_line_is_either_kept_or_reported_as_dropped() throws Exception {
        for (String f : List.of("000_9568995d875b2de7.txt", "001_a70acbcc69b30318.txt", "002_f78e8e227278ea8e.txt",
                "003_0084e57b99a1981f.txt", "004_745de8ba90155c16.txt")) {
            CleanedArticle a = clean(f);
            String text = new TextFileReader().read(SEEDS.resolve(f));
            for (String raw : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
                String line = raw.replaceFirst("^[•·]\\s*", "").replaceAll("[\\s\\u00A0]+", " ").strip();
                boolean accounted = line.isEmpty() || line.equals(a.title()) || a.body().contains(line)
                        || a.dropped().stream().anyMatch(d -> d.text().equals(line));
                assertTrue(accounted, () -> f + ": line neither kept nor reported: " + line);
            }
        }
    }

    private static int countOccurrences(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
