package dev.positionsbot.answer.attribution;

import dev.positionsbot.answer.Lexicon;
import dev.positionsbot.corpus.Article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A state's position over time: the statements its officials make across the articles, dated ones oldest first,
 * then those neither the sentence nor the article dates. Analysts, the outlets' own reporting and other governments
 * are left out. Consecutive sentences of one speaker in a paragraph (a quote running over several sentences) are
 * one statement.
 */
public final class StateTimeline {

    private static final Set<String> STOP = Set.of("the", "and", "for", "with", "about", "from", "its", "their",
            "on", "of", "in", "to", "a", "an", "what", "how", "position", "positions");

    /**
     * One statement.
     *
     * @param statementDate yyyy, yyyy-MM or yyyy-MM-dd, or "" when undated
     * @param dateSource    "sentence", "article" or ""
     * @param quote         verbatim text of the article body
     */
    public record Entry(String statementDate, String dateSource, String speaker, String speakerKind, String state,
                        String quote, Article article) {
    }

    /**
     * A timeline.
     *
     * @param state    the state as the lexicon names it ("Kazakhstan"), or the input when the lexicon does not know it
     * @param topic    the topic words as given, or ""
     * @param entries  dated statements oldest first, then undated ones in article order
     * @param holdings when there are no entries: what the articles hold instead; else ""
     */
    public record Result(String state, String topic, List<Entry> entries, String holdings) {
        public Result {
            entries = List.copyOf(entries);
        }

        public long datedCount() {
            return entries.stream().filter(e -> !e.statementDate().isEmpty()).count();
        }
    }

    private final ArticleAttributor attributor;
    private final Lexicon lexicon;

    public StateTimeline(ArticleAttributor attributor, Lexicon lexicon) {
        this.attributor = attributor;
        this.lexicon = lexicon;
    }

    public StateTimeline() {
        this(new ArticleAttributor(), Lexicon.bundled());
    }

    /** The state a user's word names ("kazakh", "Astana", "Казахстан" are Kazakhstan), if the lexicon knows it. */
    public Optional<String> stateNamed(String words) {
        String w = words == null ? "" : words.strip();
        Optional<Lexicon.Name> n = lexicon.latin(w);
        if (n.isEmpty() && !w.isEmpty()) {
            n = lexicon.cyrillic(w);
        }
        return n.map(name -> name.of().isEmpty() ? name.canonical() : name.of());
    }

    /**
     * "United States sanctions" → ["United States", "sanctions"]: the longest leading words (up to three) the
     * lexicon knows as a state, else the first word, and the rest as the topic. For commands typed in one line.
     */
    public List<String> stateAndTopic(String words) {
        String[] w = (words == null ? "" : words.strip()).split("\\s+");
        for (int n = Math.min(3, w.length); n >= 1; n--) {
            String state = String.join(" ", List.of(w).subList(0, n));
            if (stateNamed(state).isPresent()) {
                return List.of(state, String.join(" ", List.of(w).subList(n, w.length)));
            }
        }
        return List.of(w[0], String.join(" ", List.of(w).subList(1, w.length)));
    }

    public Result build(String stateWords, String topic, List<Article> articles) {
        String state = stateNamed(stateWords).orElse(stateWords == null ? "" : stateWords.strip());
        String t = topic == null ? "" : topic.strip();
        List<String> topicStems = stems(t);
        List<Entry> all = new ArrayList<>();
        for (Article a : articles) {
            all.addAll(statements(a));
        }
        List<Entry> ofState = all.stream().filter(e -> e.state().equalsIgnoreCase(state)).toList();
        List<Entry> onTopic = ofState.stream().filter(e -> mentions(e.quote(), topicStems)).toList();
        List<Entry> dated = new ArrayList<>(onTopic.stream().filter(e -> !e.statementDate().isEmpty()).toList());
        dated.sort(Comparator.comparing(Entry::statementDate));
        List<Entry> entries = new ArrayList<>(dated);
        onTopic.stream().filter(e -> e.statementDate().isEmpty()).forEach(entries::add);
        String holdings = entries.isEmpty() ? holdings(state, t, ofState, all, articles.size()) : "";
        return new Result(state, t, entries, holdings);
    }

    /** The statements of governments in one article, consecutive sentences of one speaker joined. */
    private List<Entry> statements(Article a) {
        List<Entry> out = new ArrayList<>();
        ArticleAttributor.AttributedSentence open = null;
        int openStart = 0;
        for (ArticleAttributor.AttributedSentence s : attributor.sentences(a)) {
            Speaker sp = s.attribution().speaker();
            boolean governmental = sp.kind().governmental() && !sp.state().isEmpty();
            if (open != null && governmental && s.paragraph() == open.paragraph()
                    && sp.equals(open.attribution().speaker())) {
                open = new ArticleAttributor.AttributedSentence(open.paragraph(), openStart, s.end(), "",
                        open.attribution().date().known() ? open.attribution()
                                : new Attribution(sp, s.attribution().date()));
                continue;
            }
            if (open != null) {
                out.add(entry(a, open));
            }
            open = governmental ? s : null;
            openStart = governmental ? s.start() : 0;
        }
        if (open != null) {
            out.add(entry(a, open));
        }
        return out;
    }

    private static Entry entry(Article a, ArticleAttributor.AttributedSentence s) {
        Attribution at = s.attribution();
        return new Entry(at.date().date(), at.date().source(), at.speaker().name(), at.speaker().kind().json(),
                at.speaker().state(), a.body().substring(s.start(), s.end()).strip(), a);
    }

    private static List<String> stems(String topic) {
        List<String> out = new ArrayList<>();
        for (String w : topic.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 3 && !STOP.contains(w)) {
                out.add(stem(w));
            }
        }
        return out;
    }

    /** A crude English stem (sanctions, sanctioned → sanction): enough to match a topic word's forms. */
    private static String stem(String w) {
        for (String suffix : List.of("ing", "ed", "es", "s")) {
            if (w.length() > suffix.length() + 3 && w.endsWith(suffix)) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }

    private static boolean mentions(String text, List<String> stems) {
        if (stems.isEmpty()) {
            return true;
        }
        List<String> words = List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
        for (String s : stems) {
            if (words.stream().anyMatch(w -> w.startsWith(s))) {
                return true;
            }
        }
        return false;
    }

    /** What the articles hold when they hold no statement by the state's officials on the topic. */
    private static String holdings(String state, String topic, List<Entry> ofState, List<Entry> all, int articles) {
        StringBuilder b = new StringBuilder("The articles hold no statement by ").append(state)
                .append("'s officials").append(topic.isEmpty() ? "" : " on \u201C" + topic + "\u201D").append('.');
        if (!ofState.isEmpty()) {
            b.append(" They hold ").append(ofState.size()).append(ofState.size() == 1 ? " statement" : " statements")
                    .append(" by ").append(state).append("'s officials on other topics (try without --topic).");
        }
        Map<String, Integer> perState = new LinkedHashMap<>();
        for (Entry e : all) {
            if (!e.state().equalsIgnoreCase(state)) {
                perState.merge(e.state(), 1, Integer::sum);
            }
        }
        if (!perState.isEmpty()) {
            List<String> parts = new ArrayList<>();
            perState.forEach((s, n) -> parts.add(s + " " + n));
            b.append(" Across ").append(articles).append(articles == 1 ? " article" : " articles")
                    .append(" they hold statements by officials of: ").append(String.join(", ", parts)).append('.');
        } else {
            b.append(" The ").append(articles).append(articles == 1 ? " article holds" : " articles hold")
                    .append(" no statement attributed to any government's officials.");
        }
        return b.toString();
    }
}
