package dev.positionsbot.index;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;

/**
 * An embedding model's ONNX file and ONNX Runtime's native libraries copied out of the jar once into a cache
 * directory, so that a start opens the model from a file and loads the natives in place. From the jar, every start
 * inflated the 23 MB model into a byte array (about 170-250 ms here) and ONNX Runtime unpacked its 16 MB library into
 * a new temporary directory (about 85 ms, leaving an empty directory behind each time); see docs/benchmarks-notes.md.
 *
 * <p>The directory is named after the jar entries' sizes and checksums, so another jar (an upgrade) gets another
 * directory and never a stale model or library; a copy is made in a sibling directory and moved into place in one
 * step, so a directory that exists is complete (sizes are checked as well). Where nothing can be written, or on a
 * platform whose natives the jar lacks, callers fall back to reading from the jar as before. Native code is only
 * loaded from a directory that others cannot write.
 */
final class OnnxFiles {

    private static final Logger log = LoggerFactory.getLogger(OnnxFiles.class);
    /** ONNX Runtime reads its natives from this directory when set (its documented loading order). */
    static final String NATIVE_PATH_PROPERTY = "onnxruntime.native.path";
    private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rwx------");
    private static final Map<String, Optional<Path>> DONE = new LinkedHashMap<>();

    private OnnxFiles() {
    }

    /**
     * Where the copies go: {@code -Dpositionsbot.model.dir} if set (the Docker image and the systemd unit set it),
     * else {@code ~/.cache/positions-bot}; each jar's files in their own subdirectory.
     */
    static Path baseDirectory() {
        String configured = System.getProperty("positionsbot.model.dir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.home"), ".cache", "positions-bot");
    }

    /**
     * The directory holding {@code modelResource} and this platform's ONNX Runtime natives, copied out of the jar if
     * needed; empty (with a warning) when that cannot be done. Points ONNX Runtime at the natives there, unless the
     * user chose a native path already. Once per model and JVM.
     */
    static synchronized Optional<Path> prepare(String modelResource) {
        return DONE.computeIfAbsent(modelResource, r -> {
            Optional<Path> dir = copied(baseDirectory(), r, nativeResources());
            dir.ifPresent(OnnxFiles::useNativesIn);
            return dir;
        });
    }

    private static void useNativesIn(Path dir) {
        List<String> natives = nativeResources();
        if (!natives.isEmpty() && System.getProperty(NATIVE_PATH_PROPERTY) == null
                && natives.stream().allMatch(n -> Files.isRegularFile(dir.resolve(fileName(n))))) {
            System.setProperty(NATIVE_PATH_PROPERTY, dir.toAbsolutePath().toString());
        }
    }

    /** ONNX Runtime's two libraries for this platform as the jar holds them; none where the jar has no such build. */
    static List<String> nativeResources() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String folder = !os.contains("linux") ? null
                : arch.equals("amd64") || arch.equals("x86_64") ? "linux-x64"
                : arch.equals("aarch64") ? "linux-aarch64" : null;
        if (folder == null) {
            return List.of();
        }
        List<String> out = List.of("ai/onnxruntime/native/" + folder + "/" + System.mapLibraryName("onnxruntime"),
                "ai/onnxruntime/native/" + folder + "/" + System.mapLibraryName("onnxruntime4j_jni"));
        ClassLoader loader = OnnxFiles.class.getClassLoader();
        return out.stream().allMatch(r -> loader.getResource(r) != null) ? out : List.of();
    }

    /** The resources copied into a subdirectory of {@code base} named after their contents, or empty on failure. */
    static Optional<Path> copied(Path base, String modelResource, List<String> otherResources) {
        List<String> resources = new ArrayList<>();
        resources.add(modelResource);
        resources.addAll(otherResources);
        try {
            Map<String, Long> sizes = new LinkedHashMap<>();
            String key = key(resources, sizes);
            Path dir = base.resolve("onnx-" + key);
            if (!complete(dir, sizes)) {
                copy(dir, sizes);
            }
            if (!privateToUs(dir)) {
                log.warn("not loading ONNX files from {}: others may write to it; reading them from the jar", dir);
                return Optional.empty();
            }
            return Optional.of(dir);
        } catch (IOException | RuntimeException e) {
            log.warn("cannot copy the embedding model out of the jar into {} ({}); reading it from the jar at each "
                    + "start (set -Dpositionsbot.model.dir to a writable directory)", base, e.toString());
            return Optional.empty();
        }
    }

    /** A name for this set of files: a digest of each entry's name, size and checksum (or file size and time). */
    private static String key(List<String> resources, Map<String, Long> sizes) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        ClassLoader loader = OnnxFiles.class.getClassLoader();
        for (String r : resources) {
            URL url = loader.getResource(r);
            if (url == null) {
                throw new IOException("resource " + r + " is not on the class path");
            }
            URLConnection c = url.openConnection();
            String stamp;
            long size;
            if (c instanceof JarURLConnection jar) {
                jar.setUseCaches(false);
                JarEntry e = jar.getJarEntry();
                size = e.getSize();
                stamp = size + ":" + e.getCrc();
                jar.getJarFile().close();
            } else if (url.getProtocol().equals("file")) {
                try {
                    Path p = Path.of(url.toURI());
                    size = Files.size(p);
                    stamp = size + ":" + Files.getLastModifiedTime(p).toMillis();
                } catch (URISyntaxException e) {
                    throw new IOException(e);
                }
            } else {
                throw new IOException("cannot tell the size of " + url);
            }
            if (size < 0) {
                throw new IOException("the jar does not record the size of " + r);
            }
            sizes.put(r, size);
            digest.update((r + "=" + stamp + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 8);
    }

    private static boolean complete(Path dir, Map<String, Long> sizes) throws IOException {
        for (Map.Entry<String, Long> e : sizes.entrySet()) {
            Path f = dir.resolve(fileName(e.getKey()));
            if (!Files.isRegularFile(f) || Files.size(f) != e.getValue()) {
                return false;
            }
        }
        return true;
    }

    private static void copy(Path dir, Map<String, Long> sizes) throws IOException {
        Path parent = dir.toAbsolutePath().getParent();
        createPrivateDirectories(parent);
        Path staging = Files.createTempDirectory(parent, ".onnx-");
        try {
            ClassLoader loader = OnnxFiles.class.getClassLoader();
            for (String r : sizes.keySet()) {
                try (InputStream in = loader.getResourceAsStream(r)) {
                    if (in == null) {
                        throw new IOException("resource " + r + " is not on the class path");
                    }
                    Files.copy(in, staging.resolve(fileName(r)));
                }
            }
            if (!complete(staging, sizes)) {
                throw new IOException("the copy in " + staging + " does not match the sizes in the jar");
            }
            if (StagedDirectory.publish(staging, dir, d -> complete(d, sizes))) {
                log.info("embedding model and ONNX Runtime copied to {}", dir);
            }
        } finally {
            StagedDirectory.deleteTree(staging);
        }
    }

    private static void createPrivateDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        Path parent = dir.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            if (Files.getFileAttributeView(parent == null ? dir.getRoot() : parent, PosixFileAttributeView.class) != null) {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PRIVATE));
            } else {
                Files.createDirectory(dir);
            }
        } catch (FileAlreadyExistsException e) {
            // made meanwhile by another process
        }
    }

    /**
     * False where someone else could replace the files: the directory or its parent writable by a group or others,
     * or owned by a user other than this one or root (a directory planted in a shared place).
     */
    private static boolean privateToUs(Path dir) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(dir, PosixFileAttributeView.class);
        if (view == null) {
            return true;
        }
        String me = System.getProperty("user.name", "");
        Path top = dir.toAbsolutePath().getParent();
        for (Path p = dir.toAbsolutePath(); p != null && p.startsWith(top); p = p.getParent()) {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
            String owner = Files.getOwner(p).getName();
            if (perms.contains(PosixFilePermission.GROUP_WRITE) || perms.contains(PosixFilePermission.OTHERS_WRITE)
                    || !(owner.equals(me) || owner.equals("root"))) {
                return false;
            }
        }
        return true;
    }

    static String fileName(String resource) {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }
}
