package dev.positionsbot.answer.llm;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.positionsbot.corpus.Sentence;
import dev.positionsbot.corpus.SentenceSplitter;
import dev.positionsbot.index.SearchHit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a generated answer sentence by sentence against the passages it cites. A sentence survives only if it
 * cites at least one passage that exists, every name and number in it occurs in the passages it cites, and its
 * meaning is close to some sentence of those passages. Nothing the model writes about sources is trusted.
 */
public final class AnswerVerifier {

    /**
     * Minimum cosine similarity (all-MiniLM-L6-v2, quantized) between a sentence and the best sentence of its cited
     * passages. Calibrated on seed sentences vs. paraphrases and unsupported sentences: see {@code docs/llm.md}.
     */
    public static final double DEFAULT_MIN_SIMILARITY = 0.60;

    /** A sentence that passed, with the passages it cites (model numbering) and the best supporting sentence of each. */
    public record KeptSentence(String claim, List<Integer> cited, List<SemanticSupport.Match> matches) {
    }

    /** A sentence that was removed, as the model wrote it, and why. */
    public record DroppedSentence(String sentence, String reason) {
        /** The form listed in {@code GroundedAnswer.droppedSentences()}. */
        public String describe() {
            return sentence + " [dropped: " + reason + "]";
        }
    }

    /** @param hadMarkers whether the model used any [n] marker at all (if not, it ignored the answer format) */
    public record Verification(List<KeptSentence> kept, List<DroppedSentence> dropped, boolean hadMarkers) {
        public Verification {
            kept = List.copyOf(kept);
            dropped = List.copyOf(dropped);
        }
    }

    private final EmbeddingModel embeddingModel;
    private final double minSimilarity;
    private final SentenceSplitter splitter;
    private final FactCheck facts = new FactCheck();

    public AnswerVerifier(EmbeddingModel embeddingModel, double minSimilarity, SentenceSplitter splitter) {
        this.embeddingModel = embeddingModel;
        this.minSimilarity = minSimilarity;
        this.splitter = splitter;
    }

    public AnswerVerifier(EmbeddingModel embeddingModel) {
        this(embeddingModel, DEFAULT_MIN_SIMILARITY, new SentenceSplitter());
    }

    public double minSimilarity() {
        return minSimilarity;
    }

    public Verification verify(String modelText, NumberedPassages passages) {
        SemanticSupport semantic = new SemanticSupport(embeddingModel, splitter);
        List<KeptSentence> kept = new ArrayList<>();
        List<DroppedSentence> dropped = new ArrayList<>();
        for (String raw : sentences(modelText)) {
            List<Integer> cited = CitationMarkers.numbers(raw);
            String claim = CitationMarkers.strip(raw);
            if (claim.replaceAll("[\\p{Punct}\\s]", "").isEmpty()) {
                continue; // a stray marker or punctuation line, nothing claimed
            }
            Optional<String> problem = check(claim, cited, passages);
            if (problem.isPresent()) {
                dropped.add(new DroppedSentence(raw, problem.get()));
                continue;
            }
            Embedding vector = semantic.embed(claim);
            List<SemanticSupport.Match> matches = new ArrayList<>();
            double best = -1;
            for (int n : cited) {
                SearchHit hit = passages.get(n);
                SemanticSupport.Match m = semantic.best(vector, hit.passage().id(), hit.passage().text());
                matches.add(m);
                best = Math.max(best, m.similarity());
            }
            if (best < minSimilarity) {
                dropped.add(new DroppedSentence(raw, String.format(Locale.ROOT,
                        "meaning not close to the cited passage(s) (similarity %.2f < %.2f)", best, minSimilarity)));
                continue;
            }
            kept.add(new KeptSentence(claim, cited, matches));
        }
        return new Verification(kept, dropped, CitationMarkers.any(modelText));
    }

    /** Marker and fact checks, cheapest first; empty when the sentence may go on to the similarity check. */
    private Optional<String> check(String claim, List<Integer> cited, NumberedPassages passages) {
        if (cited.isEmpty()) {
            return Optional.of("no [n] citation");
        }
        List<Integer> outOfRange = cited.stream().filter(n -> !passages.contains(n)).toList();
        if (!outOfRange.isEmpty()) {
            return Optional.of("cites " + outOfRange + " but only passages 1.." + passages.size() + " exist");
        }
        StringBuilder source = new StringBuilder();
        for (int n : cited) {
            SearchHit hit = passages.get(n);
            source.append(hit.passage().text()).append('\n')
                    .append(NumberedPassages.metadataText(hit.article())).append('\n');
        }
        return facts.unsupported(claim, source.toString());
    }

    /** The model's text as sentences, markers kept with their sentence and list bullets removed. */
    List<String> sentences(String modelText) {
        String text = CitationMarkers.moveBeforePunctuation(modelText.replace("\r", ""))
                .replaceAll("(?m)^\\s*(?:[-*•]|\\d+[.)])\\s+", "");
        List<String> out = new ArrayList<>();
        for (Sentence s : splitter.split(text)) {
            out.add(s.text().strip());
        }
        return out;
    }
}
