package dev.positionsbot.answer.attribution;

import dev.positionsbot.answer.Citation;
import dev.positionsbot.answer.GroundedAnswer;
import dev.positionsbot.answer.Lexicon;
import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.CyrillicTransliteration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The step after any composer (extractive or LLM): gives every citation its speaker, speaker kind, state and
 * statement date (a quote whose sentences have different speakers becomes one citation per speaker), and for a
 * question about a position puts the statements oldest first and ends the answer with how the officials' dated
 * statements follow one another and which quotes are not a government's. Quotes and the answer's claims are left as
 * they are; only order, numbers and the closing note change.
 */
public final class CitationAttributor {

    private static final Logger log = LoggerFactory.getLogger(CitationAttributor.class);

    private final SpeakerParts parts;
    private final CitationOrder order = new CitationOrder();
    private final PositionNote note = new PositionNote();
    private final GovernmentNames governments = new GovernmentNames(Lexicon.bundled());

    public CitationAttributor(ArticleAttributor attributor) {
        this.parts = new SpeakerParts(attributor);
    }

    public CitationAttributor() {
        this(new ArticleAttributor());
    }

    /** The answer with attributed citations; {@code articles} must hold the cited ones (others are ignored). */
    public GroundedAnswer attribute(GroundedAnswer answer, List<Article> articles) {
        if (!answer.answered() || answer.citations().isEmpty()) {
            return answer;
        }
        try {
            return attributed(answer, articles);
        } catch (RuntimeException e) {
            // attribution is an addition: an answer without it is still a grounded answer
            log.warn("attributing the citations of an answer failed: {}", e.toString(), e);
            return answer;
        }
    }

    private GroundedAnswer attributed(GroundedAnswer answer, List<Article> articles) {
        Set<String> cited = new HashSet<>();
        answer.citations().forEach(c -> cited.add(c.articleId()));
        // the list is every article of the corpus (thousands, the cited ones usually among the first): stop once every
        // cited article is found. Ids are unique in an index (its synchroniser refuses a repeated one)
        Map<String, Article> byId = new HashMap<>();
        for (Iterator<Article> it = articles.iterator(); it.hasNext() && byId.size() < cited.size(); ) {
            Article a = it.next();
            if (cited.contains(a.id())) {
                byId.putIfAbsent(a.id(), a);
            }
        }
        SpeakerParts.Attributed attributed = parts.attribute(answer.answer(), answer.citations(), byId);
        List<Citation> citations = attributed.citations();
        String text = attributed.text();
        String question = answer.standaloneQuestion().isBlank() ? answer.question() : answer.standaloneQuestion();
        if (PositionQuestion.matches(question)) {
            CitationOrder.Ordered ordered = order.oldestFirst(text, citations,
                    Set.copyOf(governments.governmentsIn(question)));
            text = ordered.text();
            citations = ordered.citations();
            String closing = CyrillicTransliteration.hasCyrillicScript(question) ? "" : note.note(citations);
            if (!closing.isEmpty()) {
                text = text.stripTrailing() + "\n" + closing;
            }
        }
        return new GroundedAnswer(answer.question(), answer.standaloneQuestion(), answer.status(), text, citations,
                answer.refusalReason(), answer.composer(), answer.droppedSentences(), answer.latencyMs());
    }
}
