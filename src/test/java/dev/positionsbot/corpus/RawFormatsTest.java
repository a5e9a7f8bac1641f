package dev.positionsbot.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HTML and Markdown inputs go through the same cleaning as plain text, with the metadata their markup states. */
class RawFormatsTest {

    @TempDir
    Path tmp;

    private final ArticleIngester ingester = new ArticleIngester();

    @Test
    void html_page_loses_scripts_navigation_and_share_bar_and_keeps_meta_tag_facts() throws Exception {
        Path page = tmp.resolve("page.html");
        Files.writeString(page, """
                <html><head><title>Site</title>
                <meta property="og:title" content="Uzbekistan weighs EAEU observer status">
                <meta name="author" content="By Jane Doe">
                <meta property="article:published_time" content="2020-01-28T09:00:00+05:00">
                <meta property="og:site_name" content="Example News">
                <link rel="canonical" href="https://example.org/uzb-eaeu?a=1&amp;b=2">
                <script>var x = "<p>not text</p>";</script></head>
                <body><nav><a href="/">Home</a><a href="/world">World</a></nav>
                <div>Share</div><div>Icon Facebook Icon Twitter Icon Mail</div>
                <h1>Uzbekistan weighs EAEU observer status</h1>
                <p>Uzbekistan is weighing observer status in the Eurasian Economic Union, President Shavkat Mirziyoyev said on Tuesday.</p>
                <p>&ldquo;An observer is not a member,&rdquo; he told officials &amp; lawmakers in Tashkent.</p>
                <h2>Trade With Russia</h2>
                <p>Trade with Russia grew by a fifth last year, according to official statistics released in January.</p>
                <footer>&copy; 2020 Example News. All rights reserved.</footer>
                </body></html>
                """);
        CleanedArticle a = ingester.clean(page);
        assertEquals("Uzbekistan weighs EAEU observer status", a.title());
        assertEquals("Jane Doe", a.author());
        assertEquals("Example News", a.outlet());
        assertEquals("2020-01-28", a.published());
        assertEquals("https://example.org/uzb-eaeu?a=1&b=2", a.url());
        assertEquals("""
                Uzbekistan is weighing observer status in the Eurasian Economic Union, President Shavkat Mirziyoyev said on Tuesday.

                “An observer is not a member,” he told officials & lawmakers in Tashkent.

                ## Trade With Russia

                Trade with Russia grew by a fifth last year, according to official statistics released in January.""", a.body());
    }

    @Test
    void markdown_input_uses_its_headline_and_drops_link_markup() throws Exception {
        Path md = tmp.resolve("note.md");
        Files.writeString(md, """
                # Kyrgyzstan and Tajikistan agree on border ceasefire

                By Olga Dzyubenko

                The two presidents agreed on a ceasefire at the [summit](https://example.org/sco) in Samarkand on Friday.

                ![map](map.png)

                Border guards of both countries confirmed that the agreement had been reached by the evening.
                """);
        CleanedArticle a = ingester.clean(md);
        assertEquals("Kyrgyzstan and Tajikistan agree on border ceasefire", a.title());
        assertEquals("Olga Dzyubenko", a.author());
        assertTrue(a.body().contains("ceasefire at the summit in Samarkand"));
        assertFalse(a.body().contains("]("));
        assertFalse(a.body().contains("Kyrgyzstan and Tajikistan agree"));
    }

    @Test
    void russian_page_is_cleaned_by_the_same_kinds_of_rules_and_gets_an_ascii_slug() throws Exception {
        Path ru = tmp.resolve("ru.txt");
        Files.writeString(ru, """
                Главная
                Поиск
                Токаев: Казахстан не признает референдумы на Украине
                Фото: Акорда
                Опубликовано 27 сентября 2022, 14:05
                Казахстан не признает результаты референдумов на оккупированных территориях Украины, заявил официальный представитель МИД Айбек Смадияров.
                «Казахстан исходит из принципов территориальной целостности государств», — сказал он журналистам в Астане.
                Читайте также:
                Токаев провел переговоры с Путиным
                Мирзиёев посетил Бишкек
                Ранее президент Касым-Жомарт Токаев заявил, что Казахстан не признает Донецкую и Луганскую народные республики.
                Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать новости.
                © 2022 Все права защищены.
                """);
        CleanedArticle a = ingester.clean(ru);
        assertEquals("ru", a.language());
        assertEquals("Токаев: Казахстан не признает референдумы на Украине", a.title());
        assertEquals("2022-09-27", a.published());
        assertEquals(3, a.paragraphCount());
        assertTrue(a.body().startsWith("Казахстан не признает результаты референдумов"));
        assertTrue(a.body().endsWith("не признает Донецкую и Луганскую народные республики."));
        assertEquals("tokaev-kazakhstan-ne-priznaet-referendumy-na-ukraine", new Slugger().slug(a.title()));
    }

    @Test
    void removes_cookie_banner_ticker_ads_inline_read_more_tags_and_copyright_from_an_unseen_layout() throws Exception {
        Path txt = tmp.resolve("layout.txt");
        Files.writeString(txt, """
                Skip to main content
                Menu
                We use cookies to improve your experience. By continuing you accept our cookie policy.
                DJIA 33,120.45 +0.52%   NASDAQ 11,090.12 -0.31%   BRENT 88.40 ▲
                Home › World › Asia
                Uzbekistan Signs Gas Deal With Gazprom

                Tashkent hopes the deal will end winter shortages

                By Aziz Karimov
                March 3, 2023

                TASHKENT — Uzbekistan signed a three-year gas supply agreement with Russia's Gazprom on Thursday, the energy ministry said.
                Advertisement
                The deal covers up to 2.8 billion cubic metres a year, according to the ministry's statement.
                Read more:
                Kazakhstan Raises Fuel Prices Again
                Energy Minister Jurabek Mirzamahmudov said the agreement was purely commercial. "We will never agree to political conditions in exchange for gas," he told reporters in Tashkent.
                Background
                Uzbekistan suffered severe gas and power shortages during the cold winter of 2023, when temperatures fell below minus 20 degrees.
                Subscribe to our newsletter for the latest news from Central Asia.
                Already a subscriber? Log in
                Share this article
                Most Read
                Kyrgyzstan Votes In Snap Election
                Tajik Rogun Dam Gets New Funding
                © 2023 Central Asia Times. All rights reserved.
                """);
        CleanedArticle a = ingester.clean(txt);
        assertEquals("Uzbekistan Signs Gas Deal With Gazprom", a.title());
        assertEquals("Aziz Karimov", a.author());
        assertEquals("2023-03-03", a.published());
        assertEquals("", a.outlet());
        assertEquals("""
                Tashkent hopes the deal will end winter shortages

                TASHKENT — Uzbekistan signed a three-year gas supply agreement with Russia's Gazprom on Thursday, the energy ministry said.

                The deal covers up to 2.8 billion cubic metres a year, according to the ministry's statement.

                Energy Minister Jurabek Mirzamahmudov said the agreement was purely commercial. "We will never agree to political conditions in exchange for gas," he told reporters in Tashkent.

                ## Background

                Uzbekistan suffered severe gas and power shortages during the cold winter of 2023, when temperatures fell below minus 20 degrees.""",
                a.body());
    }

    @Test
    void hard_wrapped_paragraphs_are_rejoined_so_no_wrapped_tail_is_lost() throws Exception {
        Path txt = tmp.resolve("wrapped.txt");
        Files.writeString(txt, """
                Kyrgyzstan and Tajikistan agree to pull back troops from the border

                Kyrgyz President Sadyr Japarov and Tajik counterpart Emomali Rakhmon
                agreed on Friday to order a ceasefire and a troop pullback after
                deadly clashes on the border near Batken, the Kyrgyz president's
                office said in a statement published late in the evening in
                Bishkek.

                The ceasefire was set to take effect from 4pm local time, border
                guards said. Tajik authorities confirmed that the agreement had
                been reached in Samarkand.
                """);
        CleanedArticle a = ingester.clean(txt);
        assertEquals("Kyrgyzstan and Tajikistan agree to pull back troops from the border", a.title());
        assertEquals(2, a.paragraphCount());
        assertTrue(a.body().contains("published late in the evening in Bishkek."), a.body());
        assertTrue(a.body().endsWith("had been reached in Samarkand."), a.body());
        assertEquals(List.of(), a.dropped());
    }

    @Test
    void a_page_without_a_headline_is_rejected_rather_than_losing_its_first_sentence() throws Exception {
        Path txt = tmp.resolve("noheadline.txt");
        Files.writeString(txt, "Uzbekistan signed a gas supply agreement with Gazprom on Thursday, the ministry said.\n\n"
                + "The deal covers up to 2.8 billion cubic metres a year, according to the statement.\n");
        CorpusException e = org.junit.jupiter.api.Assertions.assertThrows(CorpusException.class, () -> ingester.clean(txt));
        assertTrue(e.getMessage().startsWith(txt + ": no headline found"), e.getMessage());
    }

    @Test
    void slugs_are_lowercase_ascii_hyphenated_and_at_most_sixty_characters() {
        Slugger s = new Slugger();
        assertEquals("russias-sham-referendums-in-ukraine-met-with-silence-from", s.slug(
                "Russia's 'Sham' Referendums In Ukraine Met With Silence From Central Asia"));
        String long1 = s.slug("Tajikistan says it will not recognize Taliban Afghan govt unless it’s inclusive and fair");
        assertTrue(long1.length() <= Slugger.MAX_LENGTH && long1.matches("[a-z0-9]+(-[a-z0-9]+)*"), long1);
        assertEquals("the-china-central-asia-summit", s.slug("The China–Central Asia Summit"));
    }
}
