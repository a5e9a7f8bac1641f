package dev.positionsbot.answer.rerank;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.output.Response;
import dev.langchain4j.model.scoring.ScoringModel;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A cross-encoder behind a reranking server in the form of Hugging Face text-embeddings-inference: {@code POST
 * {base}/rerank} with {@code {"query": ..., "texts": [...], "raw_scores": false}}, answered by
 * {@code [{"index": i, "score": s}, ...]} in any order. Scores must be normalised to [0, 1] (the server's sigmoid),
 * since the configured minimum score is read on that scale.
 *
 * <p>Hand-written because no LangChain4j module speaks this form: its scoring modules (Cohere, Jina, Voyage, Vertex,
 * watsonx, Xinference) each expect their own vendor's request and reply, and the in-process ONNX scorer needs model
 * files the bot does not ship. The client is small: one request per batch, and a strict check of each reply.
 */
public final class TeiRerankScoringModel implements ScoringModel {

    /** text-embeddings-inference refuses requests of more texts than its --max-client-batch-size, 32 by default. */
    public static final int DEFAULT_BATCH_SIZE = 32;
    private static final int BODY_EXCERPT = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI endpoint;
    private final String shownUrl;
    private final Duration timeout;
    private final int batchSize;
    private final HttpClient http;

    /**
     * @param baseUrl        the server's base URL, e.g. {@code http://127.0.0.1:8080}; {@code /rerank} is appended
     * @param connectTimeout how long to wait for a connection
     * @param timeout        how long to wait for the whole reply to one request
     * @param batchSize      at most this many texts per request
     */
    public TeiRerankScoringModel(String baseUrl, Duration connectTimeout, Duration timeout, int batchSize) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.endpoint = URI.create(base + "/rerank");
        this.shownUrl = withoutUserInfo(endpoint);
        this.timeout = timeout;
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, not " + batchSize);
        }
        this.batchSize = batchSize;
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
    }

    public TeiRerankScoringModel(String baseUrl, Duration connectTimeout, Duration timeout) {
        this(baseUrl, connectTimeout, timeout, DEFAULT_BATCH_SIZE);
    }

    /** The URL requests go to, without any user:password part: for messages. */
    public String url() {
        return shownUrl;
    }

    @Override
    public Response<List<Double>> scoreAll(List<TextSegment> segments, String query) {
        List<Double> out = new ArrayList<>(segments.size());
        for (int from = 0; from < segments.size(); from += batchSize) {
            List<TextSegment> batch = segments.subList(from, Math.min(segments.size(), from + batchSize));
            for (double s : scoreBatch(batch.stream().map(TextSegment::text).toList(), query)) {
                out.add(s);
            }
        }
        return Response.from(out);
    }

    private double[] scoreBatch(List<String> texts, String query) {
        ObjectNode body = JSON.createObjectNode();
        body.put("query", query);
        ArrayNode array = body.putArray("texts");
        texts.forEach(array::add);
        body.put("raw_scores", false);
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() / 100 != 2) {
            throw new RerankerException(RerankerException.Kind.HTTP_STATUS, "reranker " + shownUrl + " answered HTTP "
                    + response.statusCode() + excerpt(response.body()));
        }
        return parse(response.body(), texts.size());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException e) {
            throw new RerankerException(RerankerException.Kind.TIMEOUT, "reranker " + shownUrl
                    + " did not accept a connection within " + millis(http.connectTimeout().orElseThrow()), e);
        } catch (HttpTimeoutException e) {
            throw new RerankerException(RerankerException.Kind.TIMEOUT, "reranker " + shownUrl
                    + " did not answer within " + millis(timeout), e);
        } catch (ConnectException e) {
            // the JDK client's ConnectException often has no message of its own
            throw new RerankerException(RerankerException.Kind.UNREACHABLE, "reranker " + shownUrl
                    + " is unreachable (" + (e.getMessage() == null ? "connection refused or no route to host"
                    : e.getMessage()) + ")", e);
        } catch (IOException e) {
            throw new RerankerException(RerankerException.Kind.UNREACHABLE, "reranker " + shownUrl
                    + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RerankerException(RerankerException.Kind.TIMEOUT, "interrupted while waiting for reranker "
                    + shownUrl, e);
        }
    }

    /** The scores by text index; every index must come exactly once, with a finite score in [0, 1]. */
    private double[] parse(String body, int count) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw malformed("is not JSON (" + e.getOriginalMessage() + ")" + excerpt(body));
        }
        if (root == null || !root.isArray()) {
            throw malformed("is not a JSON array of {\"index\", \"score\"}" + excerpt(body));
        }
        if (root.size() != count) {
            throw malformed("has " + root.size() + " scores for " + count + " texts");
        }
        double[] scores = new double[count];
        boolean[] seen = new boolean[count];
        for (JsonNode item : root) {
            JsonNode index = item.get("index");
            JsonNode score = item.get("score");
            if (index == null || !index.canConvertToInt() || !index.isIntegralNumber()
                    || score == null || !score.isNumber()) {
                throw malformed("has an item without an integer \"index\" and a numeric \"score\": " + item);
            }
            int i = index.intValue();
            if (i < 0 || i >= count) {
                throw malformed("has index " + i + ", outside 0.." + (count - 1));
            }
            if (seen[i]) {
                throw malformed("scores index " + i + " twice");
            }
            double s = score.doubleValue();
            if (!Double.isFinite(s) || s < 0 || s > 1) {
                throw malformed("has score " + s + " for index " + i + ", outside [0, 1] (the server must"
                        + " return normalised scores: raw_scores false)");
            }
            seen[i] = true;
            scores[i] = s;
        }
        return scores;
    }

    private RerankerException malformed(String what) {
        return new RerankerException(RerankerException.Kind.MALFORMED_REPLY, "reranker " + shownUrl + " reply "
                + what);
    }

    private static String excerpt(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String oneLine = body.strip().replaceAll("\\s+", " ");
        return ": " + (oneLine.length() > BODY_EXCERPT ? oneLine.substring(0, BODY_EXCERPT) + "…" : oneLine);
    }

    private static String millis(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static String withoutUserInfo(URI uri) {
        return uri.getUserInfo() == null ? uri.toString() : uri.toString().replace(uri.getRawUserInfo() + "@", "");
    }

    @Override
    public String toString() {
        return "TeiRerankScoringModel[" + shownUrl + "]";
    }
}
