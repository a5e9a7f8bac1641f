package dev.positionsbot;

import dev.positionsbot.corpus.ArticlePageServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ingest URL} and {@code ingest --urls FILE} through the packaged jar, against pages served on 127.0.0.1. */
class IngestUrlIT {

    @TempDir
    Path work;

    private ArticlePageServer site;

    @BeforeEach
    void start() throws Exception {
        site = new ArticlePageServer()
                .page("/news/power-line", "text/html; charset=utf-8", ArticlePageServer.ARTICLE_HTML)
                .status("/gone", 404)
                .page("/logo.png", "image/png", "PNG");
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private List<Path> articles() throws Exception {
        try (Stream<Path> files = Files.list(work.resolve("knowledge"))) {
            return files.filter(p -> p.toString().endsWith(".md")).toList();
        }
    }

    @Test
    void writes_the_page_with_its_metadata_and_names_each_failing_address_on_one_line() throws Exception {
        String ok = site.url("/news/power-line");
        String gone = site.url("/gone");
        JarRunner.Run run = JarRunner.run(work, null, "--knowledge", "knowledge", "ingest", gone, ok);

        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.err().contains("error: " + gone + ": HTTP 404 Not Found\n"), run.toString());
        assertTrue(run.out().contains(ok + " -> "), run.toString());
        List<Path> written = articles();
        assertEquals(1, written.size());
        String file = Files.readString(written.get(0), StandardCharsets.UTF_8);
        assertTrue(file.contains("title: Tajikistan and Kyrgyzstan agree on a cross\u2011border power line\n"), file);
        assertTrue(file.contains("outlet: Steppe Ledger\n"), file);
        assertTrue(file.contains("author: Nodira Qosimova\n"), file);
        assertTrue(file.contains("published: 2024-03-05\n"), file);
        assertTrue(file.contains("url: " + ok + "\n"), file);
        assertTrue(file.contains("language: en\n"), file);
        String body = JarRunner.body(written.get(0));
        assertTrue(body.contains("energy & water resources"), body);
        for (String furniture : List.of("trackingPixel", "menu link", "cookies", "Copyright", "&amp;", "&mdash;")) {
            assertFalse(body.contains(furniture), furniture + " in " + body);
        }

        Path list = Files.writeString(work.resolve("urls.txt"), "# reading list\n" + ok + "\n\n"
                + site.url("/logo.png") + "\n", StandardCharsets.UTF_8);
        JarRunner.Run again = JarRunner.run(work, null, "--knowledge", "knowledge", "ingest", "--urls",
                list.toString());
        assertEquals(1, again.exit(), again.toString());
        assertTrue(again.out().contains(ok + ": skipped, already in the knowledge base"), again.toString());
        assertTrue(again.err().contains("error: " + site.url("/logo.png") + ": not a web page: content type is "
                + "'image/png'"), again.toString());
        assertEquals(1, articles().size());

        JarRunner.Run loads = JarRunner.run(work, null, "--knowledge", "knowledge", "sources");
        assertEquals(0, loads.exit(), loads.toString());
        assertTrue(loads.out().contains("Steppe Ledger"), loads.toString());
    }
}
