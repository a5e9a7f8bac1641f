package dev.positionsbot.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts an article body into passages of whole sentences for retrieval and quoting. A paragraph up to
 * {@code maxWords} words and {@code maxSentences} sentences is one passage; a longer paragraph is cut into
 * passages of about equal length. A passage never spans a paragraph break or a {@code #} heading, and carries the
 * heading it sits under. Offsets are exact: {@code body.substring(start, end).equals(text)}.
 */
public final class SentencePassageSplitter implements PassageSplitter {

    public static final int DEFAULT_MAX_WORDS = 120;
    public static final int DEFAULT_MAX_SENTENCES = 5;

    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");

    private final SentenceSplitter sentences;
    private final int maxWords;
    private final int maxSentences;

    public SentencePassageSplitter() {
        this(new SentenceSplitter(), DEFAULT_MAX_WORDS, DEFAULT_MAX_SENTENCES);
    }

    public SentencePassageSplitter(SentenceSplitter sentences, int maxWords, int maxSentences) {
        if (maxWords < 1 || maxSentences < 1) {
            throw new IllegalArgumentException("maxWords and maxSentences must be positive");
        }
        this.sentences = sentences;
        this.maxWords = maxWords;
        this.maxSentences = maxSentences;
    }

    @Override
    public String version() {
        // v2: over-long sentences are cut into pieces of at most SentenceSplitter.MAX_SENTENCE_CHARS
        return getClass().getName() + "/v2/" + maxWords + "/" + maxSentences;
    }

    @Override
    public List<Passage> split(Article article) {
        String body = article.body();
        List<Passage> out = new ArrayList<>();
        String heading = "";
        int paragraphStart = -1;
        int pos = 0;
        while (pos <= body.length()) {
            int lineEnd = body.indexOf('\n', pos);
            if (lineEnd < 0) {
                lineEnd = body.length();
            }
            String line = body.substring(pos, lineEnd);
            Matcher h = HEADING.matcher(line);
            boolean blank = line.isBlank();
            if (blank || h.matches()) {
                if (paragraphStart >= 0) {
                    paragraph(article, paragraphStart, pos, heading, out);
                    paragraphStart = -1;
                }
                if (!blank) {
                    heading = h.group(1);
                }
            } else if (paragraphStart < 0) {
                paragraphStart = pos;
            }
            pos = lineEnd + 1;
        }
        if (paragraphStart >= 0) {
            paragraph(article, paragraphStart, body.length(), heading, out);
        }
        return out;
    }

    private void paragraph(Article article, int from, int to, String heading, List<Passage> out) {
        String body = article.body();
        List<Sentence> found = sentences.split(body.substring(from, to));
        if (found.isEmpty()) {
            return;
        }
        int[] words = new int[found.size()];
        int total = 0;
        for (int i = 0; i < found.size(); i++) {
            words[i] = wordCount(found.get(i).text());
            total += words[i];
        }
        int chunksLeft = Math.min(found.size(),
                Math.max(ceilDiv(total, maxWords), ceilDiv(found.size(), maxSentences)));
        int first = 0;
        int inChunk = 0;
        int chunkWords = 0;
        int remainingWords = total;
        for (int i = 0; i < found.size(); i++) {
            inChunk++;
            chunkWords += words[i];
            remainingWords -= words[i];
            boolean last = i == found.size() - 1;
            boolean close = last || inChunk == maxSentences;
            if (!close && chunksLeft > 1) {
                double target = (double) (chunkWords + remainingWords) / chunksLeft;
                // close here when taking the next sentence would overshoot the target more than stopping undershoots it
                close = chunkWords + words[i + 1] / 2.0 > target;
            }
            if (close) {
                Sentence a = found.get(first);
                Sentence b = found.get(i);
                int start = from + a.start();
                int end = from + b.end();
                out.add(new Passage(article.id(), out.size(), start, end, heading, body.substring(start, end)));
                first = i + 1;
                inChunk = 0;
                chunkWords = 0;
                chunksLeft = Math.max(chunksLeft - 1, 1);
            }
        }
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    private static int wordCount(String s) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean ws = Character.isWhitespace(s.charAt(i));
            if (!ws && !inWord) {
                n++;
            }
            inWord = !ws;
        }
        return n;
    }
}
