package dev.positionsbot.bench;

import dev.positionsbot.answer.QuoteVerifier;
import dev.positionsbot.answer.eval.EvalQuestion;
import dev.positionsbot.corpus.Article;

import java.util.List;
import java.util.Locale;

/**
 * Whether a retrieved article is one a question expects: its title contains one of the question's
 * {@code expected_sources} fragments, compared as the Evaluator compares citation titles.
 */
final class RelevantSources {

    private RelevantSources() {
    }

    static boolean isRelevant(EvalQuestion q, Article a) {
        String title = fold(a.title());
        return q.expectedSources().stream().anyMatch(s -> title.contains(fold(s)));
    }

    /** True when one of the first {@code k} articles (in ranking order, repeats allowed) is relevant. */
    static boolean foundWithin(EvalQuestion q, List<Article> ranked, int k) {
        return ranked.stream().limit(k).anyMatch(a -> isRelevant(q, a));
    }

    private static String fold(String s) {
        return QuoteVerifier.normalize(s).toLowerCase(Locale.ROOT);
    }
}
