package dev.positionsbot.answer;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.output.Response;
import dev.langchain4j.model.scoring.ScoringModel;

import java.util.ArrayList;
import java.util.List;

/**
 * The built-in scorer behind LangChain4j's {@link ScoringModel} interface: it reads the feature vector that
 * {@link CandidateSegments} attaches to each segment and returns the {@link AnswerModel}'s probability. A segment
 * without features (one not made by this composer) scores 0. Any other {@code ScoringModel} — a cross-encoder —
 * can stand beside or instead of it (see {@link CandidateScorer}).
 */
public final class FeatureScoringModel implements ScoringModel {

    private final AnswerModel model;

    public FeatureScoringModel(AnswerModel model) {
        this.model = model;
    }

    @Override
    public Response<List<Double>> scoreAll(List<TextSegment> segments, String query) {
        List<Double> out = new ArrayList<>(segments.size());
        for (TextSegment s : segments) {
            double[] f = CandidateSegments.features(s);
            out.add(f == null ? 0.0 : model.probability(f));
        }
        return Response.from(out);
    }
}
