package dev.positionsbot.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * {@code java -cp positions-bot.jar dev.positionsbot.http.HealthProbe [PORT]}: exits 0 when
 * {@code http://127.0.0.1:PORT/healthz} answers 200, else 1. For container health checks, because the JRE image
 * has no curl. The port defaults to {@code POSITIONS_BOT_HTTP_PORT}.
 */
public final class HealthProbe {

    private HealthProbe() {
    }

    public static void main(String[] args) {
        String port = args.length > 0 ? args[0] : System.getenv("POSITIONS_BOT_HTTP_PORT");
        System.exit(probe(port) ? 0 : 1);
    }

    static boolean probe(String port) {
        if (port == null || port.isBlank()) {
            System.err.println("health probe: no port (argument or POSITIONS_BOT_HTTP_PORT)");
            return false;
        }
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port.trim() + "/healthz"))
                    .timeout(Duration.ofSeconds(3)).GET().build();
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status == 200;
        } catch (Exception e) {
            System.err.println("health probe: " + e);
            return false;
        }
    }
}
