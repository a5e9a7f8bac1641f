package dev.positionsbot.corpus;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageFetcherTest {

    private ArticlePageServer site;
    private final PageFetcher fetcher = new PageFetcher(Duration.ofSeconds(2), Duration.ofSeconds(5), 2_000);

    @BeforeEach
    void start() throws Exception {
        site = new ArticlePageServer()
                .page("/big", "text/html", "<p>" + "word ".repeat(1000) + "</p>")
                .page("/small", "text/html", "<p>Tashkent &amp; Almaty</p>")
                .page("/xhtml", "application/xhtml+xml", "<p>x</p>")
                .redirect("/loop", "/loop")
                .status("/error", 503);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void a_page_over_the_size_limit_is_refused_with_the_limit() {
        CorpusException e = assertThrows(CorpusException.class, () -> fetcher.fetch(URI.create(site.url("/big"))));
        assertTrue(e.getMessage().startsWith(site.url("/big") + ": page is too large"), e.getMessage());
        assertTrue(e.getMessage().contains("2000"), e.getMessage());
    }

    @Test
    void a_small_page_comes_back_with_its_final_address_and_type() {
        PageFetcher.Page page = fetcher.fetch(URI.create(site.url("/small")));
        assertEquals(URI.create(site.url("/small")), page.finalUri());
        assertTrue(page.isHtml());
        assertEquals("<p>Tashkent &amp; Almaty</p>", page.text());
    }

    @Test
    void only_html_and_plain_text_are_read() {
        CorpusException e = assertThrows(CorpusException.class, () -> fetcher.fetch(URI.create(site.url("/xhtml"))));
        assertTrue(e.getMessage().contains("content type is 'application/xhtml+xml'"), e.getMessage());
    }

    @Test
    void a_redirect_loop_and_a_server_error_are_named() {
        CorpusException loop = assertThrows(CorpusException.class, () -> fetcher.fetch(URI.create(site.url("/loop"))));
        assertTrue(loop.getMessage().startsWith(site.url("/loop") + ": "), loop.getMessage());
        CorpusException down = assertThrows(CorpusException.class,
                () -> fetcher.fetch(URI.create(site.url("/error"))));
        assertEquals(site.url("/error") + ": HTTP 503 Service Unavailable", down.getMessage());
    }

    @Test
    void the_charset_comes_from_the_header_or_the_page_and_defaults_to_utf_8() {
        byte[] cp1251 = "<p>Привет</p>".getBytes(java.nio.charset.Charset.forName("windows-1251"));
        assertEquals("<p>Привет</p>", PageFetcher.decode(cp1251, "text/html; charset=windows-1251", "text/html"));
        byte[] declared = ("<meta charset=\"windows-1251\"><p>Привет</p>")
                .getBytes(java.nio.charset.Charset.forName("windows-1251"));
        assertTrue(PageFetcher.decode(declared, "text/html", "text/html").endsWith("<p>Привет</p>"));
        assertEquals("é", PageFetcher.decode("\uFEFFé".getBytes(StandardCharsets.UTF_8), "text/plain", "text/plain"));
    }

    @Test
    void addresses_match_regardless_of_host_case_fragment_and_trailing_slash() {
        assertEquals(UrlIngester.key(URI.create("http://Example.ORG/a/b")),
                UrlIngester.key(URI.create("http://example.org/a/b/#top")));
        assertTrue(!UrlIngester.key(URI.create("http://example.org/a?id=1"))
                .equals(UrlIngester.key(URI.create("http://example.org/a?id=2"))));
    }
}
