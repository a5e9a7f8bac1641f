package dev.positionsbot.corpus;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * A small web site on 127.0.0.1 for ingest tests: pages with their content type and status, redirects, and a page
 * that answers too slowly. Public so that the integration tests through the jar can serve the same pages.
 */
public final class ArticlePageServer implements AutoCloseable {

    /** An invented article page with full metadata, page furniture and HTML entities. */
    public static final String ARTICLE_HTML = """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
              <meta charset="utf-8">
              <title>Steppe Ledger | Dushanbe power line</title>
              <meta property="og:title" content="Tajikistan and Kyrgyzstan agree on a cross&#8209;border power line">
              <meta property="og:site_name" content="Steppe Ledger">
              <meta name="author" content="Nodira Qosimova">
              <meta property="article:published_time" content="2024-03-05T09:30:00+05:00">
              <link rel="canonical" href="https://example.invalid/canonical-elsewhere">
              <script type="application/ld+json">
              {"@context": "https://schema.org", "@type": "NewsArticle",
               "headline": "Tajikistan and Kyrgyzstan agree on a power line",
               "datePublished": "2024-03-05T09:30:00+05:00",
               "author": [{"@type": "Person", "name": "Nodira Qosimova"}]}
              </script>
              <script>var trackingPixel = "should never be read as article text";</script>
              <style>.x { color: red }</style>
            </head>
            <body>
            <nav><a href="/">Home</a> <a href="/world">World news menu link</a></nav>
            <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies to continue.</div>
            <article>
            <h1>Tajikistan and Kyrgyzstan agree on a cross&#8209;border power line</h1>
            <p>Energy ministers of Tajikistan and Kyrgyzstan signed an agreement on Tuesday to build a 500&nbsp;kV power
            line between Khujand and Batken, officials said.</p>
            <p>The line will carry up to 1,200 megawatts in summer, when Tajik hydropower stations produce a surplus,
            according to Farrukh Saidov, a deputy minister of energy &amp; water resources.</p>
            <p>&ldquo;This is a shared grid for a shared future,&rdquo; Saidov told reporters in Dushanbe &mdash; a
            remark the Kyrgyz side echoed.</p>
            </article>
            <footer>Copyright 2024 Steppe Ledger. All rights reserved. Contact the newsroom.</footer>
            </body>
            </html>
            """;

    /** A page that is nothing but furniture: menus, a cookie notice and a footer. */
    public static final String FURNITURE_HTML = """
            <html><head><title>Index</title></head><body>
            <nav><a href="/">Home</a></nav>
            <div>We use cookies to improve your experience. Accept all cookies to continue.</div>
            <footer>Copyright 2024. All rights reserved.</footer>
            </body></html>
            """;

    private record Response(int status, String contentType, String body, String location, long delayMillis,
                            boolean dripBody) {
        Response(int status, String contentType, String body, String location, long delayMillis) {
            this(status, contentType, body, location, delayMillis, false);
        }
    }

    private final HttpServer server;
    private final Map<String, Response> routes = new ConcurrentHashMap<>();

    public ArticlePageServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "article-page-server");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    public ArticlePageServer page(String path, String contentType, String body) {
        routes.put(path, new Response(200, contentType, body, null, 0));
        return this;
    }

    public ArticlePageServer status(String path, int status) {
        routes.put(path, new Response(status, "text/html", "<html><body><p>status " + status + "</p></body></html>",
                null, 0));
        return this;
    }

    public ArticlePageServer redirect(String path, String to) {
        routes.put(path, new Response(302, "text/html", "", to, 0));
        return this;
    }

    public ArticlePageServer slow(String path, long delayMillis) {
        routes.put(path, new Response(200, "text/html", ARTICLE_HTML, null, delayMillis));
        return this;
    }

    /** Sends the headers at once, then waits {@code delayMillis} before the body: a server that stalls mid-page. */
    public ArticlePageServer stalling(String path, long delayMillis) {
        routes.put(path, new Response(200, "text/html", ARTICLE_HTML, null, delayMillis, true));
        return this;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            Response r = routes.get(ex.getRequestURI().getPath());
            if (r == null) {
                r = new Response(404, "text/html", "<html><body>not found</body></html>", null, 0);
            }
            if (r.dripBody()) {
                ex.getResponseHeaders().set("Content-Type", r.contentType());
                ex.sendResponseHeaders(200, 0);
                try (OutputStream os = ex.getResponseBody()) {
                    os.write("<html><body><p>Start".getBytes(StandardCharsets.UTF_8));
                    os.flush();
                    Thread.sleep(r.delayMillis());
                    os.write(r.body().getBytes(StandardCharsets.UTF_8));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return;
            }
            if (r.delayMillis() > 0) {
                try {
                    Thread.sleep(r.delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (r.location() != null) {
                ex.getResponseHeaders().set("Location", r.location());
            }
            byte[] bytes = r.body().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", r.contentType());
            ex.sendResponseHeaders(r.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream os = ex.getResponseBody()) {
                    os.write(bytes);
                }
            }
        } catch (IOException e) {
            // the client went away (a timeout test): nothing to answer
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
