package dev.positionsbot.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HTML pages as real sites write them: every kind of entity, scripts everywhere, tags closed in the wrong order. */
class HtmlTextTest {

    @TempDir
    Path tmp;

    private static List<String> nonBlankLines(String html) {
        return HtmlText.parse(html).lines().stream().filter(l -> !l.isBlank()).toList();
    }

    @Test
    void named_decimal_and_hex_entities_become_the_characters_they_stand_for() {
        List<String> lines = nonBlankLines("""
                <html><body>
                <p>M&uuml;nchen &amp; D&uuml;sseldorf pledged &euro;2&nbsp;million &mdash; &#8364;3 million by 2025&hellip;</p>
                <p>&Ouml;zbekiston&#x2019;s envoy said &laquo;no&raquo;; the &quot;deal&quot; costs &pound;5 &times; 2.</p>
                <p>Ka&shy;zakh&shy;stan &#xE9;lite &#233;lite</p>
                </body></html>
                """);
        assertEquals(List.of(
                "München & Düsseldorf pledged €2 million — €3 million by 2025…",
                "Özbekiston’s envoy said «no»; the \"deal\" costs £5 × 2.",
                "Kazakhstan élite élite"), lines);
    }

    @Test
    void meta_tags_with_entities_are_decoded_too() {
        RawDocument doc = HtmlText.parse("""
                <html><head>
                <meta property="og:title" content="Zürich talks: &euro;1bn for Central Asia&#39;s grid">
                <meta name="author" content="By Ren&eacute;e M&uuml;ller">
                <meta property="og:site_name" content="Caf&eacute; Times">
                <link rel="canonical" href="https://example.org/a?x=1&amp;y=2">
                </head><body><p>Text.</p></body></html>
                """);
        assertEquals("Zürich talks: €1bn for Central Asia's grid", doc.hints().get("title"));
        assertEquals("Renée Müller", doc.hints().get("author"));
        assertEquals("Café Times", doc.hints().get("outlet"));
        assertEquals("https://example.org/a?x=1&y=2", doc.hints().get("url"));
    }

    @Test
    void scripts_styles_and_page_furniture_leave_no_text_wherever_they_are() {
        List<String> lines = nonBlankLines("""
                <html><head><script>var inHead = "<p>head script</p>";</script><style>p { color: red }</style></head>
                <body>
                <nav><ul><li><a href="/">Home</a></li><li>World</li></ul></nav>
                <p>Astana said it would keep its embassy open.<script>document.write("<p>injected</p>")</script></p>
                <script type="application/ld+json">{"headline": "json text"}</script>
                <noscript><p>Enable JavaScript</p></noscript>
                <aside><p>Related: another story</p></aside>
                <form><button>Subscribe</button><select><option>English</option></select></form>
                <svg><text>logo</text></svg>
                <iframe src="ad.html">ad</iframe>
                <p>The ministry confirmed the decision on Monday.</p>
                <footer>&copy; 2024 Site</footer>
                </body></html>
                """);
        assertEquals(List.of("Astana said it would keep its embassy open.", "The ministry confirmed the decision on Monday."),
                lines);
    }

    @Test
    void badly_nested_and_unclosed_tags_still_give_one_line_per_block_in_reading_order() {
        List<String> lines = nonBlankLines("""
                <body>
                <div><p>First paragraph with <b>bold <i>and italic</b> text</i> inside.
                <p>Second paragraph, never closed
                <div>A block inside a paragraph</p></div>
                <ul><li>one<li>two</ul>
                <p>Line one<br>line two</p>
                <table><tr><td>cell a<td>cell b</table>
                """);
        assertEquals(List.of("First paragraph with bold and italic text inside.", "Second paragraph, never closed",
                "A block inside a paragraph", "one", "two", "Line one", "line two", "cell a", "cell b"), lines);
    }

    @Test
    void a_paragraph_wrapped_over_several_source_lines_is_one_line() {
        List<String> lines = nonBlankLines("<p>Kazakhstan will not\n   recognise the\n\treferendums.</p>");
        assertEquals(List.of("Kazakhstan will not recognise the referendums."), lines);
    }

    @Test
    void the_first_h1_is_the_title_when_no_meta_tag_states_one() {
        RawDocument doc = HtmlText.parse("<body><h1>Tokayev &ndash; <em>no</em> recognition</h1><p>Body.</p></body>");
        assertEquals("Tokayev – no recognition", doc.hints().get("title"));
    }

    @Test
    void decode_handles_any_named_or_numeric_reference() {
        assertEquals("Grüße, € 5 — ok’", HtmlText.decode("Gr&uuml;&szlig;e, &euro;&nbsp;5 &mdash; ok&#8217;"));
        assertEquals("no entity & here", HtmlText.decode("no entity & here"));
    }

    @Test
    void an_entity_rich_and_script_laden_page_ingests_to_clean_text_with_its_metadata() throws Exception {
        Path page = tmp.resolve("page.html");
        Files.writeString(page, """
                <!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
                <meta property="og:title" content="Kasachstan erkennt die Referenden nicht an">
                <meta property="og:site_name" content="Beispiel&shy;zeitung">
                <script>window.dataLayer = [{"page": "<h1>x</h1>"}];</script></head>
                <body><div class="wrap"><header><nav>Start | Politik</nav></header>
                <h1>Kasachstan erkennt die Referenden nicht an</h1>
                <p>Kasachstan wird die Referenden in den besetzten Gebieten der Ukraine nicht anerkennen, sagte ein Sprecher des Au&szlig;enministeriums am Montag in Astana.
                <p>Die Regierung ber&uuml;ft sich auf die &bdquo;territoriale Integrit&auml;t der Staaten&ldquo; und die UN&#8209;Charta.<script>track()</script>
                </div><footer>&copy; Beispielzeitung</footer></body></html>
                """);
        CleanedArticle a = new ArticleIngester().clean(page);
        assertEquals("Kasachstan erkennt die Referenden nicht an", a.title());
        assertEquals("Beispielzeitung", a.outlet());
        assertTrue(a.body().contains("sagte ein Sprecher des Außenministeriums am Montag in Astana."), a.body());
        assertTrue(a.body().contains("„territoriale Integrität der Staaten“ und die UN‑Charta."), a.body());
        assertFalse(a.body().contains("&"), a.body());
        assertFalse(a.body().contains("track()") || a.body().contains("dataLayer"), a.body());
    }
}
