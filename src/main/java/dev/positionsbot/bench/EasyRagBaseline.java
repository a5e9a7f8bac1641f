package dev.positionsbot.bench;

import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.document.splitter.DocumentSplitters;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.EmbeddingStoreContentRetriever;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.store.embedding.EmbeddingStoreIngestor;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import dev.positionsbot.answer.Answerer;
import dev.positionsbot.answer.Citation;
import dev.positionsbot.answer.Conversation;
import dev.positionsbot.answer.GroundedAnswer;
import dev.positionsbot.answer.SourceInfo;
import dev.positionsbot.corpus.Article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a Java developer assembles in an afternoon from the LangChain4j docs ("easy RAG"): each article one
 * Document (title line, blank line, body), {@code DocumentSplitters.recursive(300, 30)} (characters: the real
 * easy-rag counts HuggingFace tokens, but that estimator and easy-rag are not on the registry), the given
 * embedding model, an {@link InMemoryEmbeddingStore} and an {@link EmbeddingStoreContentRetriever}. No refusal
 * logic: the answer is the text of the best segment, cited, as a naive extractive RAG would show it.
 */
public final class EasyRagBaseline implements Answerer {

    static final String ARTICLE_ID = "article_id";

    private final Map<String, Article> articles = new LinkedHashMap<>();
    private final EmbeddingStoreContentRetriever retriever;
    private final int segments;

    public EasyRagBaseline(List<Article> articles, EmbeddingModel model, int maxResults) {
        articles.forEach(a -> this.articles.put(a.id(), a));
        InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
        List<Document> documents = new ArrayList<>();
        for (Article a : articles) {
            documents.add(Document.from(documentText(a), Metadata.from(ARTICLE_ID, a.id())));
        }
        EmbeddingStoreIngestor.builder()
                .documentSplitter(DocumentSplitters.recursive(300, 30))
                .embeddingModel(model)
                .embeddingStore(store)
                .build()
                .ingest(documents);
        this.segments = DocumentSplitters.recursive(300, 30).splitAll(documents).size();
        this.retriever = EmbeddingStoreContentRetriever.builder()
                .embeddingStore(store)
                .embeddingModel(model)
                .maxResults(maxResults)
                .build();
    }

    /** The text the baseline indexes and quotes from: what a Markdown file minus its front matter holds. */
    public static String documentText(Article a) {
        return a.title() + "\n\n" + a.body();
    }

    public int segmentCount() {
        return segments;
    }

    /** The best segments for a question, best first, as (article, segment text). */
    public List<Retrieved> retrieve(String question) {
        List<Retrieved> out = new ArrayList<>();
        for (Content c : retriever.retrieve(Query.from(question))) {
            TextSegment s = c.textSegment();
            out.add(new Retrieved(articles.get(s.metadata().getString(ARTICLE_ID)), s.text()));
        }
        return out;
    }

    public record Retrieved(Article article, String text) {
    }

    @Override
    public GroundedAnswer answer(String question, Conversation conversation) {
        long t0 = System.nanoTime();
        List<Retrieved> top = question == null || question.isBlank() ? List.of() : retrieve(question);
        GroundedAnswer a;
        if (top.isEmpty()) {
            a = new GroundedAnswer(question, question, GroundedAnswer.Status.REFUSED, "No documents.", List.of(),
                    "empty store", "easy-rag", List.of(), 0);
        } else {
            Retrieved r = top.get(0);
            Article art = r.article();
            Citation c = new Citation(1, art.id(), art.title(), art.outlet(), art.author(), art.published(), art.url(),
                    art.file(), r.text());
            a = new GroundedAnswer(question, question, GroundedAnswer.Status.ANSWERED, r.text() + " [1]", List.of(c),
                    "", "easy-rag", List.of(), 0);
        }
        return a.withLatency((System.nanoTime() - t0) / 1_000_000);
    }

    @Override
    public List<SourceInfo> sources() {
        return articles.values().stream().map(a -> new SourceInfo(a.id(), a.title(), a.outlet(), a.author(),
                a.published(), a.url(), a.language(), 0)).toList();
    }

    @Override
    public String coverage() {
        return articles.size() + " articles";
    }
}
