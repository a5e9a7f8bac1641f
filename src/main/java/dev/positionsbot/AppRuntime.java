package dev.positionsbot;

import dev.positionsbot.answer.Answerer;
import dev.positionsbot.answer.FollowUpRewriter;
import dev.positionsbot.answer.AnswerComposer;
import dev.positionsbot.answer.AnswerExplainer;
import dev.positionsbot.answer.AnswerModel;
import dev.positionsbot.answer.CandidateScorer;
import dev.positionsbot.answer.ExtractivePipeline;
import dev.positionsbot.answer.ExternalScorerException;
import dev.positionsbot.answer.Lexicon;
import dev.positionsbot.answer.WordNetRelations;
import dev.positionsbot.answer.llm.LlmComponents;
import dev.positionsbot.answer.llm.LlmSettings;
import dev.positionsbot.answer.rerank.TeiRerankScoringModel;
import dev.positionsbot.config.BotConfig;
import dev.positionsbot.config.LogLayout;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.KnowledgeLoader;
import dev.positionsbot.corpus.LoadedCorpus;
import dev.positionsbot.corpus.RussianGlossary;
import dev.positionsbot.corpus.SentencePassageSplitter;
import dev.positionsbot.index.EmbeddingChoice;
import dev.positionsbot.index.HybridIndex;
import dev.positionsbot.index.NewsTermAnalyzer;
import dev.positionsbot.index.PassageEmbedder;
import dev.positionsbot.index.ProgressPrinter;
import dev.positionsbot.index.SearchOptions;
import dev.positionsbot.live.LiveAnswerer;
import dev.positionsbot.live.LiveKnowledge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a command needs, built once from the effective configuration: the knowledge base, the index (brought
 * up to date with the knowledge files on open) and the answering pipeline. The one place that wires the packages
 * together, so that every command uses the same splitter, embedding model and index location.
 */
public final class AppRuntime implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AppRuntime.class);

    private final BotConfig config;
    private final LoadedCorpus corpus;
    private final HybridIndex index;
    private final PassageEmbedder embedder;
    private final Answerer answerer;
    private final String composerName;
    private final AnswerExplainer explainer;
    private final AnswerExplainer builtinExplainer;
    private final EmbeddingModel calibrationModel;
    private final CandidateScorer scorer;
    private LiveKnowledge live;

    private AppRuntime(BotConfig config, LoadedCorpus corpus, HybridIndex index, PassageEmbedder embedder,
                       Answerer answerer, String composerName, AnswerExplainer explainer,
                       AnswerExplainer builtinExplainer, EmbeddingModel calibrationModel, CandidateScorer scorer) {
        this.config = config;
        this.corpus = corpus;
        this.index = index;
        this.embedder = embedder;
        this.answerer = answerer;
        this.composerName = composerName;
        this.explainer = explainer;
        this.builtinExplainer = builtinExplainer;
        this.calibrationModel = calibrationModel;
        this.scorer = scorer;
    }

    /** Loads configuration, knowledge and index for {@code app}; {@code extraFlags} are a command's own settings. */
    public static AppRuntime open(App app, Map<String, String> extraFlags) {
        BotConfig config = ConfigCommand.load(app, extraFlags);
        StartTrace.mark("config");
        return open(config, false);
    }

    public static AppRuntime open(BotConfig config, boolean rebuild) {
        LogLayout.useFormat(config.log().format());
        // the model loads in the background while the knowledge files are read and the index opened
        PassageEmbedder embedder = EmbeddingChoice.parse(config.embeddingModel().name()).load();
        // the bundled tables the first answer reads (Russian glossary and names, about 1,600 lines; the name lexicon;
        // the answer model's weights; WordNet's use counts) are filled on the core that loaded the model, which is
        // idle from then on, instead of on the main thread when the pipeline is wired (docs/benchmarks-notes.md,
        // "Cold start")
        embedder.afterLoad(() -> {
            StartTrace.mark("model-loaded");
            preloadTables();
            StartTrace.mark("tables-preloaded");
        });
        try {
            // not waiting for the model here: the first answer's own start-up work (analysis chain, question
            // analysis) runs meanwhile and waits at its first embedding; close() waits for the load instead
            return open(config, rebuild, embedder);
        } catch (RuntimeException | Error e) {
            // not before the model has loaded: a JVM exiting meanwhile crashes in ONNX Runtime
            embedder.awaitModel();
            throw e;
        }
    }

    /**
     * Fills the lazily built, shared bundled tables the first answer reads; each is built once, by whichever thread
     * asks first. Public for {@code bench/StartPhases}, which takes the same steps.
     */
    public static void preloadTables() {
        try {
            RussianGlossary.bundled();
            Lexicon.bundled();
            AnswerModel.bundled();
            WordNetRelations.preloadUseCounts();
        } catch (RuntimeException | LinkageError e) {
            // a broken bundled table fails again where the pipeline asks for it
            log.debug("preloading the bundled tables failed: {}", e.toString());
        }
    }

    private static AppRuntime open(BotConfig config, boolean rebuild, PassageEmbedder embedder) {
        LoadedCorpus corpus = new KnowledgeLoader().load(config.knowledge(), config.lenient());
        if (corpus.articles().isEmpty()) {
            throw new PositionsBotException("knowledge directory " + config.knowledge()
                    + " has no articles; add Markdown files with `ingest` first");
        }
        StartTrace.mark("knowledge");
        ProgressPrinter progress = ProgressPrinter.forStderr();
        HybridIndex index;
        try {
            index = HybridIndex.builder(config.index())
                    .articles(corpus.articles())
                    .splitter(new SentencePassageSplitter())
                    .embedder(embedder)
                    .progress(progress)
                    .options(SearchOptions.defaults())
                    .rebuild(rebuild)
                    .open();
        } finally {
            progress.finishBar();
        }
        StartTrace.mark("index-open");
        try {
            // Sentence similarity always uses MiniLM: the support thresholds and the LLM verifier were calibrated
            // on its similarity scale, whichever model ranks passages.
            EmbeddingModel calibrationModel = embedder.modelName().equals(EmbeddingChoice.MINILM.modelName())
                    ? embedder.model() : EmbeddingChoice.MINILM.newModel();
            // one scorer for the whole run: its reranker client and its once-per-kind failure log outlive refreshes
            CandidateScorer scorer = candidateScorer(config.scorer());
            Wiring w = wire(config, index, corpus.articles(), calibrationModel, scorer);
            StartTrace.mark("pipeline");
            return new AppRuntime(config, corpus, index, embedder, w.answerer(), w.composerName(), w.explainer(),
                    w.builtinExplainer(), calibrationModel, scorer);
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
    }

    /** The answering pipeline over an open index: at start-up, and for each live refresh of the knowledge base. */
    private static Wiring wire(BotConfig config, HybridIndex index, List<Article> articles,
                               EmbeddingModel calibrationModel, CandidateScorer scorer) {
        ExtractivePipeline pipeline = ExtractivePipeline.over(index, index.termStatistics(),
                new NewsTermAnalyzer(), articles, calibrationModel, scorer);
        Optional<LlmComponents> llm = LlmComponents.create(llmSettings(config), pipeline.answering(),
                pipeline.rewriter(), calibrationModel);
        AnswerComposer composer = llm.map(LlmComponents::composer).orElse(pipeline.answering());
        FollowUpRewriter rewriter = llm.map(LlmComponents::rewriter).orElse(pipeline.rewriter());
        return new Wiring(pipeline.answerer(index, composer, rewriter), composer.name(), pipeline.explainer(),
                pipeline.builtinExplainer());
    }

    private record Wiring(Answerer answerer, String composerName, AnswerExplainer explainer,
                          AnswerExplainer builtinExplainer) {
    }

    /**
     * Keeps the knowledge base current while a long-running command runs (chat, serve, telegram): the knowledge
     * folder is watched, the index updated in the background, and the returned knowledge's answerer always answers
     * from the last consistent index. Closed with this runtime.
     */
    public synchronized LiveKnowledge startLive() {
        if (live == null) {
            LiveAnswerer.Snapshot first = new LiveAnswerer.Snapshot(answerer, corpus.articles(), index);
            live = new LiveKnowledge(config.knowledge(), first, corpus.problems(), this::openSnapshot).start();
        }
        return live;
    }

    /** The index (updated incrementally in the same directory) and the answerer over {@code articles}. */
    private LiveAnswerer.Snapshot openSnapshot(List<Article> articles) {
        HybridIndex next = HybridIndex.builder(config.index())
                .articles(articles)
                .splitter(new SentencePassageSplitter())
                .embedder(embedder)
                .options(SearchOptions.defaults())
                .open();
        try {
            return new LiveAnswerer.Snapshot(wire(config, next, articles, calibrationModel, scorer).answerer(), articles,
                    next);
        } catch (RuntimeException e) {
            next.close();
            throw e;
        }
    }

    /** Maps the scorer keys onto the composer's candidate scorer: the built-in model, or a reranker beside it. */
    static CandidateScorer candidateScorer(BotConfig.Scorer c) {
        AnswerModel model = AnswerModel.bundled();
        if (c.mode() == BotConfig.ScorerMode.BUILTIN) {
            return CandidateScorer.builtin(model);
        }
        TeiRerankScoringModel reranker = new TeiRerankScoringModel(c.rerankerUrl(), c.connectTimeout(), c.timeout());
        log.info("answer candidates scored by the reranker at {}{}, minimum score {}", reranker.url(),
                c.mode() == BotConfig.ScorerMode.BOTH ? " averaged with the built-in model" : "", c.minScore());
        return CandidateScorer.with(model, reranker, CandidateScorer.Mode.valueOf(c.mode().name()), c.minScore());
    }

    /** Maps the configuration file's LLM keys onto the composer's settings. */
    static LlmSettings llmSettings(BotConfig c) {
        return switch (c.llm().provider()) {
            case NONE -> LlmSettings.none();
            case OPENAI -> new LlmSettings(LlmSettings.Provider.OPENAI, c.openai().baseUrl(), c.openai().apiKey(),
                    c.openai().model(), c.llm().timeout(), c.llm().maxRetries(), LlmSettings.DEFAULT_TEMPERATURE,
                    c.promptsDir());
            case OLLAMA -> new LlmSettings(LlmSettings.Provider.OLLAMA, c.ollama().baseUrl(), "",
                    c.ollama().model(), c.llm().timeout(), c.llm().maxRetries(), LlmSettings.DEFAULT_TEMPERATURE,
                    c.promptsDir());
        };
    }

    public BotConfig config() {
        return config;
    }

    public LoadedCorpus corpus() {
        return corpus;
    }

    public HybridIndex index() {
        return index;
    }

    public PassageEmbedder embedder() {
        return embedder;
    }

    public Answerer answerer() {
        return answerer;
    }

    /** Why the extractive composer answers a question as it does (for {@code ask --explain}). */
    public AnswerExplainer explainer() {
        return explainer;
    }

    /** {@link #explainer()}'s explanation, by the built-in scorer when the external one fails, as the answer was. */
    public String explain(String question, int candidates) {
        try {
            return explainer.explain(question, candidates);
        } catch (ExternalScorerException e) {
            return "(external scorer failed: " + e.getMessage() + "; the built-in scorer's view follows)\n"
                    + builtinExplainer.explain(question, candidates);
        }
    }

    /** Name of the composer answering by default ("extractive", "llm:openai:<model>"). */
    public String composerName() {
        return composerName;
    }

    @Override
    public void close() {
        try {
            synchronized (this) {
                if (live != null) {
                    live.close();
                }
            }
            index.close();
        } finally {
            // a command that never needed the model (sources) must not exit while ONNX Runtime is still loading
            // it: its own shutdown hook then frees the environment under the session being created, and the JVM
            // crashes
            embedder.awaitModel();
        }
    }
}
