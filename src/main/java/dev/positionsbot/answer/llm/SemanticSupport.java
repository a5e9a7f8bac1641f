package dev.positionsbot.answer.llm;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.CosineSimilarity;
import dev.positionsbot.corpus.Sentence;
import dev.positionsbot.corpus.SentenceSplitter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Embedding similarity between a generated sentence and the sentences of a passage. One instance serves one
 * verification: passage sentences are embedded once however many generated sentences cite them.
 */
public final class SemanticSupport {

    /** The passage sentence closest in meaning to a claim, and how close (cosine similarity). */
    public record Match(Sentence sentence, double similarity) {
    }

    private final EmbeddingModel model;
    private final SentenceSplitter splitter;
    private final Map<String, List<Sentence>> sentencesByPassage = new HashMap<>();
    private final Map<String, List<Embedding>> vectorsByPassage = new HashMap<>();

    SemanticSupport(EmbeddingModel model, SentenceSplitter splitter) {
        this.model = model;
        this.splitter = splitter;
    }

    Embedding embed(String text) {
        return model.embed(text).content();
    }

    /** The best-matching sentence of {@code passageText} (identified by {@code passageKey}) for the claim vector. */
    Match best(Embedding claim, String passageKey, String passageText) {
        List<Sentence> sentences = sentencesByPassage.computeIfAbsent(passageKey, k -> sentencesOf(passageText));
        List<Embedding> vectors = vectorsByPassage.computeIfAbsent(passageKey, k -> embedAll(sentences));
        Match best = null;
        for (int i = 0; i < sentences.size(); i++) {
            double sim = CosineSimilarity.between(claim, vectors.get(i));
            if (best == null || sim > best.similarity()) {
                best = new Match(sentences.get(i), sim);
            }
        }
        return best;
    }

    private List<Sentence> sentencesOf(String passageText) {
        List<Sentence> s = splitter.split(passageText);
        return s.isEmpty() ? List.of(new Sentence(0, passageText.length(), passageText)) : s;
    }

    private List<Embedding> embedAll(List<Sentence> sentences) {
        List<TextSegment> segments = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            segments.add(TextSegment.from(s.text()));
        }
        return model.embedAll(segments).content();
    }
}
