package dev.positionsbot.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** {@link TermAnalyzer} with the folded news analysis the index uses for its name-tolerant field. */
public final class NewsTermAnalyzer implements TermAnalyzer {

    private final Analyzer analyzer = new NewsAnalyzer(NewsAnalyzer.Variant.FOLDED);
    private final Analyzer exact = new NewsAnalyzer(NewsAnalyzer.Variant.EXACT);

    /** Lucene's Snowball list of Russian function words, the library's, not one written for this corpus. */
    private static final CharArraySet RUSSIAN_FUNCTION_WORDS = RussianAnalyzer.getDefaultStopSet();

    @Override
    public boolean isFunctionWord(String word) {
        return RUSSIAN_FUNCTION_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT).replace('ё', 'е'));
    }

    @Override
    public List<String> terms(String text) {
        return analyze(analyzer, IndexFields.BODY_FOLDED, text);
    }

    @Override
    public List<String> exactTerms(String text) {
        return analyze(exact, IndexFields.BODY, text);
    }

    private static List<String> analyze(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
