package dev.positionsbot.bench;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.positionsbot.answer.Answerer;
import dev.positionsbot.answer.EvidenceRetriever;
import dev.positionsbot.answer.ExtractiveComposer;
import dev.positionsbot.answer.ExtractivePipeline;
import dev.positionsbot.corpus.Article;
import dev.positionsbot.index.HybridIndex;
import dev.positionsbot.index.NewsTermAnalyzer;
import dev.positionsbot.index.PassageSearch;
import dev.positionsbot.index.SearchMode;

import java.util.List;



/**
 * The bot's offline answering pipeline ({@link ExtractivePipeline}, as the runtime wires it without an LLM) over a
 * search forced into one mode.
 */
public record OurPipeline(SearchMode mode, Answerer answerer, EvidenceRetriever retriever, ExtractiveComposer composer) {

    public static OurPipeline over(HybridIndex index, List<Article> articles, EmbeddingModel model, SearchMode mode) {
        PassageSearch search = new ForcedModeSearch(index, mode);
        ExtractivePipeline p = ExtractivePipeline.over(search, index.termStatistics(), new NewsTermAnalyzer(),
                articles, model);
        return new OurPipeline(mode, p.answerer(search), p.retriever(), p.composer());
    }
}
