package dev.positionsbot.bench;

import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.PassageSplitter;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Filler articles for scale runs: sentences of words drawn from the real corpus at their corpus frequencies, so
 * that BM25 posting lists and vector neighbourhoods look like news text rather than noise. The same seed and
 * vocabulary give the same articles, so runs at different times index the same text.
 */
public final class SyntheticCorpus {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d’'-]+");

    private final List<String> tokens;
    private final long seed;

    public SyntheticCorpus(List<Article> vocabularySource, long seed) {
        List<String> t = new ArrayList<>();
        Matcher m = WORD.matcher("");
        for (Article a : vocabularySource) {
            m.reset(a.body());
            while (m.find()) {
                t.add(m.group());
            }
        }
        if (t.isEmpty()) {
            throw new IllegalArgumentException("the vocabulary source articles have no words");
        }
        this.tokens = List.copyOf(t);
        this.seed = seed;
    }

    /**
     * Synthetic articles (five paragraphs of one to three sentences each) until {@code splitter} cuts them into at
     * least {@code passages} passages in total.
     */
    public List<Article> articles(int passages, PassageSplitter splitter) {
        Random random = new Random(seed);
        List<Article> out = new ArrayList<>();
        int made = 0;
        for (int n = 0; made < passages; n++) {
            StringBuilder body = new StringBuilder();
            for (int p = 0; p < 5; p++) {
                int sentences = 1 + random.nextInt(3);
                for (int s = 0; s < sentences; s++) {
                    body.append(sentence(random, 10 + random.nextInt(20))).append(' ');
                }
                body.setLength(body.length() - 1);
                body.append("\n\n");
            }
            String title = sentence(random, 6);
            Article a = new Article("synthetic-" + n, "synthetic-" + n + ".md", title.substring(0, title.length() - 1),
                    "Synthetic", "", "", "", "en", "", body.toString().strip());
            out.add(a);
            made += splitter.split(a).size();
        }
        return out;
    }

    /** A random question-like query of corpus words, for warm-up and latency samples. */
    public List<String> queries(int count, long querySeed) {
        Random random = new Random(querySeed);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String s = sentence(random, 6 + random.nextInt(8));
            out.add("What " + s.substring(0, s.length() - 1).toLowerCase(java.util.Locale.ROOT) + "?");
        }
        return out;
    }

    private String sentence(Random random, int words) {
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < words; w++) {
            String t = tokens.get(random.nextInt(tokens.size()));
            b.append(w == 0 ? Character.toUpperCase(t.charAt(0)) + t.substring(1) : t).append(' ');
        }
        b.setCharAt(b.length() - 1, '.');
        return b.toString();
    }
}
