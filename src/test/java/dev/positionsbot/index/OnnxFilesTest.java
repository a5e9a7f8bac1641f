package dev.positionsbot.index;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class OnnxFilesTest {

    private static final String SMALL = "lexicon/names.tsv";
    private static final String OTHER = "lexicon/places.tsv";

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = OnnxFilesTest.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void copies_the_files_once_into_a_directory_named_after_their_contents(@TempDir Path base) throws IOException {
        Path dir = OnnxFiles.copied(base, SMALL, List.of(OTHER)).orElseThrow();
        assertEquals(base, dir.getParent());
        assertTrue(dir.getFileName().toString().startsWith("onnx-"));
        assertArrayEquals(resource(SMALL), Files.readAllBytes(dir.resolve("names.tsv")));
        assertArrayEquals(resource(OTHER), Files.readAllBytes(dir.resolve("places.tsv")));

        FileTime written = Files.getLastModifiedTime(dir.resolve("names.tsv"));
        Files.setLastModifiedTime(dir.resolve("names.tsv"), FileTime.fromMillis(written.toMillis() - 60_000));
        assertEquals(Optional.of(dir), OnnxFiles.copied(base, SMALL, List.of(OTHER)));
        assertEquals(written.toMillis() - 60_000, Files.getLastModifiedTime(dir.resolve("names.tsv")).toMillis(),
                "a complete copy is used as it is, not written again");
        try (var left = Files.list(base)) {
            assertEquals(List.of(dir), left.toList(), "no staging directory is left behind");
        }
    }

    @Test
    void other_files_get_another_directory(@TempDir Path base) {
        Path one = OnnxFiles.copied(base, SMALL, List.of()).orElseThrow();
        Path two = OnnxFiles.copied(base, OTHER, List.of()).orElseThrow();
        assertNotEquals(one, two);
    }

    @Test
    void a_truncated_copy_is_made_again(@TempDir Path base) throws IOException {
        Path dir = OnnxFiles.copied(base, SMALL, List.of(OTHER)).orElseThrow();
        Files.write(dir.resolve("names.tsv"), new byte[10]);
        Files.delete(dir.resolve("places.tsv"));
        assertEquals(Optional.of(dir), OnnxFiles.copied(base, SMALL, List.of(OTHER)));
        assertArrayEquals(resource(SMALL), Files.readAllBytes(dir.resolve("names.tsv")));
        assertArrayEquals(resource(OTHER), Files.readAllBytes(dir.resolve("places.tsv")));
    }

    @Test
    void a_directory_others_may_write_to_is_not_used(@TempDir Path base) throws IOException {
        Path dir = OnnxFiles.copied(base, SMALL, List.of()).orElseThrow();
        assumeTrue(Files.getFileAttributeView(dir, java.nio.file.attribute.PosixFileAttributeView.class) != null,
                "POSIX permissions only");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertEquals(Optional.empty(), OnnxFiles.copied(base, SMALL, List.of()));
    }

    @Test
    void a_place_that_cannot_hold_a_directory_means_reading_from_the_jar(@TempDir Path tmp) throws IOException {
        Path notADirectory = Files.writeString(tmp.resolve("file"), "x");
        assertEquals(Optional.empty(), OnnxFiles.copied(notADirectory, SMALL, List.of()));
        assertEquals(Optional.empty(), OnnxFiles.copied(tmp, "no/such/resource.onnx", List.of()));
    }

    @Test
    void the_natives_of_this_platform_are_found_in_the_onnx_runtime_jar() {
        String os = System.getProperty("os.name").toLowerCase();
        assumeTrue(os.contains("linux"), "the jar carries Linux natives only");
        List<String> natives = OnnxFiles.nativeResources();
        assertEquals(2, natives.size(), natives.toString());
        assertTrue(natives.stream().allMatch(n -> n.startsWith("ai/onnxruntime/native/linux-")), natives.toString());
        assertFalse(natives.get(0).equals(natives.get(1)));
    }
}
