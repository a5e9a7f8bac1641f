package dev.positionsbot.answer;

import dev.positionsbot.corpus.CyrillicTransliteration;
import dev.positionsbot.index.TermAnalyzer;
import dev.positionsbot.index.TermStatistics;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a question is about: its named entities (in any known spelling or script), content words, numbers,
 * and the kind of answer it wants. Russian questions are rendered into English words first.
 */
public final class QuestionAnalyzer {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’\\-]*(?:[.,]\\d+)*");

    /** Grammar words and question words: never evidence of anything. */
    private static final Set<String> STOP = Set.of(
            "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "is", "are", "was", "were", "be",
            "been", "being", "do", "does", "did", "done", "has", "have", "had", "the", "a", "an", "of", "in", "on",
            "at", "to", "for", "from", "by", "with", "about", "as", "and", "or", "but", "that", "this", "these",
            "those", "it", "its", "their", "there", "they", "them", "he", "she", "his", "her", "him", "i", "you",
            "me", "my", "we", "our", "your", "any", "anything", "something", "some", "much", "many", "more", "most",
            "into", "over", "than", "then", "so", "if", "not", "no", "can", "could", "would", "should", "will",
            "shall", "may", "might", "must", "please", "also", "each", "own", "just", "only", "very", "s", "t",
            "one", "ones", "all", "both", "either", "neither", "after", "before", "during", "again", "ever", "yet",
            "still", "now", "today", "currently", "current", "other", "others", "another", "such", "whether", "let",
            "us", "know", "tell", "give", "list", "explain", "according", "per", "via", "besides", "among", "around",
            "regarding", "within", "without", "upon", "while", "like", "unlike");

    private static final Pattern MONTH = Pattern.compile(
            "(?i)^(january|february|march|april|may|june|july|august|september|october|november|december)$");

    /**
     * Words that frame a question rather than name its subject ("What did X say about Y?", "X's position on Y").
     * They weigh little: evidence rarely repeats them, and their absence says nothing about support.
     */
    private static final Set<String> FRAME = Set.of(
            "say", "said", "says", "saying", "describe", "described", "describes", "description", "call", "called",
            "calls", "characterize", "characterise", "characterized", "characterised", "react", "reacted",
            "reaction", "reactions", "respond", "responded", "response", "position", "positions", "stance", "view",
            "views", "think", "thinks", "opinion", "comment", "commented", "comments", "role", "play", "played",
            "plays", "mention", "mentioned", "talk", "talked", "happen", "happened", "make", "made", "take", "took",
            "get", "got", "name", "named", "kind", "type", "way", "part", "article", "articles", "source", "sources",
            "consider", "considered", "regard", "regarding", "toward", "towards", "concerning", "stand", "stated",
            "state's", "claim", "claimed", "claims", "decide", "decided", "decision", "compare", "contrast",
            "specific", "specifically", "particular", "exactly", "actually", "really", "main", "key", "time",
            "times", "thing", "things", "people", "anyone", "someone", "country's", "use", "used", "relied",
            "analysis", "report", "reports", "reported", "story", "piece", "study", "paper", "outlet", "publication",
            "author", "wrote", "writes", "written", "term", "word", "words", "phrase", "expression", "detail",
            "details", "information", "anything", "else", "exact", "example");

    /**
     * After these verbs the object is what gets characterised, and a characterisation rarely repeats it ("How does
     * X describe Kazakhstan's diplomacy?" is answered by "a balancing act"): terms after them are not required.
     */
    private static final Pattern DESCRIBE = Pattern.compile(
            "\\b(describe|described|describes|call|called|calls|characteri[sz]e|characteri[sz]ed|label|labelled|labeled|portray|portrayed|view|views|viewed|see|sees|regard|regards|term|termed|compare|compared)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * Offices and institutions: "Tajikistan's president" or "the foreign ministry of Kazakhstan" asks about a
     * particular holder, so the evidence must tie the office to that state. Other possessives ("Kazakhstan's
     * population") are looser and are not bound.
     */
    private static final Set<String> OFFICES = Set.of("president", "presidents", "leader", "leaders", "minister",
            "ministers", "ministry", "ministries", "government", "parliament", "spokesman", "spokeswoman",
            "spokesperson", "ambassador", "embassy", "prime", "premier", "king", "emir", "chairman",
            "army", "military", "prosecutor", "court", "mayor", "governor", "senate", "opposition", "capital",
            "currency", "central bank", "diplomat", "diplomats", "envoy", "delegation");

    /** "How did X react to Y?": a reaction is to something, and evidence must mention that something. */
    private static final Pattern REACTION = Pattern.compile(
            "\\b(react|reacted|reacts|respond|responded|responds|reply|replied|replies|reaction|response|answer|answered)\\s+(to|on)\\s+(.+)$",
            Pattern.CASE_INSENSITIVE);
    /**
     * "What did X say about Y?", "X's position on Y": what was said is about Y, and a sentence that does not mention Y
     * (itself, not just nearby) answers another question.
     */
    private static final Pattern ABOUT = Pattern.compile(
            "\\b(say|said|says|think|thinks|thought|comment|commented|comments|position|positions|stance|view|views|attitude|policy|statement|statements|speak|spoke|talk|talked|write|wrote|tell|told|warn|warned|promise|promised)\\b[^?]*?\\b(about|on|regarding|concerning|towards?)\\s+(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPEECH = Pattern.compile(
            "\\b(say|said|says|tell|told|call|called|calls|describe|described|describes|claim|claimed|warn|warned|state|stated|label|labelled|labeled|term|termed|put it|quote|quoted)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PRESENT = Pattern.compile("\\b(today|currently|current|now|present|latest|nowadays)\\b",
            Pattern.CASE_INSENSITIVE);

    /** "according to the Steppe Ledger analysis", "the Reuters report", "does the RFE/RL article use": who reported it. */
    private static final Pattern SOURCE_ATTRIBUTION = Pattern.compile(
            "\\b(?i:according to) (?:the |an? )?((?:[\\p{Lu}][\\p{L}/\\-]*\\s?)+)|\\b(?:the|an?) ((?:[\\p{Lu}][\\p{L}/\\-]*\\s?)+)(?:analysis|article|report|story|piece|study|paper|interview|op-ed|editorial)\\b");

    /** Setting clauses: "after the court ruling", "during the unrest", "around the Lake Issyk-Kul meeting". */
    private static final Pattern CIRCUMSTANCE = Pattern.compile(
            "\\b(after|before|during|following|since|amid|amidst|around|throughout|in the wake of|at the time of|on the sidelines of|at the)\\b([^,;?]*)",
            Pattern.CASE_INSENSITIVE);

    private static final Set<String> NEGATION = Set.of("not", "never", "no", "didn't", "doesn't", "don't",
            "won't", "isn't", "wasn't", "haven't", "hasn't", "refuse", "refused", "decline", "declined");

    private static final Pattern POSSESSIVE = Pattern.compile("([\\p{L}\\-]+)['’]s?\\s+((?:[\\p{L}\\-]+\\s+){0,1}[\\p{L}\\-]+)");
    private static final Pattern YEAR = Pattern.compile("^(1[89]\\d\\d|20\\d\\d)$");

    private final TermAnalyzer analyzer;
    private final TermStatistics statistics;
    private final Lexicon lexicon;
    private final List<NameSpelling> spellings;
    private final NameSpellingPrefilter spellingsPresent;
    private final WordRelations relations;
    private final AnswerTypeClassifier types;

    public QuestionAnalyzer(TermAnalyzer analyzer, TermStatistics statistics, Lexicon lexicon) {
        this(analyzer, statistics, lexicon, WordRelations.NONE);
    }

    public QuestionAnalyzer(TermAnalyzer analyzer, TermStatistics statistics, Lexicon lexicon,
                            WordRelations relations) {
        this.analyzer = analyzer;
        this.statistics = statistics;
        this.lexicon = lexicon;
        this.spellings = spellings(lexicon);
        this.spellingsPresent = new NameSpellingPrefilter(spellings.stream().map(NameSpelling::spelling).toList());
        this.relations = relations;
        this.types = new AnswerTypeClassifier(relations);
    }

    /**
     * The retriever and the composer analyse the same question and clauses for one answer; the analysis depends on
     * the text and on this analyser's fixed index statistics alone (a refreshed index gets a new analyser), and an
     * {@link AnalyzedQuestion} is immutable, so one is shared. Bounded: a few conversations' questions.
     */
    public AnalyzedQuestion analyze(String question) {
        return analysed.get(question, this::analyzeAfresh);
    }

    private static final int ANALYSED_QUESTIONS = 256;

    private final BoundedCache<String, AnalyzedQuestion> analysed = new BoundedCache<>(ANALYSED_QUESTIONS);

    private AnalyzedQuestion analyzeAfresh(String question) {
        String q = question.strip();
        // Kazakh and Uzbek: function words dropped, answered in English (Cyrillic is not Russian here)
        KazakhUzbekFunctionWords.Result local = KazakhUzbekFunctionWords.bundled().strip(q);
        boolean cyrillic = CyrillicTransliteration.hasCyrillic(local.text());
        boolean russian = cyrillic && local.language().isEmpty();
        Set<String> transliterated = new java.util.HashSet<>();
        Map<String, List<String>> otherRenderings = new java.util.HashMap<>();
        String english = cyrillic ? toEnglish(local.text(), transliterated, otherRenderings) : local.text();
        List<KeyTerm> terms = new ArrayList<>();
        Set<String> canonicals = new LinkedHashSet<>();
        String rest = extractEntities(english, terms, canonicals);
        extractWords(rest, english, terms);
        terms = withOtherRenderings(terms, otherRenderings);
        bindPossessives(english, terms);
        String lowerEnglish = english.toLowerCase(Locale.ROOT);
        terms.sort(java.util.Comparator.comparingInt(t -> {
            int i = lowerEnglish.indexOf(t.label().toLowerCase(Locale.ROOT));
            return i < 0 ? Integer.MAX_VALUE : i;
        }));
        List<KeyTerm> weighted = untranslated(weigh(assignRoles(english, softenDescribed(english, terms))),
                transliterated);
        String lower = english.toLowerCase(Locale.ROOT) + " " + q.toLowerCase(Locale.ROOT);
        AnalyzedQuestion.AnswerType type = types.classify(english, q);
        boolean negated = words(english).stream().anyMatch(w -> NEGATION.contains(w.toLowerCase(Locale.ROOT))
                || w.toLowerCase(Locale.ROOT).endsWith("n't"));
        StringBuilder search = new StringBuilder(english);
        for (String c : canonicals) {
            if (!english.toLowerCase(Locale.ROOT).contains(c.toLowerCase(Locale.ROOT))) {
                search.append(' ').append(c);
            }
        }
        List<KeyTerm> objects = new ArrayList<>();
        Matcher reaction = REACTION.matcher(english);
        Matcher about = ABOUT.matcher(english);
        boolean reacts = reaction.find();
        String object = reacts ? reaction.group(3) : about.find() ? about.group(3) : null;
        if (object != null) {
            String lowerObject = object.toLowerCase(Locale.ROOT);
            KeyTerm subject = AnalyzedQuestion.subjectOf(weighted).orElse(null);
            for (KeyTerm t : weighted) {
                // a reaction is to a thing ("to Kazakhstan's statement"), whose owner is no answer on its own
                boolean topical = t.kind() == KeyTerm.Kind.CONTENT || !reacts
                        && t.kind() == KeyTerm.Kind.ENTITY && t != subject && t.role() != KeyTerm.Role.SOURCE;
                if (topical && t.role() != KeyTerm.Role.CIRCUMSTANCE
                        && containsWord(lowerObject, t.label().toLowerCase(Locale.ROOT))) {
                    objects.add(t);
                }
            }
        }
        return new AnalyzedQuestion(q, russian ? "ru" : "en", english, search.toString(), weighted, type, negated,
                objects, !reacts, SPEECH.matcher(english).find(), PRESENT.matcher(english).find());
    }

    /** Renders a Russian question in English words: names via the lexicon, vocabulary via the glossary, the rest transliterated. */
    String toEnglish(String russian) {
        return toEnglish(russian, new java.util.HashSet<>(), new java.util.HashMap<>());
    }

    /**
     * A Russian word the glossary renders in several ways stands in the English question by its usual rendering, and
     * its other renderings count as that term's own words: evidence with any one of them has the term (a sentence
     * says "aid" or "assistance", never both), where two separate terms would each be half missing.
     */
    private List<KeyTerm> withOtherRenderings(List<KeyTerm> terms, Map<String, List<String>> otherRenderings) {
        if (otherRenderings.isEmpty()) {
            return terms;
        }
        List<KeyTerm> out = new ArrayList<>(terms.size());
        for (KeyTerm t : terms) {
            List<String> others = otherRenderings.get(t.label().toLowerCase(Locale.ROOT));
            if (others == null || t.kind() == KeyTerm.Kind.NUMBER) {
                out.add(t);
                continue;
            }
            List<List<String>> alternatives = new ArrayList<>(t.alternatives());
            for (String other : others) {
                forms(other).stream().filter(f -> !alternatives.contains(f)).forEach(alternatives::add);
            }
            out.add(new KeyTerm(t.label(), t.kind(), alternatives, t.weight(), t.boundTo(), t.inCorpus(), t.role(),
                    t.paraphrases(), t.known()));
        }
        return out;
    }

    /**
     * A Russian word the glossary cannot render is only spelled out in Latin letters; unless the corpus has that
     * spelling (a Russian-language article does), it is a sign of the language gap, not of a missing topic, and it
     * frames the question rather than weighing in it.
     */
    private static List<KeyTerm> untranslated(List<KeyTerm> terms, Set<String> transliterated) {
        List<KeyTerm> out = new ArrayList<>(terms.size());
        for (KeyTerm t : terms) {
            boolean spelledOnly = t.kind() == KeyTerm.Kind.CONTENT && !t.inCorpus()
                    && transliterated.contains(t.label().toLowerCase(Locale.ROOT));
            out.add(spelledOnly ? new KeyTerm(t.label(), KeyTerm.Kind.FRAME, t.alternatives(), t.weight() * 0.1,
                    t.boundTo(), false, t.role(), t.paraphrases(), false) : t);
        }
        return out;
    }

    private String toEnglish(String russian, Set<String> transliterated, Map<String, List<String>> otherRenderings) {
        StringBuilder b = new StringBuilder();
        Matcher m = WORD.matcher(russian);
        while (m.find()) {
            String w = m.group();
            String out;
            if (!CyrillicTransliteration.hasCyrillic(w)) {
                out = w;
            } else {
                Optional<Lexicon.Name> name = lexicon.cyrillic(w);
                if (name.isPresent()) {
                    out = name.get().canonical();
                } else {
                    List<String> renderings = lexicon.renderings(w);
                    if (!renderings.isEmpty()) {
                        out = renderings.get(0);
                        if (renderings.size() > 1 && !out.contains(" ")) {
                            otherRenderings.computeIfAbsent(out.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                                    .addAll(renderings.subList(1, renderings.size()));
                        }
                    } else if (w.length() <= 3 || analyzer.isFunctionWord(w)) {
                        out = null; // prepositions, pronouns and particles: spelled out, they only add noise
                    } else {
                        String tr = CyrillicTransliteration.toLatin(w);
                        out = Character.isUpperCase(w.charAt(0)) ? tr : tr.toLowerCase(Locale.ROOT);
                        transliterated.add(out.toLowerCase(Locale.ROOT));
                    }
                }
            }
            if (out != null) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(out);
            }
        }
        return b.append('?').toString();
    }

    /** A Latin spelling of a lexicon name and the pattern that finds it as a whole word (possessive allowed). */
    private record NameSpelling(String spelling, Pattern pattern, Lexicon.Name name) {
    }

    /** Every Latin spelling of every lexicon name, longest first so that "Central Asian" wins over "Central Asia". */
    private static List<NameSpelling> spellings(Lexicon lexicon) {
        List<String> variants = new ArrayList<>();
        for (Lexicon.Name n : lexicon.names()) {
            variants.addAll(n.latin());
        }
        variants.sort((a, b) -> b.length() - a.length());
        List<NameSpelling> out = new ArrayList<>(variants.size());
        for (String v : variants) {
            Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(v) + "(?:['’]s)?(?![\\p{L}\\p{N}])",
                    v.length() <= 3 ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            out.add(new NameSpelling(v, p, lexicon.latin(v).orElseThrow()));
        }
        return List.copyOf(out);
    }

    /** The lexicon's entities named in a text. */
    public List<Lexicon.Name> namesIn(String text) {
        List<Lexicon.Name> out = new ArrayList<>();
        scanNames(text, (written, name) -> {
            if (!out.contains(name)) {
                out.add(name);
            }
        });
        return out;
    }

    /**
     * Finds lexicon names in a text, longest spellings first, telling each as written (possessive dropped) with its
     * entity, and returns the text with them blanked out, so that "Central Asian" is not found again as "Central Asia".
     */
    private String scanNames(String text, java.util.function.BiConsumer<String, Lexicon.Name> found) {
        String rest = text;
        // one pass over the text finds the few spellings that can occur; only their patterns run, in the same order
        boolean[] present = spellingsPresent.present(text);
        for (int k = 0; k < spellings.size(); k++) {
            if (!present[k]) {
                continue;
            }
            NameSpelling spelling = spellings.get(k);
            Matcher m = spelling.pattern().matcher(rest);
            if (m.find()) {
                found.accept(m.group().replaceAll("['’]s$", ""), spelling.name());
                rest = m.replaceAll(" ");
            }
        }
        return rest;
    }

    /** The lexicon entity a question's entity term names, if it is one. */
    public Optional<Lexicon.Name> entity(KeyTerm t) {
        return t.kind() == KeyTerm.Kind.ENTITY ? lexicon.latin(t.label()) : Optional.empty();
    }

    private String extractEntities(String text, List<KeyTerm> terms, Set<String> canonicals) {
        return scanNames(text, (written, name) -> {
            if (canonicals.add(name.canonical())) {
                terms.add(new KeyTerm(written, KeyTerm.Kind.ENTITY, alternatives(name), 0, List.of()).asKnown());
            }
        });
    }

    private List<List<String>> alternatives(Lexicon.Name name) {
        Set<List<String>> alts = new LinkedHashSet<>();
        for (String l : name.latin()) {
            alts.addAll(forms(l));
        }
        return new ArrayList<>(alts);
    }

    /** A word or phrase as the index's folded terms and as exact stems: either form may match. */
    private List<List<String>> forms(String text) {
        Set<List<String>> out = new LinkedHashSet<>();
        List<String> exact = analyzer.exactTerms(text);
        if (!exact.isEmpty()) {
            out.add(exact);
        }
        List<String> folded = analyzer.terms(text);
        if (!folded.isEmpty()) {
            out.add(folded);
        }
        return new ArrayList<>(out);
    }

    /** "how large", "how long": the measure word belongs to the question form, not to its subject. */
    private static final Pattern MEASURE = Pattern.compile(
            "\\bhow (many|much|long|large|big|far|often|high|old|soon|severe|serious)\\b", Pattern.CASE_INSENSITIVE);

    /** "right after the vote closed", "right now": an intensifier, not the noun or adjective "right". */
    private static final Pattern INTENSIFIER = Pattern.compile(
            "\\bright(?=\\s+(after|before|away|now|then|there|here|from|at|on|in|when|until)\\b)",
            Pattern.CASE_INSENSITIVE);
    /** Longest dictionary term looked for among a question's words ("head of state" is three). */
    private static final int MAX_PHRASE_WORDS = 4;
    /** Most dictionary paraphrases kept per question word: the nearest senses and kinds come first. */
    private static final int MAX_PARAPHRASES = 120;

    private void extractWords(String rest, String full, List<KeyTerm> terms) {
        Set<String> seen = new LinkedHashSet<>();
        rest = MEASURE.matcher(rest).replaceAll(" ");
        rest = INTENSIFIER.matcher(rest).replaceAll(" ");
        List<String> ws = words(rest);
        Map<Integer, String> phraseOf = phrases(ws);
        for (int i = 0; i < ws.size(); i++) {
            String w = ws.get(i);
            String lower = w.toLowerCase(Locale.ROOT).replace('’', '\'');
            String bare = lower.replaceAll("'s$", "");
            if (STOP.contains(bare) || bare.length() < 2 && !Character.isDigit(bare.charAt(0))) {
                continue;
            }
            List<List<String>> forms = forms(w);
            if (forms.isEmpty() || !seen.add(String.join(" ", forms.get(0)))) {
                continue;
            }
            Set<String> bases = relations.baseForms(bare);
            KeyTerm.Kind kind;
            if (YEAR.matcher(bare).matches() || bare.matches("\\d[\\d,.]*") || MONTH.matcher(bare).matches()) {
                kind = KeyTerm.Kind.NUMBER;
            } else if (FRAME.contains(bare) || bases.stream().anyMatch(FRAME::contains)
                    || bases.stream().anyMatch(STOP::contains)) {
                kind = KeyTerm.Kind.FRAME;
            } else if (Character.isUpperCase(w.charAt(0)) && !isSentenceInitial(full, w)) {
                kind = KeyTerm.Kind.ENTITY;
            } else {
                kind = KeyTerm.Kind.CONTENT;
            }
            if (MONTH.matcher(bare).matches()) {
                forms = new ArrayList<>(forms);
                forms.addAll(forms(bare.substring(0, 3)));
                if (bare.equals("september")) {
                    forms.addAll(forms("sept"));
                }
            }
            if (kind == KeyTerm.Kind.ENTITY) {
                // a name of several words is one term; news often gives a person's surname alone after first mention
                int j = i;
                // only title-case words: a run of capitals is shouting or acronyms, not one name
                while (isTitleCase(w) && j + 1 < ws.size() && isTitleCase(ws.get(j + 1))
                        && !STOP.contains(ws.get(j + 1).toLowerCase(Locale.ROOT))) {
                    j++;
                }
                if (j > i) {
                    String name = String.join(" ", ws.subList(i, j + 1));
                    List<List<String>> nameForms = new ArrayList<>(forms(name));
                    forms(ws.get(j)).stream().filter(f -> !nameForms.contains(f)).forEach(nameForms::add);
                    terms.add(new KeyTerm(name, kind, nameForms, 0, List.of()));
                    for (int k = i + 1; k <= j; k++) {
                        forms(ws.get(k)).stream().findFirst().ifPresent(f -> seen.add(String.join(" ", f)));
                    }
                    i = j;
                    continue;
                }
            }
            if (kind == KeyTerm.Kind.ENTITY && bare.length() < 5) {
                // phonetic folding is for spellings of names; on a short word it collides ("Sea" with "see")
                List<String> exact = analyzer.exactTerms(w);
                forms = exact.isEmpty() ? forms : List.of(exact);
            }
            KeyTerm term = new KeyTerm(w, kind, forms, 0, List.of());
            if (kind == KeyTerm.Kind.CONTENT) {
                term = term.withParaphrases(paraphrases(forms, bare, bases, phraseOf.get(i)));
            }
            terms.add(term);
        }
    }

    /** Word positions that belong to a dictionary term of several words, mapped to that term. */
    private Map<Integer, String> phrases(List<String> ws) {
        Map<Integer, String> out = new java.util.HashMap<>();
        for (int i = 0; i < ws.size(); i++) {
            for (int n = Math.min(MAX_PHRASE_WORDS, ws.size() - i); n >= 2; n--) {
                List<String> span = ws.subList(i, i + n);
                String first = span.get(0).toLowerCase(Locale.ROOT);
                String last = span.get(n - 1).toLowerCase(Locale.ROOT);
                // "of the", "out of": a term must begin and end with words that mean something
                if (STOP.contains(first) || STOP.contains(last) || Character.isUpperCase(span.get(0).charAt(0))
                        && i > 0) {
                    continue;
                }
                String phrase = String.join(" ", span).toLowerCase(Locale.ROOT);
                if (relations.isTerm(phrase)) {
                    for (int k = i; k < i + n; k++) {
                        out.putIfAbsent(k, phrase);
                    }
                    i += n - 1;
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The word's own forms, then what implies it: its irregular base form ("began" → "begin"), and dictionary
     * synonyms and kinds ("petroleum" for "crude", "president" for "head of state"). A word inside a dictionary
     * term takes the term's paraphrases only: "head" alone would bring in parts of the body.
     */
    private List<List<String>> paraphrases(List<List<String>> own, String word, Set<String> bases, String phrase) {
        Set<List<String>> out = new LinkedHashSet<>();
        for (String b : bases) {
            forms(b).stream().filter(f -> !own.contains(f)).forEach(out::add);
        }
        Set<String> implying = new LinkedHashSet<>();
        if (phrase != null) {
            implying.add(phrase);
            implying.addAll(relations.implying(phrase));
        } else {
            implying.addAll(relations.implying(word));
            for (String b : bases) {
                implying.addAll(relations.implying(b));
            }
        }
        int added = 0;
        for (String p : implying) {
            if (added >= MAX_PARAPHRASES) {
                break;
            }
            // exact stems only: phonetic folding of short dictionary words would collide ("oil" with "all")
            List<String> exact = analyzer.exactTerms(p);
            // "get" for "begin": a light verb or grammar word would match nearly any sentence
            boolean light = exact.size() == 1 && (FRAME.contains(p) || STOP.contains(p));
            if (!exact.isEmpty() && !light && exact.stream().noneMatch(STOP::contains) && !own.contains(exact)
                    && out.add(exact)) {
                added++;
            }
        }
        return new ArrayList<>(out);
    }

    /** "Tajikistan's president", "the president of Tajikistan": the head noun counts only near the entity. */
    private void bindPossessives(String text, List<KeyTerm> terms) {
        Matcher m = POSSESSIVE.matcher(text);
        while (m.find()) {
            String owner = m.group(1);
            if (!text.substring(m.start(1) + owner.length()).matches("(?s)^['’]s?\\s.*")) {
                continue;
            }
            Optional<Lexicon.Name> ownerName = lexicon.latin(owner);
            if (ownerName.isEmpty()) {
                continue;
            }
            for (String head : m.group(2).split("\\s+")) {
                if (OFFICES.contains(head.toLowerCase(Locale.ROOT))) {
                    bind(terms, head, ownerName.get());
                }
            }
        }
        Matcher of = Pattern.compile("\\b([\\p{L}\\-]+) of (?:the )?([\\p{Lu}][\\p{L}\\-]+)").matcher(text);
        while (of.find()) {
            if (OFFICES.contains(of.group(1).toLowerCase(Locale.ROOT))) {
                lexicon.latin(of.group(2)).ifPresent(n -> bind(terms, of.group(1), n));
            }
        }
    }

    private void bind(List<KeyTerm> terms, String head, Lexicon.Name owner) {
        List<List<String>> forms = forms(head);
        for (int i = 0; i < terms.size(); i++) {
            KeyTerm t = terms.get(i);
            if (t.kind() == KeyTerm.Kind.CONTENT && !forms.isEmpty() && t.alternatives().contains(forms.get(0))) {
                terms.set(i, t.withBoundTo(owners(owner)));
            }
        }
    }

    /**
     * What ties an office to its state in the evidence: the state's names, or the name of a person the lexicon places
     * in that state, since news writes "President X" far more often than "the state's president".
     */
    private List<List<String>> owners(Lexicon.Name owner) {
        Set<List<String>> out = new LinkedHashSet<>(alternatives(owner));
        if (!owner.person()) {
            for (Lexicon.Name n : lexicon.names()) {
                if (n.person() && n.of().equals(owner.canonical())) {
                    out.addAll(alternatives(n));
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** Marks source attributions and circumstance clauses (see {@link KeyTerm.Role}). */
    private static List<KeyTerm> assignRoles(String text, List<KeyTerm> terms) {
        List<String> sources = new ArrayList<>();
        Matcher m = SOURCE_ATTRIBUTION.matcher(text);
        while (m.find()) {
            sources.add((m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT));
        }
        List<String> settings = new ArrayList<>();
        Matcher c = CIRCUMSTANCE.matcher(text);
        while (c.find()) {
            settings.add(c.group(2).toLowerCase(Locale.ROOT));
        }
        List<KeyTerm> out = new ArrayList<>(terms.size());
        for (KeyTerm t : terms) {
            String label = t.label().toLowerCase(Locale.ROOT);
            if (t.role() != KeyTerm.Role.CORE) {
                out.add(t);
            } else if (t.kind() != KeyTerm.Kind.FRAME && sources.stream().anyMatch(x -> containsWord(x, label))) {
                out.add(t.withRole(KeyTerm.Role.SOURCE));
            } else if (t.kind() != KeyTerm.Kind.FRAME && settings.stream().anyMatch(x -> containsWord(x, label))) {
                out.add(t.withRole(KeyTerm.Role.CIRCUMSTANCE));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean containsWord(String haystack, String word) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])").matcher(haystack).find();
    }

    /** Terms after a describe-type verb become optional: their binding is dropped and their weight halved. */
    private List<KeyTerm> softenDescribed(String text, List<KeyTerm> terms) {
        Matcher m = DESCRIBE.matcher(text);
        if (!m.find()) {
            return terms;
        }
        String after = text.substring(m.end()).toLowerCase(Locale.ROOT);
        List<KeyTerm> out = new ArrayList<>(terms.size());
        for (KeyTerm t : terms) {
            if (t.kind() == KeyTerm.Kind.CONTENT && after.contains(t.label().toLowerCase(Locale.ROOT))) {
                out.add(new KeyTerm(t.label(), KeyTerm.Kind.CONTENT, t.alternatives(), -1, List.of())
                        .withRole(KeyTerm.Role.DESCRIBED).withParaphrases(t.paraphrases()));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * Weights from rarity. A word's weight comes from its own forms (a paraphrase is evidence for it, not a measure of
     * how telling it is); it counts as present in the corpus when any of its forms or paraphrases is.
     */
    private List<KeyTerm> weigh(List<KeyTerm> terms) {
        List<KeyTerm> out = new ArrayList<>(terms.size());
        double maxIdf = Math.log(1.0 + (Math.max(statistics.passageCount(), 1) + 0.5) / 0.5);
        for (KeyTerm t : terms) {
            // Rarity from exact stems: phonetic folding makes short words collide ("died" with "did").
            double idf = rarity(t, t.alternatives(), maxIdf);
            // Rarity matters, but a common subject ("Kazakhstan" in a corpus about Kazakhstan) is still what the
            // question is about: names get a floor, and the first name asked about counts most.
            double w = Math.max(0.5, idf / maxIdf * 2.0);
            boolean subject = t.kind() == KeyTerm.Kind.ENTITY && t.role() != KeyTerm.Role.SOURCE
                    && out.stream().noneMatch(o -> o.kind() == KeyTerm.Kind.ENTITY && o.role() != KeyTerm.Role.SOURCE);
            w = switch (t.kind()) {
                case ENTITY -> Math.max(w, 1.0) * (subject ? 1.5 : 1.2);
                case NUMBER -> w * 1.5;
                case CONTENT -> t.role() == KeyTerm.Role.DESCRIBED ? w * 0.5 : w;
                case FRAME -> w * 0.1;
            };
            if (t.role() == KeyTerm.Role.SOURCE) {
                w *= 0.3;
            }
            KeyTerm weighted = t.withWeight(w);
            boolean absent = idf >= maxIdf - 1e-9
                    && (t.paraphrases().isEmpty() || rarity(t, t.paraphrases(), maxIdf) >= maxIdf - 1e-9);
            out.add(absent && t.kind() == KeyTerm.Kind.CONTENT ? weighted.absentFromCorpus() : weighted);
        }
        return out;
    }

    private double rarity(KeyTerm t, List<List<String>> alternatives, double maxIdf) {
        return alternatives.stream()
                .filter(alt -> t.kind() != KeyTerm.Kind.ENTITY || alt.size() == 1)
                .mapToDouble(alt -> alt.stream().mapToDouble(statistics::idf).min().orElse(maxIdf))
                .min().orElse(maxIdf);
    }

    private static boolean isTitleCase(String word) {
        return Character.isUpperCase(word.charAt(0)) && word.chars().skip(1).anyMatch(Character::isLowerCase);
    }

    private static boolean isSentenceInitial(String text, String word) {
        return text.stripLeading().startsWith(word);
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
