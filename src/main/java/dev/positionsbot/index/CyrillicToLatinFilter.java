package dev.positionsbot.index;

import dev.positionsbot.corpus.CyrillicTransliteration;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;

/** Rewrites lower-case Cyrillic tokens in Latin letters, so that "токаев" and "tokaev" can meet. */
public final class CyrillicToLatinFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public CyrillicToLatinFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (CyrillicTransliteration.hasCyrillic(term)) {
            String latin = CyrillicTransliteration.toLatin(term);
            term.setEmpty().append(latin);
        }
        return true;
    }
}
