package dev.positionsbot.corpus;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ingest URL}: a page served by the test's own HTTP server on 127.0.0.1, fetched, cleaned and written. */
class UrlIngesterTest {

    @TempDir
    Path knowledge;

    private ArticlePageServer site;
    private UrlIngester ingester;

    @BeforeEach
    void start() throws Exception {
        site = new ArticlePageServer()
                .page("/news/power-line", "text/html; charset=utf-8", ArticlePageServer.ARTICLE_HTML)
                .redirect("/short/1", "/news/power-line")
                .status("/gone", 404)
                .page("/photo.png", "image/png", "PNGDATA")
                .page("/furniture", "text/html", ArticlePageServer.FURNITURE_HTML)
                .page("/plain.txt", "text/plain; charset=utf-8", "A plain headline for a text page\n\n"
                        + "The Uzbek cabinet approved a budget of 3 billion som for rural roads on Monday, its press "
                        + "office said in a statement.\n\nWork will start in April in Karakalpakstan and Khorezm, "
                        + "the statement added.\n")
                .slow("/slow", 3000)
                .stalling("/stalls", 5000);
        ingester = new UrlIngester(new PageFetcher(Duration.ofSeconds(2), Duration.ofMillis(700), 1_000_000));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private Article loaded(Path file) {
        return new KnowledgeLoader().loadFile(file);
    }

    @Test
    void writes_a_knowledge_file_whose_metadata_comes_from_the_page() {
        UrlIngester.Outcome o = ingester.ingest(site.url("/news/power-line"), knowledge, false);
        assertEquals(UrlIngester.Outcome.Status.WRITTEN, o.status(), o.message());
        Article a = loaded(o.target());
        assertEquals("Tajikistan and Kyrgyzstan agree on a cross\u2011border power line", a.title());
        assertEquals("Steppe Ledger", a.outlet());
        assertEquals("Nodira Qosimova", a.author());
        assertEquals("2024-03-05", a.published());
        assertEquals(site.url("/news/power-line"), a.url(), "the address fetched, not the canonical link");
        assertEquals("en", a.language());
        assertTrue(a.body().contains("deputy minister of energy & water resources."), a.body());
        assertTrue(a.body().contains("\u201CThis is a shared grid for a shared future,\u201D Saidov told reporters in "
                + "Dushanbe \u2014 a remark"), a.body());
        for (String furniture : List.of("trackingPixel", "color: red", "menu link", "cookies", "Copyright",
                "&amp;", "&nbsp;", "&mdash;")) {
            assertFalse(a.body().contains(furniture), furniture + " leaked into " + a.body());
        }
        assertEquals(3, a.body().split("\n\n").length, a.body());
    }

    @Test
    void the_url_is_the_address_after_redirects_and_a_known_address_is_skipped_unless_forced() {
        UrlIngester.Outcome first = ingester.ingest(site.url("/short/1"), knowledge, false);
        assertEquals(UrlIngester.Outcome.Status.WRITTEN, first.status(), first.message());
        assertEquals(site.url("/news/power-line"), loaded(first.target()).url());

        UrlIngester.Outcome again = ingester.ingest(site.url("/news/power-line"), knowledge, false);
        assertEquals(UrlIngester.Outcome.Status.SKIPPED_KNOWN, again.status());
        assertTrue(again.message().contains("already in the knowledge base"), again.message());
        UrlIngester.Outcome viaRedirect = ingester.ingest(site.url("/short/1"), knowledge, false);
        assertEquals(UrlIngester.Outcome.Status.SKIPPED_KNOWN, viaRedirect.status());

        UrlIngester.Outcome forced = ingester.ingest(site.url("/news/power-line"), knowledge, true);
        assertEquals(UrlIngester.Outcome.Status.OVERWRITTEN, forced.status(), forced.message());
        assertEquals(first.target(), forced.target());
        try (Stream<Path> files = Files.list(knowledge)) {
            assertEquals(1, files.count(), "no second copy and no temporary file left behind");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void a_404_names_the_address_and_the_status() {
        UrlIngester.Outcome o = ingester.ingest(site.url("/gone"), knowledge, false);
        assertTrue(o.failed());
        assertNull(o.target());
        assertEquals(site.url("/gone") + ": HTTP 404 Not Found", o.message());
    }

    @Test
    void a_type_that_is_not_a_web_page_is_refused_with_its_type() {
        UrlIngester.Outcome o = ingester.ingest(site.url("/photo.png"), knowledge, false);
        assertTrue(o.failed());
        assertTrue(o.message().startsWith(site.url("/photo.png") + ": not a web page: content type is 'image/png'"),
                o.message());
    }

    @Test
    void a_slow_page_times_out_with_a_message_saying_so() {
        UrlIngester.Outcome o = ingester.ingest(site.url("/slow"), knowledge, false);
        assertTrue(o.failed());
        assertTrue(o.message().startsWith(site.url("/slow") + ": timed out after 700 ms"), o.message());
    }

    @Test
    void a_page_that_stalls_after_its_headers_times_out_too() {
        long t0 = System.nanoTime();
        UrlIngester.Outcome o = ingester.ingest(site.url("/stalls"), knowledge, false);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(o.failed());
        assertTrue(o.message().startsWith(site.url("/stalls") + ": timed out after 700 ms while reading the page"),
                o.message());
        assertTrue(ms < 3000, "gave up after " + ms + " ms");
    }

    @Test
    void a_page_without_article_text_is_an_error_and_writes_nothing() throws Exception {
        UrlIngester.Outcome o = ingester.ingest(site.url("/furniture"), knowledge, false);
        assertTrue(o.failed());
        assertTrue(o.message().startsWith(site.url("/furniture") + ": no "), o.message());
        try (Stream<Path> files = Files.list(knowledge)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void an_unreachable_address_and_a_non_web_scheme_are_named() {
        UrlIngester.Outcome refused = ingester.ingest("http://127.0.0.1:1/x", knowledge, false);
        assertTrue(refused.failed());
        assertTrue(refused.message().startsWith("http://127.0.0.1:1/x: "), refused.message());
        UrlIngester.Outcome ftp = ingester.ingest("ftp://127.0.0.1/file", knowledge, false);
        assertEquals("ftp://127.0.0.1/file: not an http(s) address", ftp.message());
    }

    @Test
    void a_plain_text_page_states_nothing_so_its_metadata_stays_empty() {
        UrlIngester.Outcome o = ingester.ingest(site.url("/plain.txt"), knowledge, false);
        assertEquals(UrlIngester.Outcome.Status.WRITTEN, o.status(), o.message());
        Article a = loaded(o.target());
        assertEquals("A plain headline for a text page", a.title());
        assertEquals("", a.outlet());
        assertEquals("", a.author());
        assertEquals("", a.published());
        assertEquals(site.url("/plain.txt"), a.url());
    }

    @Test
    void json_ld_states_the_date_and_author_when_meta_tags_do_not() {
        PageMetadata m = PageMetadata.read("""
                <html lang="ru"><head><script type="application/ld+json">
                {"@graph": [{"@type": "WebSite", "name": "Site"},
                  {"@type": ["ReportageNewsArticle"], "datePublished": "2022-09-30",
                   "author": [{"name": "A. Author"}, "B. Writer"], "publisher": {"name": "Ledger &amp; Co"}}]}
                </script></head><body></body></html>
                """);
        assertEquals(new PageMetadata("", "Ledger & Co", "A. Author, B. Writer", "2022-09-30", "ru"), m);
        assertEquals(new PageMetadata("", "", "", "", ""), PageMetadata.read("<p>nothing stated</p>"));
    }
}
