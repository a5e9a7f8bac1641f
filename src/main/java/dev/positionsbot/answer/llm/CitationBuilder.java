package dev.positionsbot.answer.llm;

import dev.positionsbot.answer.Citation;
import dev.positionsbot.answer.QuoteVerifier;
import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.Sentence;
import dev.positionsbot.index.SearchHit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns verified sentences into the final answer text and citations. Citation numbers are reassigned densely
 * (1..m in order of first use) and every quote is cut from the passage itself, never taken from the model.
 */
final class CitationBuilder {

    /** The longest quote made of several supporting sentences; beyond it only the single best sentence is quoted. */
    private static final int MAX_QUOTE_CHARS = 500;

    record Built(String text, List<Citation> citations) {
    }

    private final QuoteVerifier quotes;

    CitationBuilder(QuoteVerifier quotes) {
        this.quotes = quotes;
    }

    Built build(List<AnswerVerifier.KeptSentence> kept, NumberedPassages passages) {
        Map<Integer, Integer> renumber = new LinkedHashMap<>();
        Map<Integer, List<SemanticSupport.Match>> support = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder();
        for (AnswerVerifier.KeptSentence s : kept) {
            List<Integer> numbers = new ArrayList<>();
            for (int i = 0; i < s.cited().size(); i++) {
                int original = s.cited().get(i);
                numbers.add(renumber.computeIfAbsent(original, k -> renumber.size() + 1));
                support.computeIfAbsent(original, k -> new ArrayList<>()).add(s.matches().get(i));
            }
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(CitationMarkers.attach(s.claim(), numbers));
        }
        List<Citation> citations = new ArrayList<>();
        for (Map.Entry<Integer, Integer> e : renumber.entrySet()) {
            SearchHit hit = passages.get(e.getKey());
            Article a = hit.article();
            citations.add(new Citation(e.getValue(), a.id(), a.title(), a.outlet(), a.author(), a.published(),
                    a.url(), a.file(), quote(hit, support.get(e.getKey()))));
        }
        return new Built(text.toString(), citations);
    }

    /**
     * The passage sentences that best matched the sentences citing it: the span from the first to the last of them
     * when it is short enough (still one verbatim run of the article), else the single best sentence.
     */
    private String quote(SearchHit hit, List<SemanticSupport.Match> matches) {
        String passage = hit.passage().text();
        List<Sentence> picked = matches.stream().map(SemanticSupport.Match::sentence).distinct()
                .sorted(Comparator.comparingInt(Sentence::start)).toList();
        Sentence best = matches.stream().max(Comparator.comparingDouble(SemanticSupport.Match::similarity))
                .orElseThrow().sentence();
        String span = passage.substring(picked.get(0).start(), picked.get(picked.size() - 1).end());
        String candidate = span.length() <= MAX_QUOTE_CHARS ? span : best.text();
        String body = hit.article().body();
        if (quotes.isVerbatim(candidate, body)) {
            return candidate;
        }
        if (quotes.isVerbatim(best.text(), body)) {
            return best.text();
        }
        // passages are substrings of the body by contract; reaching here means the evidence is inconsistent
        throw new IllegalStateException("passage " + hit.passage().id() + " is not verbatim in article " + hit.article().id());
    }
}
