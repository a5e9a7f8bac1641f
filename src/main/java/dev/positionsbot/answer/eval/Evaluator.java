package dev.positionsbot.answer.eval;

import dev.positionsbot.answer.Answerer;
import dev.positionsbot.answer.Citation;
import dev.positionsbot.answer.Conversation;
import dev.positionsbot.answer.GroundedAnswer;
import dev.positionsbot.answer.QuoteVerifier;
import dev.positionsbot.corpus.Article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs a question set through an answerer, each question on its own (no conversation carried over), and checks
 * the answers against the set's expectations and against the articles themselves (quotes verbatim).
 */
public final class Evaluator {

    private final Answerer answerer;
    private final Map<String, Article> articles;
    private final QuoteVerifier verifier = new QuoteVerifier();

    public Evaluator(Answerer answerer, List<Article> articles) {
        this.answerer = answerer;
        this.articles = articles.stream().collect(Collectors.toMap(Article::id, Function.identity(), (a, b) -> a));
    }

    public EvalReport run(List<EvalQuestion> questions, Consumer<EvalOutcome> progress) {
        List<EvalOutcome> outcomes = new ArrayList<>();
        for (EvalQuestion q : questions) {
            EvalOutcome o = evaluate(q, answerer.answer(q.question(), new Conversation()));
            progress.accept(o);
            outcomes.add(o);
        }
        return new EvalReport(outcomes);
    }

    public EvalOutcome evaluate(EvalQuestion q, GroundedAnswer a) {
        StringBuilder shown = new StringBuilder(a.answer());
        a.citations().forEach(c -> shown.append('\n').append(c.quote()));
        String visible = QuoteVerifier.normalize(shown.toString()).toLowerCase(Locale.ROOT);
        int facts = 0;
        for (String fact : q.expectedFacts()) {
            for (String alt : fact.split("\\|")) {
                if (visible.contains(QuoteVerifier.normalize(alt).toLowerCase(Locale.ROOT))) {
                    facts++;
                    break;
                }
            }
        }
        boolean source = q.expectedSources().isEmpty();
        for (Citation c : a.citations()) {
            for (String s : q.expectedSources()) {
                source |= QuoteVerifier.normalize(c.title()).toLowerCase(Locale.ROOT)
                        .contains(QuoteVerifier.normalize(s).toLowerCase(Locale.ROOT));
            }
        }
        int verified = 0;
        for (Citation c : a.citations()) {
            Article art = articles.get(c.articleId());
            if (art != null && verifier.isVerbatim(c.quote(), art.body())) {
                verified++;
            }
        }
        List<String> forbidden = new ArrayList<>();
        for (String f : q.forbidden()) {
            if (visible.contains(QuoteVerifier.normalize(f).toLowerCase(Locale.ROOT))) {
                forbidden.add(f);
            }
        }
        boolean decision = q.answerable() == a.answered();
        return new EvalOutcome(q, a, decision, facts, source, verified, forbidden);
    }
}
