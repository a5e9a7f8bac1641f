package dev.positionsbot.answer;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.positionsbot.corpus.Article;
import dev.positionsbot.index.PassageSearch;
import dev.positionsbot.index.TermAnalyzer;
import dev.positionsbot.index.TermStatistics;

import java.util.List;
import java.util.function.Function;

/**
 * The offline answering pipeline over a passage search, wired in one place: question analysis, evidence retrieval,
 * the extractive composer and rule-based follow-ups. The runtime adds the optional LLM on top; the benchmarks wire
 * the same pipeline over a search forced into one mode.
 *
 * @param similarityModel the model sentence similarity uses; the support thresholds are calibrated on MiniLM's scale
 * @param answering       the composer that answers: {@code composer}, or with an external scoring model, {@code
 *                        composer} falling back to the built-in scorer when the external one fails
 */
public record ExtractivePipeline(QuestionAnalyzer questions, EvidenceRetriever retriever, ExtractiveComposer composer,
                                 FollowUpRewriter rewriter, CorpusCoverage coverage, AnswerComposer answering) {

    /** How many passages the retriever hands to the composer. */
    public static final int EVIDENCE_PASSAGES = 10;
    private static final int SIMILARITY_CACHE = 20_000;

    public static ExtractivePipeline over(PassageSearch search, TermStatistics statistics, TermAnalyzer terms,
                                          List<Article> articles, EmbeddingModel similarityModel) {
        return over(search, statistics, terms, articles, similarityModel, CandidateScorer.builtin(AnswerModel.bundled()));
    }

    /** The pipeline with the given candidate scorer (the built-in answer model, or a user's scoring model beside it). */
    public static ExtractivePipeline over(PassageSearch search, TermStatistics statistics, TermAnalyzer terms,
                                          List<Article> articles, EmbeddingModel similarityModel,
                                          CandidateScorer scorer) {
        return over(search, statistics, terms, articles, similarityModel, scorer, AnswerModel.bundled());
    }

    /** The pipeline whose composer decides with the given answer model (thresholds, units quoted). */
    public static ExtractivePipeline over(PassageSearch search, TermStatistics statistics, TermAnalyzer terms,
                                          List<Article> articles, EmbeddingModel similarityModel,
                                          CandidateScorer scorer, AnswerModel model) {
        Lexicon lexicon = Lexicon.bundled();
        QuestionAnalyzer questions = new QuestionAnalyzer(terms, statistics, lexicon, WordNetRelations.bundled());
        CorpusCoverage coverage = new CorpusCoverage(articles, lexicon);
        // the retriever has just embedded the question (or its search query) with the same model for its vector
        // search: sharing its vector saves a second embedding per question
        boolean sharedQueryVectors = search.queryEmbedder().filter(e -> e.embedsQueriesAs(similarityModel))
                .isPresent();
        SemanticSimilarity similarity = new SemanticSimilarity(similarityModel, SIMILARITY_CACHE,
                search.queryEmbedder().filter(e -> e.embedsQueriesAs(similarityModel))
                        .<Function<String, float[]>>map(e -> e::embedQuery).orElse(null));
        RefusalWriter refusals = new RefusalWriter(coverage);
        ExtractiveComposer composer = new ExtractiveComposer(questions, terms, similarity, refusals, model, scorer,
                lexicon);
        AnswerComposer answering = scorer.mode() == CandidateScorer.Mode.BUILTIN ? composer
                : new ScorerFallbackComposer(composer, new ExtractiveComposer(questions, terms, similarity, refusals,
                        model, scorer.builtinOnly(), lexicon));
        return new ExtractivePipeline(questions, new EvidenceRetriever(search, questions,
                new PassageReranker(terms, PassageRankingModel.bundled()), EVIDENCE_PASSAGES, sharedQueryVectors),
                composer,
                new RuleBasedFollowUpRewriter(lexicon), coverage, answering);
    }

    /** The answerer with this pipeline's composer and rewriter, or with replacements (the LLM's). */
    public Answerer answerer(PassageSearch search, AnswerComposer composer, FollowUpRewriter rewriter) {
        return new GroundedAnswerer(search, rewriter, retriever, composer, coverage);
    }

    public Answerer answerer(PassageSearch search) {
        return answerer(search, answering, rewriter);
    }

    public AnswerExplainer explainer() {
        return new AnswerExplainer(questions, retriever, composer);
    }

    /** The explainer of the built-in scorer alone: what answers while an external scoring model fails. */
    public AnswerExplainer builtinExplainer() {
        return answering instanceof ScorerFallbackComposer f ? new AnswerExplainer(questions, retriever, f.builtinOnly())
                : explainer();
    }
}
