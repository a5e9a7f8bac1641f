package dev.positionsbot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Sees every Bot API call the bot makes (an OkHttp interceptor) and counts each one that fails — an error status or
 * no answer at all — in {@link TelegramStats#errors()}. The library's own polling loop logs a failed getUpdates as
 * {@code TelegramApiErrorResponseException: null}, so calls the bot does not make itself (getUpdates, deleteWebhook)
 * are logged here with their status and Telegram's description. A 401 or 404 on getUpdates means the token was
 * revoked or is wrong: retrying cannot help, so {@code onTokenRejected} is told to stop the bot.
 */
final class BotApiFailureMonitor implements Interceptor {

    private static final Logger log = LoggerFactory.getLogger(BotApiFailureMonitor.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Calls whose failures nobody else logs: the library's polling loop makes them. */
    private static final Set<String> LOGGED_HERE = Set.of("getupdates", "deletewebhook");

    private final TelegramStats stats;
    private final TokenMasker masker;
    private final BiConsumer<Integer, String> onTokenRejected;

    BotApiFailureMonitor(TelegramStats stats, TokenMasker masker, BiConsumer<Integer, String> onTokenRejected) {
        this.stats = stats;
        this.masker = masker;
        this.onTokenRejected = onTokenRejected;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        List<String> segments = chain.request().url().pathSegments();
        String method = segments.isEmpty() ? "" : segments.get(segments.size() - 1);
        String key = method.toLowerCase(Locale.ROOT);
        Response response;
        try {
            response = chain.proceed(chain.request());
        } catch (IOException e) {
            if (!chain.call().isCanceled()) {
                stats.error();
                if (LOGGED_HERE.contains(key)) {
                    log.warn("Telegram {} failed: no response ({})", method, masker.describe(e));
                }
            }
            throw e;
        }
        int code = response.code();
        // 429 is Telegram pacing the bot (counted as rate-limited and waited out), not a failure
        if (!response.isSuccessful() && code != 429) {
            stats.error();
            String description = description(response);
            if (LOGGED_HERE.contains(key)) {
                log.warn("Telegram {} failed: HTTP {} {}", method, code, description);
            }
            if (key.equals("getupdates") && (code == 401 || code == 404)) {
                onTokenRejected.accept(code, description);
            }
        }
        return response;
    }

    /** Telegram's {@code description}, or the start of a non-JSON body (a proxy's error page), token masked. */
    private String description(Response response) {
        String body;
        try {
            body = response.peekBody(2048).string();
        } catch (IOException | RuntimeException e) {
            return "(" + response.message() + ")";
        }
        String text;
        try {
            JsonNode json = JSON.readTree(body);
            text = json != null && json.hasNonNull("description") ? json.get("description").asText()
                    : abbreviate(body);
        } catch (IOException e) {
            text = abbreviate(body);
        }
        return masker.mask("(" + (text.isBlank() ? response.message() : text) + ")");
    }

    private static String abbreviate(String body) {
        String oneLine = body.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 160 ? oneLine : oneLine.substring(0, 160) + "…";
    }
}
