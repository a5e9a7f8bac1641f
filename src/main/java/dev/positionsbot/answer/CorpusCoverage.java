package dev.positionsbot.answer;

import dev.positionsbot.corpus.Article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the knowledge base covers, in a sentence a user can act on: how many articles mention each Central Asian
 * state, the date range, and the article titles. Used by refusals and /start.
 */
public final class CorpusCoverage {

    private static final List<String> STATES = List.of("Kazakhstan", "Uzbekistan", "Kyrgyzstan", "Tajikistan",
            "Turkmenistan");

    private final List<Article> articles;
    private final Lexicon lexicon;
    /** Counted at the first refusal or /start, not when the pipeline is wired: an answer does not need them. */
    private Map<String, Integer> articlesPerState;

    public CorpusCoverage(List<Article> articles, Lexicon lexicon) {
        this.articles = List.copyOf(articles);
        this.lexicon = lexicon;
    }

    private synchronized Map<String, Integer> articlesPerState() {
        if (articlesPerState == null) {
            articlesPerState = countPerState();
        }
        return articlesPerState;
    }

    /**
     * Articles naming each state. Each article's title and body are copied for look-up once for the five states
     * ({@link StateMentions}); the pattern decides as before.
     */
    private Map<String, Integer> countPerState() {
        List<StateMentions> mentions = STATES.stream()
                .map(s -> new StateMentions(lexicon.latin(s).orElseThrow().latin())).toList();
        int[] counts = new int[STATES.size()];
        for (Article a : articles) {
            String title = StateMentions.lookUpCopy(a.title());
            String body = StateMentions.lookUpCopy(a.body());
            for (int i = 0; i < counts.length; i++) {
                if (mentions.get(i).in(a.title(), title) || mentions.get(i).in(a.body(), body)) {
                    counts[i]++;
                }
            }
        }
        Map<String, Integer> articlesPerState = new LinkedHashMap<>();
        for (int i = 0; i < counts.length; i++) {
            articlesPerState.put(STATES.get(i), counts[i]);
        }
        return articlesPerState;
    }

    public int articleCount() {
        return articles.size();
    }

    /** "5 articles (2022-09-26 to 2022-10-05). By state: Kazakhstan 5, Uzbekistan 2, ... Titles: ..." */
    public String summary() {
        StringBuilder b = new StringBuilder();
        b.append(articles.size()).append(articles.size() == 1 ? " article" : " articles");
        List<String> dates = articles.stream().map(Article::published).filter(d -> !d.isBlank()).sorted().toList();
        if (!dates.isEmpty()) {
            b.append(" (dated ").append(dates.get(0));
            if (!dates.get(dates.size() - 1).equals(dates.get(0))) {
                b.append(" to ").append(dates.get(dates.size() - 1));
            }
            b.append(')');
        }
        List<String> states = new ArrayList<>();
        articlesPerState().forEach((s, n) -> states.add(s + " " + n));
        b.append("; articles mentioning each state: ").append(String.join(", ", states)).append('.');
        b.append(" Titles: ");
        List<String> titles = articles.stream().map(a -> "\u201C" + a.title() + "\u201D").limit(12).toList();
        b.append(String.join("; ", titles));
        if (articles.size() > 12) {
            b.append("; and ").append(articles.size() - 12).append(" more");
        }
        return b.append('.').toString();
    }

    public List<String> statesWithSources() {
        return articlesPerState().entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).toList();
    }
}
