package dev.positionsbot.http;

import java.util.Locale;
import java.util.Map;

/**
 * Renders the metrics in the Prometheus text exposition format (version 0.0.4): HELP and TYPE lines, then
 * samples; the histogram as cumulative {@code _bucket{le=...}} series, {@code _sum} and {@code _count}.
 */
final class PrometheusText {

    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private PrometheusText() {
    }

    static String render(AnswerMetrics.Snapshot s, long telegramErrors) {
        return render(s, telegramErrors, Map.of());
    }

    static String render(AnswerMetrics.Snapshot s, long telegramErrors, Map<Integer, Long> httpStatuses) {
        StringBuilder out = new StringBuilder();
        counter(out, "positionsbot_questions_total", "Questions answered or refused.", s.questions());
        counter(out, "positionsbot_refusals_total", "Questions refused for lack of supporting documents.",
                s.refusals());
        counter(out, "positionsbot_telegram_errors_total", "Failed Telegram API calls.", telegramErrors);
        String h = "positionsbot_answer_latency_seconds";
        out.append("# HELP ").append(h).append(" Time from question to answer or refusal.\n");
        out.append("# TYPE ").append(h).append(" histogram\n");
        for (int i = 0; i < AnswerMetrics.BUCKETS.size(); i++) {
            out.append(h).append("_bucket{le=\"").append(number(AnswerMetrics.BUCKETS.get(i))).append("\"} ")
                    .append(s.cumulativeBuckets()[i]).append('\n');
        }
        out.append(h).append("_bucket{le=\"+Inf\"} ").append(s.latencyCount()).append('\n');
        out.append(h).append("_sum ").append(number(s.latencySumSeconds())).append('\n');
        out.append(h).append("_count ").append(s.latencyCount()).append('\n');
        String r = "positionsbot_http_responses_total";
        out.append("# HELP ").append(r).append(" HTTP responses sent, by status code (503: busy or not ready).\n");
        out.append("# TYPE ").append(r).append(" counter\n");
        httpStatuses.forEach((status, n) ->
                out.append(r).append("{status=\"").append(status).append("\"} ").append(n).append('\n'));
        return out.toString();
    }

    private static void counter(StringBuilder out, String name, String help, long value) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(" counter\n");
        out.append(name).append(' ').append(value).append('\n');
    }

    private static String number(double d) {
        return String.format(Locale.ROOT, "%s", d);
    }
}
