package dev.positionsbot.bench;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.positionsbot.answer.Answerer;
import dev.positionsbot.answer.CorpusCoverage;
import dev.positionsbot.answer.EvidenceRetriever;
import dev.positionsbot.answer.ExtractiveComposer;
import dev.positionsbot.answer.GroundedAnswerer;
import dev.positionsbot.answer.Lexicon;
import dev.positionsbot.answer.QuestionAnalyzer;
import dev.positionsbot.answer.RefusalWriter;
import dev.positionsbot.answer.RuleBasedFollowUpRewriter;
import dev.positionsbot.answer.SemanticSimilarity;
import dev.positionsbot.answer.SupportPolicy;
import dev.positionsbot.corpus.Article;
import dev.positionsbot.index.HybridIndex;
import dev.positionsbot.index.NewsTermAnalyzer;
import dev.positionsbot.index.PassageSearch;
import dev.positionsbot.index.SearchMode;
import dev.positionsbot.index.TermAnalyzer;

import java.util.List;

/**
 * The bot's offline answering pipeline, wired as {@code AppRuntime.open} wires it (extractive composer, rule-based
 * follow-ups, no LLM), but over a search forced into one mode. AppRuntime only builds from a configuration, hence
 * this copy of its wiring: if AppRuntime changes, change this too.
 */
public record OurPipeline(SearchMode mode, Answerer answerer, EvidenceRetriever retriever, ExtractiveComposer composer) {

    /** AppRuntime.EVIDENCE_PASSAGES (package-private there). */
    static final int EVIDENCE_PASSAGES = 8;
    /** As in AppRuntime. */
    static final int SIMILARITY_CACHE = 20_000;

    public static OurPipeline over(HybridIndex index, List<Article> articles, EmbeddingModel model, SearchMode mode) {
        PassageSearch search = new ForcedModeSearch(index, mode);
        TermAnalyzer terms = new NewsTermAnalyzer();
        Lexicon lexicon = Lexicon.bundled();
        QuestionAnalyzer questions = new QuestionAnalyzer(terms, index.termStatistics(), lexicon);
        CorpusCoverage coverage = new CorpusCoverage(articles, lexicon);
        ExtractiveComposer composer = new ExtractiveComposer(questions, terms,
                new SemanticSimilarity(model, SIMILARITY_CACHE), new RefusalWriter(coverage),
                SupportPolicy.calibrated());
        EvidenceRetriever retriever = new EvidenceRetriever(search, questions, EVIDENCE_PASSAGES);
        Answerer answerer = new GroundedAnswerer(search, new RuleBasedFollowUpRewriter(lexicon), retriever, composer,
                coverage);
        return new OurPipeline(mode, answerer, retriever, composer);
    }
}
