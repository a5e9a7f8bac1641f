package dev.positionsbot.index;

import dev.positionsbot.corpus.RussianGlossary;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

import java.io.Reader;
import java.util.regex.Pattern;

/**
 * Analysis of English news text, in two variants.
 *
 * <ul>
 *   <li>{@link Variant#EXACT}: standard tokenizer, English possessives, lower case, the English rendering of each
 *       Russian word the glossary knows ({@link RussianGlossFilter}), ASCII folding, English stop words, KStem (conservative: "recognized" meets "recognize" without Porter's over-stemming of names).</li>
 *   <li>{@link Variant#FOLDED}: the same, plus Cyrillic-to-Latin transliteration, hyphenated-compound joining and
 *       {@link NameFolding}, so that romanisation variants of names (and Cyrillic spellings) meet.</li>
 * </ul>
 */
public final class NewsAnalyzer extends Analyzer {

    /** Changes whenever analysis changes, so that indexes built with an older chain are rebuilt. */
    public static final String VERSION = "news-analyzer-2";

    public enum Variant { EXACT, FOLDED }

    private static final CharArraySet STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
    private static final Pattern HYPHEN_BETWEEN_LETTERS = Pattern.compile("(?<=\\p{L})-(?=\\p{L})");

    private final Variant variant;

    public NewsAnalyzer(Variant variant) {
        this.variant = variant;
    }

    public Variant variant() {
        return variant;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        if (variant == Variant.FOLDED) {
            // "_" keeps the compound in one token for JoinedCompoundFilter; same length, so offsets stay right
            return new PatternReplaceCharFilter(HYPHEN_BETWEEN_LETTERS, "_", reader);
        }
        return reader;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(source);
        stream = new LowerCaseFilter(stream);
        stream = new RussianGlossFilter(stream, RussianGlossary.bundled());
        if (variant == Variant.FOLDED) {
            stream = new JoinedCompoundFilter(stream);
            stream = new CyrillicToLatinFilter(stream);
        }
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(stream, STOP_WORDS);
        stream = new KStemFilter(stream);
        if (variant == Variant.FOLDED) {
            stream = new NameFoldingFilter(stream);
        }
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
