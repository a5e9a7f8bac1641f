package dev.positionsbot.corpus;

import dev.positionsbot.App;
import dev.positionsbot.TestMaterial;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code ingest} subcommand end to end: files written, never overwritten without --force, bad input named. */
class IngestCommandTest {

    private static final Path SEED = TestMaterial.seed("002_f78e8e227278ea8e.txt");

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    private int ingest(String... args) {
        out.reset();
        err.reset();
        return App.run(Stream.concat(Stream.of("ingest"), Stream.of(args)).toArray(String[]::new));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writes_front_matter_and_body_and_reports_what_it_kept() throws Exception {
        Path kn = tmp.resolve("knowledge");
        assertEquals(0, ingest(SEED.toString(), "--out", kn.toString()));
        Path md = kn.resolve("kazakhstan-will-not-recognize-referendums-in-occupied.md");
        String text = Files.readString(md);
        assertTrue(text.startsWith("---\ntitle: Kazakhstan Will Not Recognize Referendums In Occupied Ukraine\n"), text);
        assertTrue(text.contains("\nsource_file: 002_f78e8e227278ea8e.txt\n---\n\nKazakhstan, a close ex-Soviet republic"), text);
        assertTrue(stdout().contains("title: Kazakhstan Will Not Recognize Referendums In Occupied Ukraine"), stdout());
        assertTrue(stdout().contains("kept: 8 paragraphs"), stdout());
        Article loaded = new KnowledgeLoader().loadFile(md);
        assertEquals("", loaded.outlet());
        assertEquals("002_f78e8e227278ea8e.txt", loaded.sourceFile());
    }

    @Test
    void explain_lists_every_dropped_line_with_its_reason() {
        assertEquals(0, ingest(SEED.toString(), "--out", tmp.toString(), "--explain"));
        assertTrue(stdout().contains("dropped [related-headlines] Elon Musk Provokes Ukraine’s Ire With Absurd Tweets"), stdout());
        assertTrue(stdout().contains("dropped [disclaimer] Information for this briefing"), stdout());
    }

    @Test
    void refuses_to_overwrite_an_existing_file_without_force() throws Exception {
        assertEquals(0, ingest(SEED.toString(), "--out", tmp.toString()));
        Path md = tmp.resolve("kazakhstan-will-not-recognize-referendums-in-occupied.md");
        String corrected = Files.readString(md).replace("outlet: \"\"", "outlet: Hand Corrected");
        Files.writeString(md, corrected);

        assertEquals(0, ingest(SEED.toString(), "--out", tmp.toString()));
        assertTrue(stdout().contains("not overwritten (use --force"), stdout());
        assertEquals(corrected, Files.readString(md));

        assertEquals(0, ingest(SEED.toString(), "--out", tmp.toString(), "--force"));
        assertNotEquals(corrected, Files.readString(md));
        assertTrue(stdout().contains("(overwritten)"), stdout());
    }

    @Test
    void gives_a_different_article_with_the_same_title_its_own_slug() throws Exception {
        Path copy = tmp.resolve("in").resolve("copy-of-002.txt");
        Files.createDirectories(copy.getParent());
        Files.copy(SEED, copy);
        Path kn = tmp.resolve("kn");
        assertEquals(0, ingest(SEED.toString(), copy.toString(), "--out", kn.toString()));
        try (Stream<Path> files = Files.list(kn)) {
            assertEquals(List.of("kazakhstan-will-not-recognize-referendums-in-occupied-2.md",
                    "kazakhstan-will-not-recognize-referendums-in-occupied.md"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void names_each_bad_file_and_its_problem_and_still_ingests_the_others() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a-empty.txt"), "");
        Files.write(in.resolve("b-binary.txt"), new byte[]{'H', 'i', 0, 0, 1});
        Files.write(in.resolve("c-latin1.txt"), "Caf\u00e9 news\n\nA long enough sentence about a caf\u00e9 in Almaty today.\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(in.resolve("d-nobody.txt"), "Menu\nSearch\nShare\n");
        Files.copy(SEED, in.resolve("e-good.txt"));
        Path kn = tmp.resolve("kn");

        int code = ingest(in.toString(), "--out", kn.toString());

        assertEquals(1, code);
        String e = stderr();
        assertTrue(e.contains("a-empty.txt: file is empty"), e);
        assertTrue(e.contains("b-binary.txt: binary file"), e);
        assertTrue(e.contains("c-latin1.txt: not valid UTF-8"), e);
        assertTrue(e.contains("d-nobody.txt: no "), e);
        assertTrue(e.contains("4 file(s) failed"), e);
        assertTrue(Files.exists(kn.resolve("kazakhstan-will-not-recognize-referendums-in-occupied.md")));
    }

    @Test
    void skips_upper_case_documentation_files_when_walking_a_directory() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.copy(SEED, in.resolve("a.txt"));
        Files.writeString(in.resolve("SOURCES.md"), "# Sources\n\n- a.txt | something\n");
        assertEquals(List.of(in.resolve("a.txt")), ArticleIngester.expand(List.of(in)));
    }
}
