package dev.positionsbot.index;

import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.Passage;
import dev.positionsbot.corpus.PassageSplitter;

import java.util.ArrayList;
import java.util.List;

/**
 * One passage per non-blank line of the body ("## " lines become the heading of what follows). A stand-in
 * for the corpus package's sentence-aware splitter, used by the benchmark and by the commands until that is
 * wired in.
 */
public final class ParagraphPassageSplitter implements PassageSplitter {

    @Override
    public List<Passage> split(Article article) {
        String body = article.body();
        List<Passage> out = new ArrayList<>();
        String heading = "";
        int lineStart = 0;
        while (lineStart < body.length()) {
            int lineEnd = body.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = body.length();
            }
            int s = lineStart;
            int e = lineEnd;
            while (s < e && Character.isWhitespace(body.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(body.charAt(e - 1))) {
                e--;
            }
            if (s < e) {
                String line = body.substring(s, e);
                if (line.startsWith("## ")) {
                    heading = line.substring(3).trim();
                } else {
                    out.add(new Passage(article.id(), out.size(), s, e, heading, line));
                }
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }
}
