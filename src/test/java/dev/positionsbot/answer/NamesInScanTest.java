package dev.positionsbot.answer;

import dev.positionsbot.index.NewsTermAnalyzer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link QuestionAnalyzer#namesIn} finds candidate spellings in one pass before running their patterns; these tests
 * hold it to the former scan (every spelling's pattern over the text, longest first, each found name blanked out),
 * kept here as the oracle.
 */
class NamesInScanTest {

    private static final Pattern ALNUM = Pattern.compile("[\\p{L}\\p{N}]");

    private final QuestionAnalyzer analyzer = new QuestionAnalyzer(new NewsTermAnalyzer(), new FixedTermStatistics(),
            Lexicon.bundled());

    private record Spelling(Pattern pattern, Lexicon.Name name) {
    }

    private static final List<Spelling> ORACLE_SPELLINGS = oracleSpellings(Lexicon.bundled());

    private static List<Spelling> oracleSpellings(Lexicon lexicon) {
        List<String> variants = new ArrayList<>();
        for (Lexicon.Name n : lexicon.names()) {
            variants.addAll(n.latin());
        }
        variants.sort((a, b) -> b.length() - a.length());
        List<Spelling> out = new ArrayList<>();
        for (String v : variants) {
            Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(v) + "(?:['’]s)?(?![\\p{L}\\p{N}])",
                    v.length() <= 3 ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            out.add(new Spelling(p, lexicon.latin(v).orElseThrow()));
        }
        return out;
    }

    /** The scan as it was before the one-pass prefilter. */
    private static List<Lexicon.Name> oracleNamesIn(String text) {
        List<Lexicon.Name> out = new ArrayList<>();
        String rest = text;
        for (Spelling s : ORACLE_SPELLINGS) {
            Matcher m = s.pattern().matcher(rest);
            if (m.find()) {
                if (!out.contains(s.name())) {
                    out.add(s.name());
                }
                rest = m.replaceAll(" ");
            }
        }
        return out;
    }

    private static List<String> sentencesOf(Path dir) throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String whole = Files.readString(f);
                texts.add(whole);
                for (String line : whole.split("\\R")) {
                    texts.add(line);
                    texts.addAll(List.of(line.split("(?<=[.!?])\\s+")));
                }
            }
        }
        return texts;
    }

    @Test
    void findsTheSameNamesAsTheFormerScanInEverySentenceOfTheCorpusAndTheInventedArticles() throws IOException {
        List<String> texts = new ArrayList<>(sentencesOf(Path.of("knowledge")));
        texts.addAll(sentencesOf(Path.of("src/test/resources/answer-model/articles")));
        assertTrue(texts.size() > 1000, "corpus and invented articles read: " + texts.size() + " texts");
        int withNames = 0;
        for (String t : texts) {
            List<Lexicon.Name> expected = oracleNamesIn(t);
            assertEquals(expected, analyzer.namesIn(t), t);
            withNames += expected.isEmpty() ? 0 : 1;
        }
        assertTrue(withNames > 300, "texts naming someone: " + withNames);
    }

    @Test
    void findsTheSameNamesAsTheFormerScanInRandomMixesOfSpellings() {
        List<String> pieces = new ArrayList<>();
        for (Lexicon.Name n : Lexicon.bundled().names()) {
            pieces.addAll(n.latin());
            pieces.addAll(n.cyrillicStems());
            pieces.add(n.canonical());
        }
        String[] glue = {" ", "", "-", "'s ", "’s ", "'", ".", ", ", "  ", "s ", "1", "x", "'S ", "\n", "—"};
        String[] noise = {"the", "and", "said", "ſ", "\u212A", "İ", "ı", "ü", "Ü", "ẞ", "ß", "ǅ", "\u0345", "ﬁ",
                "𝐀", "Ё", "ё", "US", "UN", "u.s.", "U.S", "Asia", "Central"};
        Random random = new Random(16);
        int withNames = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            int parts = 1 + random.nextInt(8);
            for (int p = 0; p < parts; p++) {
                String piece = random.nextInt(4) == 0 ? noise[random.nextInt(noise.length)]
                        : pieces.get(random.nextInt(pieces.size()));
                b.append(recase(piece, random)).append(glue[random.nextInt(glue.length)]);
            }
            String text = b.toString();
            List<Lexicon.Name> expected = oracleNamesIn(text);
            assertEquals(expected, analyzer.namesIn(text), text);
            withNames += expected.size() > 1 ? 1 : 0;
        }
        assertTrue(withNames > 2_000, "texts naming two or more: " + withNames);
    }

    private static String recase(String s, Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> s.toUpperCase(Locale.ROOT);
            case 1 -> s.toLowerCase(Locale.ROOT);
            case 2 -> {
                StringBuilder b = new StringBuilder();
                s.codePoints().forEach(c -> b.appendCodePoint(random.nextBoolean() ? Character.toUpperCase(c)
                        : Character.toLowerCase(c)));
                yield b.toString();
            }
            default -> s;
        };
    }

    /** The facts the prefilter's exactness rests on, checked on this JVM's Unicode tables. */
    @Test
    void caseFoldingIsIdempotentAndKeepsLettersApartFromSeparators() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            int f = NameSpellingPrefilter.fold(c);
            assertEquals(f, NameSpellingPrefilter.fold(f), "fold of U+" + Integer.toHexString(c));
            boolean letterOrDigit = ALNUM.matcher(new String(Character.toChars(c))).matches();
            if (!letterOrDigit) {
                assertFalse(f < 128 && Character.isLetterOrDigit(f), "U+" + Integer.toHexString(c) + " folds to ASCII");
            }
            if (c != ' ') {
                assertFalse(f == ' ', "U+" + Integer.toHexString(c) + " folds to a space");
            }
        }
    }
}
