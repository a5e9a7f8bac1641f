package dev.positionsbot.answer;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;

import java.util.Arrays;
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
     * Double.toString: the shortest text that parses back to the same double, so the scorer reads exactly the values
     * computed, and far cheaper than a Formatter, which every feature of every candidate of every question went through
     * (a twentieth of the answering thread's samples at 10,000 passages with a table for the common values).
     */
    private static String format(double v) {
        return Double.toString(v);
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
