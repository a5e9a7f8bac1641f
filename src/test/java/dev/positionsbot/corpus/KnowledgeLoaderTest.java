package dev.positionsbot.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KnowledgeLoaderTest {

    @TempDir
    Path dir;

    private final KnowledgeLoader loader = new KnowledgeLoader();

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static String valid(String title) {
        return "---\ntitle: " + title + "\noutlet: RFE/RL\nauthor: Jane Doe\npublished: 2022-10-04\nurl: https://example.org/a\n"
                + "language: en\nsource_file: a.txt\n---\n\nFirst paragraph. Second sentence.\n\n## Section\n\nThird.\n";
    }

    private CorpusException failure(String name, String text) throws Exception {
        write(name, text);
        return assertThrows(CorpusException.class, () -> loader.load(dir));
    }

    @Test
    void loads_front_matter_and_body_into_an_article() throws Exception {
        Path file = write("kz-referendum.md", valid("Kazakhstan will not recognize"));
        Article a = loader.load(dir).get(0);
        assertEquals("kz-referendum", a.id());
        assertEquals(file.toString(), a.file());
        assertEquals("Kazakhstan will not recognize", a.title());
        assertEquals("RFE/RL", a.outlet());
        assertEquals("Jane Doe", a.author());
        assertEquals("2022-10-04", a.published());
        assertEquals("https://example.org/a", a.url());
        assertEquals("en", a.language());
        assertEquals("a.txt", a.sourceFile());
        assertEquals("First paragraph. Second sentence.\n\n## Section\n\nThird.", a.body());
    }

    @Test
    void loads_articles_from_subdirectories_sorted_and_ignores_hidden_files_and_readme() throws Exception {
        write("b.md", valid("B"));
        write("sub/a.md", valid("A"));
        write(".index/x.md", "not an article");
        write("README.md", "# About this directory");
        List<Article> articles = loader.load(dir);
        assertEquals(List.of("b", "a"), articles.stream().map(Article::id).toList());
    }

    @Test
    void keeps_a_yaml_date_and_a_timestamp_as_iso_date_strings() throws Exception {
        write("a.md", "---\ntitle: T\npublished: 2021-08-25T10:15:00Z\n---\nText.\n");
        write("b.md", "---\ntitle: U\npublished: '2021-08-26'\n---\nText.\n");
        List<Article> articles = loader.load(dir);
        assertEquals("2021-08-25", articles.get(0).published());
        assertEquals("2021-08-26", articles.get(1).published());
    }

    @Test
    void unknown_field_is_reported_with_file_line_and_field() throws Exception {
        CorpusException e = failure("bad.md", "---\ntitle: T\nauthr: Jane\n---\nText.\n");
        assertTrue(e.getMessage().contains("bad.md:3"), e.getMessage());
        assertTrue(e.getMessage().contains("unknown front matter field 'authr'"), e.getMessage());
    }

    @Test
    void missing_title_is_reported_with_file_and_field() throws Exception {
        CorpusException e = failure("notitle.md", "---\noutlet: Reuters\n---\nText.\n");
        assertTrue(e.getMessage().contains("notitle.md"), e.getMessage());
        assertTrue(e.getMessage().contains("'title'"), e.getMessage());
    }

    @Test
    void empty_title_is_reported_with_its_line() throws Exception {
        CorpusException e = failure("empty-title.md", "---\noutlet: Reuters\ntitle: \"\"\n---\nText.\n");
        assertTrue(e.getMessage().contains("empty-title.md:3: field 'title' is empty"), e.getMessage());
    }

    @Test
    void broken_yaml_is_reported_with_file_and_line() throws Exception {
        CorpusException e = failure("broken.md", "---\ntitle: T\nauthor: \"unterminated\noutlet: X\n---\nText.\n");
        assertTrue(e.getMessage().startsWith(dir.resolve("broken.md") + ":"), e.getMessage());
        assertTrue(e.getMessage().matches("(?s).*broken\\.md:\\d+: broken YAML in front matter: .+"), e.getMessage());
    }

    @Test
    void unclosed_front_matter_is_reported() throws Exception {
        CorpusException e = failure("open.md", "---\ntitle: T\nText without a closing line.\n");
        assertTrue(e.getMessage().contains("open.md:1: front matter is not closed"), e.getMessage());
    }

    @Test
    void a_file_without_front_matter_is_reported() throws Exception {
        CorpusException e = failure("plain.md", "# Just markdown\n\nText.\n");
        assertTrue(e.getMessage().contains("plain.md:1: missing front matter"), e.getMessage());
    }

    @Test
    void a_list_value_is_reported_with_the_field() throws Exception {
        CorpusException e = failure("list.md", "---\ntitle: T\nauthor:\n  - A\n  - B\n---\nText.\n");
        assertTrue(e.getMessage().contains("list.md:3: field 'author' must be a single text value"), e.getMessage());
    }

    @Test
    void a_published_value_that_is_not_a_date_is_reported() throws Exception {
        CorpusException e = failure("date.md", "---\ntitle: T\npublished: last Tuesday\n---\nText.\n");
        assertTrue(e.getMessage().contains("date.md:3: field 'published' is not an ISO date"), e.getMessage());
    }

    @Test
    void empty_binary_and_non_utf8_files_are_rejected_naming_the_file() throws Exception {
        Path empty = write("empty.md", "");
        assertEquals(empty + ": file is empty", assertThrows(CorpusException.class, () -> loader.loadFile(empty)).getMessage());

        Path binary = dir.resolve("binary.md");
        Files.write(binary, new byte[]{'-', '-', '-', '\n', 0, 1, 2});
        String m = assertThrows(CorpusException.class, () -> loader.loadFile(binary)).getMessage();
        assertTrue(m.startsWith(binary + ": binary file"), m);

        Path latin1 = dir.resolve("latin1.md");
        Files.write(latin1, "---\ntitle: Caf\u00e9\n---\nText.\n".getBytes(StandardCharsets.ISO_8859_1));
        m = assertThrows(CorpusException.class, () -> loader.loadFile(latin1)).getMessage();
        assertTrue(m.startsWith(latin1 + ": not valid UTF-8"), m);
    }

    @Test
    void lenient_mode_skips_bad_files_and_lists_the_problems() throws Exception {
        write("good.md", valid("Good"));
        write("bad.md", "---\ntitle: T\nfoo: bar\n---\nText.\n");
        write("empty.md", "");
        LoadedCorpus corpus = loader.load(dir, true);
        assertEquals(List.of("good"), corpus.articles().stream().map(Article::id).toList());
        assertEquals(2, corpus.problems().size());
        assertTrue(corpus.problems().stream().anyMatch(p -> p.file().endsWith("bad.md") && p.message().contains("'foo'")));
        assertTrue(corpus.problems().stream().anyMatch(p -> p.file().endsWith("empty.md") && p.message().contains("empty")));
    }

    @Test
    void duplicate_ids_in_subdirectories_are_an_error() throws Exception {
        write("a/same.md", valid("One"));
        CorpusException e = failure("b/same.md", valid("Two"));
        assertTrue(e.getMessage().contains("duplicate article id 'same'"), e.getMessage());
    }

    @Test
    void a_missing_directory_is_named() {
        Path missing = dir.resolve("nope");
        CorpusException e = assertThrows(CorpusException.class, () -> loader.load(missing));
        assertTrue(e.getMessage().contains(missing.toString()));
    }

    @Test
    void loads_the_committed_knowledge_directory() {
        List<Article> articles = loader.load(Path.of("knowledge"));
        assertEquals(5, articles.size());
        for (Article a : articles) {
            assertTrue(!a.title().isBlank() && !a.body().isBlank() && a.sourceFile().endsWith(".txt"), a.id());
            assertEquals("en", a.language());
        }
    }
}
