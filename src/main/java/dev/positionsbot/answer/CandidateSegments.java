package dev.positionsbot.answer;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Candidates as LangChain4j text segments: the verbatim unit, with its source and feature vector as metadata. */
final class CandidateSegments {

    static final String FEATURES = "positionsbot_features";

    private CandidateSegments() {
    }

    static TextSegment of(ScoredSentence s, double[] features) {
        Metadata m = new Metadata();
        m.put("article_id", s.articleId());
        m.put("title", s.hit().article().title());
        m.put("start", s.start());
        m.put("end", s.end());
        m.put(FEATURES, Arrays.stream(features).mapToObj(CandidateSegments::format)
                .collect(Collectors.joining(",")));
        return TextSegment.from(s.text(), m);
    }

    /**
     * Most features are 0, 1 or 1/(1 + a rank), and every candidate of every question formats them: those are
     * formatted once (a Formatter call per feature was a twentieth of an answer's time). Same strings either way.
     */
    private static final Map<Double, String> COMMON = common();

    private static String format(double v) {
        String s = COMMON.get(v);
        return s != null ? s : String.format(Locale.ROOT, "%.9g", v);
    }

    private static Map<Double, String> common() {
        Map<Double, String> out = new HashMap<>();
        for (int rank = 0; rank < 64; rank++) {
            double v = 1.0 / (1 + rank);
            out.put(v, String.format(Locale.ROOT, "%.9g", v));
        }
        out.put(0.0, String.format(Locale.ROOT, "%.9g", 0.0));
        return Map.copyOf(out);
    }

    /** The feature vector a segment carries, or null when it carries none. */
    static double[] features(TextSegment s) {
        String f = s.metadata().getString(FEATURES);
        if (f == null || f.isBlank()) {
            return null;
        }
        return Arrays.stream(f.split(",")).mapToDouble(Double::parseDouble).toArray();
    }
}
