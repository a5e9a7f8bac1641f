package dev.positionsbot.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fetches one web page for {@code ingest URL}: the JDK HTTP client, redirects followed (never from https down to
 * http), a connect and a whole-request timeout, a size limit, and only {@code text/html} or {@code text/plain}
 * accepted. Every failure is a {@link CorpusException} whose message names the address and the reason.
 */
public final class PageFetcher {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([\\w.:-]+)");
    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)");

    /** A fetched page: the address it finally came from (after redirects), its media type and its text. */
    public record Page(URI requested, URI finalUri, String mediaType, String text) {
        public boolean isHtml() {
            return mediaType.equals("text/html");
        }
    }

    private final HttpClient client;
    private final Duration connectTimeout;
    private final Duration timeout;
    private final int maxBytes;

    public PageFetcher() {
        this(DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT, DEFAULT_MAX_BYTES);
    }

    public PageFetcher(Duration connectTimeout, Duration timeout, int maxBytes) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.connectTimeout = connectTimeout;
        this.timeout = timeout;
        this.maxBytes = maxBytes;
    }

    /** The address as a URI, or an error naming it when it is not an absolute http(s) address. */
    public static URI address(String text) {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (Exception e) {
            throw new CorpusException(text + ": not a web address (" + e.getMessage() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new CorpusException(text + ": not an http(s) address");
        }
        return uri;
    }

    public Page fetch(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Accept", "text/html, text/plain;q=0.9")
                .header("User-Agent", "positions-bot ingest (+https://github.com/)")
                .GET()
                .build();
        HttpResponse<InputStream> response;
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            throw failure(uri, "timed out connecting after " + seconds(connectTimeout), e);
        } catch (HttpTimeoutException e) {
            throw failure(uri, "timed out after " + seconds(timeout), e);
        } catch (ConnectException e) {
            throw failure(uri, "connection refused or unreachable", e);
        } catch (UnknownHostException e) {
            throw failure(uri, "unknown host " + uri.getHost(), e);
        } catch (IOException e) {
            throw failure(uri, "network error (" + describe(e) + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(uri, "interrupted", e);
        }
        URI finalUri = response.uri();
        try (InputStream body = response.body()) {
            int status = response.statusCode();
            if (status >= 300 && status < 400) {
                throw failure(uri, "HTTP " + status + " redirect that was not followed"
                        + response.headers().firstValue("Location").map(l -> " (to " + l + ")").orElse(""), null);
            }
            if (status != 200) {
                throw failure(uri, "HTTP " + status + reasonPhrase(status)
                        + (finalUri.equals(uri) ? "" : " at " + finalUri), null);
            }
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            String mediaType = contentType.replaceFirst(";.*", "").strip().toLowerCase(Locale.ROOT);
            if (!mediaType.equals("text/html") && !mediaType.equals("text/plain")) {
                throw failure(uri, "not a web page: content type is "
                        + (contentType.isBlank() ? "not stated" : "'" + contentType.strip() + "'")
                        + " (only text/html and text/plain are read)", null);
            }
            long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > maxBytes) {
                throw failure(uri, "page is too large (" + declared + " bytes; the limit is " + maxBytes + ")", null);
            }
            byte[] bytes = readWithin(body, deadline, uri);
            if (bytes.length > maxBytes) {
                throw failure(uri, "page is too large (more than " + maxBytes + " bytes)", null);
            }
            return new Page(uri, finalUri, mediaType, decode(bytes, contentType, mediaType));
        } catch (HttpTimeoutException e) {
            throw failure(uri, "timed out after " + seconds(timeout) + " while reading the page", e);
        } catch (IOException e) {
            throw failure(uri, "network error while reading the page (" + describe(e) + ")", e);
        }
    }

    /**
     * Reads the body, at most {@code maxBytes + 1}, before the request's deadline. The client's own timeout ends when
     * the headers arrive; a server that then sends the body a byte a minute would hold {@code ingest} (or a Telegram
     * worker) forever, so the read runs on its own thread and the stream is closed when the deadline passes.
     */
    private byte[] readWithin(InputStream body, long deadline, URI uri) throws IOException {
        CompletableFuture<byte[]> read = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                read.complete(body.readNBytes(maxBytes + 1));
            } catch (IOException | RuntimeException e) {
                read.completeExceptionally(e);
            }
        }, "page-read");
        reader.setDaemon(true);
        reader.start();
        try {
            return read.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            body.close();
            throw failure(uri, "timed out after " + seconds(timeout) + " while reading the page", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw failure(uri, "error while reading the page (" + e.getCause() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            body.close();
            throw failure(uri, "interrupted", e);
        }
    }

    /** The charset the header states, else the one an HTML page declares in a meta tag, else UTF-8. */
    static String decode(byte[] bytes, String contentType, String mediaType) {
        Optional<Charset> charset = charset(CHARSET.matcher(contentType));
        if (charset.isEmpty() && mediaType.equals("text/html")) {
            String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
            charset = charset(META_CHARSET.matcher(head));
        }
        String text = new String(bytes, charset.orElse(StandardCharsets.UTF_8));
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static Optional<Charset> charset(Matcher m) {
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(m.group(1)));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static String reasonPhrase(int status) {
        return switch (status) {
            case 401 -> " Unauthorized";
            case 403 -> " Forbidden";
            case 404 -> " Not Found";
            case 410 -> " Gone";
            case 429 -> " Too Many Requests";
            case 500 -> " Internal Server Error";
            case 502 -> " Bad Gateway";
            case 503 -> " Service Unavailable";
            default -> "";
        };
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static CorpusException failure(URI uri, String reason, Exception cause) {
        return new CorpusException(uri + ": " + reason, cause);
    }
}
