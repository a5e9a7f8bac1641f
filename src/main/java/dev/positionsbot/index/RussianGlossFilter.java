package dev.positionsbot.index;

import dev.positionsbot.corpus.CyrillicTransliteration;
import dev.positionsbot.corpus.RussianGlossary;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * After each lower-case Russian word the glossary knows, the English words of its rendering at the same position,
 * as synonyms. The English stemmer further down then treats them like any English word, so an English question's
 * terms meet a Russian article's and a Russian question's meet an English one's, in the index and in the composer's
 * sentence matching alike (both analyse through this chain).
 */
public final class RussianGlossFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final RussianGlossary glossary;
    private final Deque<String> pending = new ArrayDeque<>();
    private State original;

    public RussianGlossFilter(TokenStream input, RussianGlossary glossary) {
        super(input);
        this.glossary = glossary;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(original);
            term.setEmpty().append(pending.poll());
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (CyrillicTransliteration.hasCyrillic(term)) {
            for (String english : glossary.englishWords(term.toString())) {
                if (!english.isEmpty()) {
                    pending.add(english);
                }
            }
            if (!pending.isEmpty()) {
                original = captureState();
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        original = null;
    }
}
