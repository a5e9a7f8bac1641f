package dev.positionsbot.answer;

import dev.positionsbot.PositionsBotException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a question asked in Kazakh or Uzbek (Latin or Cyrillic script) and drops its function words
 * ("about", "what", "said", question particles), which would otherwise become required search terms that no English
 * or Russian article contains. The bot has no Kazakh or Uzbek answer frame, so such questions are answered in
 * English; Cyrillic Kazakh or Uzbek must not be taken for Russian.
 *
 * <p>A question is Kazakh or Uzbek when it has letters only that alphabet uses (Kazakh ә ө ұ ү һ і ң, Uzbek ў ҳ;
 * қ ғ are shared) or at least one of the language's distinctive function words. Words that are also English or
 * Russian ("de", "me", "ne") are dropped only once the language is known, and never decide it.
 */
public final class KazakhUzbekFunctionWords {

    /** What was found: the language ("kk", "uz") and the question without its function words. */
    public record Result(Optional<String> language, String text) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}'’ʻʼ`‘]+");
    private static final Pattern KAZAKH_LETTERS = Pattern.compile("[әөұүһіңӘӨҰҮҺІҢ]");
    private static final Pattern UZBEK_LETTERS = Pattern.compile("[ўҳЎҲ]");

    private static final KazakhUzbekFunctionWords BUNDLED = new KazakhUzbekFunctionWords(
            WordList.load("lexicon/stopwords-kk.txt"), WordList.load("lexicon/stopwords-uz.txt"));

    private final WordList kazakh;
    private final WordList uzbek;

    KazakhUzbekFunctionWords(WordList kazakh, WordList uzbek) {
        this.kazakh = kazakh;
        this.uzbek = uzbek;
    }

    /** The lists bundled in the jar. */
    public static KazakhUzbekFunctionWords bundled() {
        return BUNDLED;
    }

    public Result strip(String question) {
        int kk = KAZAKH_LETTERS.matcher(question).find() ? 2 : 0;
        int uz = UZBEK_LETTERS.matcher(question).find() ? 2 : 0;
        Matcher m = WORD.matcher(question);
        while (m.find()) {
            if (!functionWordCase(m.group(), m.start() == firstWord(question))) {
                continue;
            }
            String w = key(m.group());
            kk += kazakh.distinctive.contains(w) ? 1 : 0;
            uz += uzbek.distinctive.contains(w) ? 1 : 0;
        }
        if (kk == 0 && uz == 0) {
            return new Result(Optional.empty(), question);
        }
        WordList words = uz > kk ? uzbek : kazakh;
        StringBuilder out = new StringBuilder();
        int last = 0;
        m.reset();
        while (m.find()) {
            if (functionWordCase(m.group(), m.start() == firstWord(question)) && words.all.contains(key(m.group()))) {
                out.append(question, last, m.start());
                last = m.end();
            }
        }
        out.append(question.substring(last));
        String text = out.toString().replaceAll("\\s+", " ").replaceAll(" (?=[?!.,;:])", "").strip();
        return new Result(Optional.of(uz > kk ? "uz" : "kk"), text);
    }

    /**
     * Function words are written in lower case, capitalised only to start the question: "ESA" or a name such as
     * "Edi" in the middle of a question is neither a function word nor evidence of the language.
     */
    private static boolean functionWordCase(String word, boolean first) {
        for (int i = first ? 1 : 0; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int firstWord(String question) {
        Matcher m = WORD.matcher(question);
        return m.find() ? m.start() : -1;
    }

    /** Lower case with every apostrophe-like mark written as ' (o‘zbek, oʻzbek and o'zbek are one word). */
    private static String key(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("[’ʻʼ`‘]", "'");
    }

    /** One language's list: every function word, and those that also tell the language apart. */
    static final class WordList {
        final Set<String> all = new HashSet<>();
        final Set<String> distinctive = new HashSet<>();

        static WordList load(String resource) {
            InputStream in = KazakhUzbekFunctionWords.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new PositionsBotException("bundled resource " + resource + " is missing from the jar");
            }
            WordList list = new WordList();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    String w = line.strip();
                    if (w.isEmpty() || w.startsWith("#")) {
                        continue;
                    }
                    boolean weak = w.startsWith("~");
                    String word = key(weak ? w.substring(1) : w);
                    list.all.add(word);
                    if (!weak) {
                        list.distinctive.add(word);
                    }
                }
            } catch (IOException e) {
                throw new PositionsBotException("cannot read bundled resource " + resource + ": " + e.getMessage(), e);
            }
            return list;
        }
    }
}
