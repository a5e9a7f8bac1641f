package dev.positionsbot.answer.attribution;

import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.KnowledgeLoader;
import dev.positionsbot.corpus.Sentence;
import dev.positionsbot.corpus.SentenceSplitter;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * How often {@link ArticleAttributor#parts} splits a quote of two neighbouring sentences of one paragraph, as a
 * composer may quote them, over the TRAINING split's articles (the labelled articles and the bundled seeds that
 * split.tsv puts on the training side), with a random sample of the splits printed for reading, and what reading a
 * quote's speaker costs whole and in parts.
 *
 * <p>Run: {@code java -cp "target/classes:target/test-classes:$(cat target/test-cp.txt)"
 * dev.positionsbot.answer.attribution.SpeakerSplitSurvey [SAMPLE] [SEED]}; with the argument {@code sentences} it
 * prints only the CPU time of attributing every sentence of the labelled articles alone (best of four passes after
 * one to warm up), a figure that an older build's classes put first on the class path can be timed with, alternately,
 * since that mode calls nothing the older attributor lacks.
 */
public final class SpeakerSplitSurvey {

    private SpeakerSplitSurvey() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length > 0 && args[0].equals("sentences")) {
            timeSentences();
            return;
        }
        int sample = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 11;
        Set<String> training = new HashSet<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/answer-model/split.tsv"))) {
            String[] c = line.split("\t");
            if (!line.startsWith("#") && c.length > 1 && c[1].equals("train")) {
                training.add(c[0]);
            }
        }
        List<Article> articles = new ArrayList<>(new KnowledgeLoader()
                .load(Path.of("src/test/resources/answer-model/articles")));
        articles.addAll(new KnowledgeLoader().load(Path.of("knowledge")));
        ArticleAttributor attributor = new ArticleAttributor();
        SentenceSplitter splitter = new SentenceSplitter();
        List<Article> quotedIn = new ArrayList<>();
        List<String> quotes = new ArrayList<>();
        for (Article a : articles) {
            String stem = Path.of(a.file()).getFileName().toString().replaceAll("\\.md$", "");
            if (!training.contains(stem) && !training.contains(a.id())) {
                continue;
            }
            for (String paragraph : a.body().split("\\n\\s*\\n")) {
                List<Sentence> s = splitter.split(paragraph);
                for (int i = 0; i + 1 < s.size(); i++) {
                    String quote = paragraph.substring(s.get(i).start(), s.get(i + 1).end());
                    if (a.body().contains(quote)) {
                        quotedIn.add(a);
                        quotes.add(quote);
                    }
                }
            }
        }
        List<String> splits = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            List<ArticleAttributor.QuotePart> parts = attributor.parts(quotedIn.get(i), quotes.get(i));
            if (parts.size() > 1) {
                StringBuilder b = new StringBuilder(quotedIn.get(i).id()).append('\n');
                for (ArticleAttributor.QuotePart p : parts) {
                    Speaker s = p.attribution().speaker();
                    b.append("  [").append(s.kind()).append(' ').append(s.state()).append(" | ").append(s.name())
                            .append("] ").append(p.text()).append('\n');
                }
                splits.add(b.toString());
            }
        }
        System.out.printf("training-split pairs of neighbouring sentences: %d, split by speaker: %d%n", quotes.size(),
                splits.size());
        Collections.shuffle(splits, new Random(seed));
        splits.stream().limit(sample).forEach(System.out::println);
        // the thread's CPU time: wall time on this shared host varies by a third from run to run
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= 4; round++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            for (int i = 0; i < quotes.size(); i++) {
                attributor.attribute(quotedIn.get(i), quotes.get(i));
            }
            long t1 = cpu.getCurrentThreadCpuTime();
            for (int i = 0; i < quotes.size(); i++) {
                attributor.parts(quotedIn.get(i), quotes.get(i));
            }
            long t2 = cpu.getCurrentThreadCpuTime();
            System.out.printf("round %d: CPU per quote: whole %.2f ms, in parts %.2f ms%n", round,
                    (t1 - t0) / 1e6 / quotes.size(), (t2 - t1) / 1e6 / quotes.size());
        }
    }

    private static void timeSentences() {
        ArticleAttributor attributor = new ArticleAttributor();
        SentenceSplitter splitter = new SentenceSplitter();
        List<Article> in = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        for (Article a : new KnowledgeLoader().load(Path.of("src/test/resources/answer-model/articles"))) {
            for (String paragraph : a.body().split("\\n\\s*\\n")) {
                for (Sentence s : splitter.split(paragraph)) {
                    in.add(a);
                    sentences.add(s.text());
                }
            }
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double best = Double.MAX_VALUE;
        for (int pass = 0; pass < 5; pass++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            for (int i = 0; i < sentences.size(); i++) {
                attributor.attribute(in.get(i), sentences.get(i));
            }
            double ms = (cpu.getCurrentThreadCpuTime() - t0) / 1e6 / sentences.size();
            best = pass == 0 ? best : Math.min(best, ms);
        }
        System.out.printf("%d sentences attributed alone: best CPU %.3f ms per sentence%n", sentences.size(), best);
    }
}
