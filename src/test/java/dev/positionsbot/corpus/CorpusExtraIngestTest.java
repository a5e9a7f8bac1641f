package dev.positionsbot.corpus;

import dev.positionsbot.TestMaterial;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The eight openings in ../shared/corpus-extra come from other sites than the seeds; cleaning them with the same
 * rules shows that nothing is tuned to the seeds. Titles are those SOURCES.md gives.
 */
class CorpusExtraIngestTest {

    private Path extra;
    private static final List<String> FILES = List.of("01-kazakhstan-csto-withdrawal.txt",
            "02-kazakhstan-oil-routes-cpc.txt", "03-russian-draft-dodgers-central-asia.txt",
            "04-kyrgyz-tajik-ceasefire.txt", "05-uzbekistan-eaeu-observer.txt", "06-tajikistan-taliban-recognition.txt",
            "07-turkmenistan-gas-unions.txt", "08-china-central-asia-xian-summit.txt");

    /** Lines of page furniture seen on these sites; none may be left in any body. */
    private static final Pattern FURNITURE = Pattern.compile(
            "Icon|Camera Icon|^Read more:?$|For the latest headlines|^(Theme|Light|Dark|Font|Language)$|Source: Getty"
                    + "|Credit:|© Reuters|Published on|Published: Updated:|^\\.$|Recent Features|\\| Economy \\||"
                    + "^International relations$|^Crossroads Asia$|\\(EPA PHOTO\\)|REUTERS$|\\(Reuters\\)$|\\(KazMunaiGaz\\)$"
                    + "|DzyubenkoReuters|^Reuters, Dushanbe$|US evacuates 19,000");

    private final ArticleIngester ingester = new ArticleIngester();

    @BeforeEach
    void requireExtraCorpus() {
        extra = TestMaterial.requireShared("corpus-extra");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            01-kazakhstan-csto-withdrawal.txt | Russian-led CSTO's Kazakhstan mission leaves lingering bootprints | "Everything worked like clockwork: fast, coherent and effective," Russian President Vladimir Putin said on TV, according to Reuters.
            02-kazakhstan-oil-routes-cpc.txt | Kazakhstan president seeks to diversify oil export routes away from Russia | Tokayev said he sees the transportation of oil across the Caspian Sea as the most promising alternative.
            03-russian-draft-dodgers-central-asia.txt | Russian Draft Dodgers Find a Mixed Reception in Central Asia | Students and vulnerable groups have become the primary victims.
            04-kyrgyz-tajik-ceasefire.txt | Kyrgyzstan, Tajikistan agree on ceasefire | Earlier on Friday, Moscow urged a cessation of hostilities.
            05-uzbekistan-eaeu-observer.txt | Uzbekistan plans to join EAEU as observer rather than full member | Uzbekistan’s plans to join the EAEU were made public on 2 October 2019, when they were announced by Russian senate speaker Valentina Matvienko.
            06-tajikistan-taliban-recognition.txt | Tajikistan says it will not recognize Taliban Afghan govt unless it’s inclusive | Tajikistan, which borders Afghanistan, hosts a Russian military base and is a member of a Moscow-led post-Soviet security bloc.
            07-turkmenistan-gas-unions.txt | Talk of Gas Unions Riles Up Turkmenistan | The tea-leaf readers will have a field day.
            08-china-central-asia-xian-summit.txt | The China–Central Asia Summit. Beijing is still forced to cooperate with Moscow | These will take place every two years.
            """)
    void finds_the_title_and_keeps_a_known_sentence(String file, String title, String sentence) {
        CleanedArticle a = ingester.clean(extra.resolve(file));
        assertEquals(title, a.title());
        assertTrue(a.body().contains(sentence), () -> "lost: " + sentence);
        assertFalse(a.body().contains(title), "title repeated in the body");
    }

    @Test
    void leaves_no_icon_run_caption_credit_promo_or_display_setting_in_any_body() {
        for (String f : FILES) {
            CleanedArticle a = ingester.clean(extra.resolve(f));
            for (String line : a.body().split("\n")) {
                assertFalse(FURNITURE.matcher(line).find(), () -> f + ": boilerplate survived: " + line);
            }
        }
    }

    @Test
    void reads_only_metadata_the_text_states() {
        CleanedArticle draft = ingester.clean(extra.resolve("03-russian-draft-dodgers-central-asia.txt"));
        assertEquals("2022-10-19", draft.published());
        assertEquals("", draft.author());
        assertEquals("", draft.outlet());

        CleanedArticle ceasefire = ingester.clean(extra.resolve("04-kyrgyz-tajik-ceasefire.txt"));
        assertEquals("Olga Dzyubenko", ceasefire.author());
        assertEquals("Reuters", ceasefire.outlet());
        assertEquals("", ceasefire.published());

        CleanedArticle taliban = ingester.clean(extra.resolve("06-tajikistan-taliban-recognition.txt"));
        assertEquals("Reuters", taliban.outlet());
        assertEquals("", taliban.published(), "'Published: Updated:' states no date");

        for (String f : List.of("01-kazakhstan-csto-withdrawal.txt", "02-kazakhstan-oil-routes-cpc.txt",
                "05-uzbekistan-eaeu-observer.txt", "07-turkmenistan-gas-unions.txt", "08-china-central-asia-xian-summit.txt")) {
            CleanedArticle a = ingester.clean(extra.resolve(f));
            assertEquals("", a.published(), f);
            assertEquals("", a.author(), f);
        }
    }

    @Test
    void keeps_the_standfirst_as_first_paragraph() {
        CleanedArticle a = ingester.clean(extra.resolve("01-kazakhstan-csto-withdrawal.txt"));
        assertTrue(a.body().startsWith("Analysts see short deployment putting Moscow's security stamp on Central Asia\n\nMOSCOW -- "));
        CleanedArticle gas = ingester.clean(extra.resolve("07-turkmenistan-gas-unions.txt"));
        assertTrue(gas.body().startsWith("What compelled a Turkmen foreign ministry official"));
    }
}
