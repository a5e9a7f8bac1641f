package dev.positionsbot.answer;

import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.SentenceUnits;
import dev.positionsbot.index.SearchHit;
import dev.positionsbot.index.TermAnalyzer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns retrieved passages into candidate answer units and measures each against the question: which key terms it
 * has (in its own words, as a dictionary paraphrase, or only nearby), whether it has the kind of span asked for,
 * where the subject is, and how similar it is in meaning. Measuring only: the answer model decides.
 */
final class CandidateGenerator {

    /** How much text before and after a passage counts as "nearby": the paragraphs that resolve "he" or "the vote". */
    private static final int CONTEXT_CHARS = 500;
    private static final String QUOTE_MARKS = "\"“”«»";
    private static final List<String> SPEECH_WORDS = List.of("said", "says", "told", "tells", "stated", "noted",
            "added", "warned", "insisted", "stressed", "argued", "according to", "cautioned", "declared", "announced",
            "заявил", "сказал", "отметил", "подчеркнул");
    static final Pattern QUOTATION = Pattern.compile("[" + QUOTE_MARKS + "]|\\b(" + String.join("|", SPEECH_WORDS)
            + ")\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final QuestionAnalyzer analyzer;
    private final TermAnalyzer termAnalyzer;
    private final SemanticSimilarity similarity;
    private final TypedSpanFinder spans;
    private final double synonymCredit;
    private final SentenceUnits units = new SentenceUnits();
    private final Map<String, List<String>> termCache = SentenceTerms.newCache();
    /**
     * What depends on a unit's or a passage's text alone, kept for the next questions: a compound question measures
     * the same units once for the whole and once per part, and related questions come back to the same passages.
     * Scanning a unit for every spelling of every lexicon name and analysing the text around a passage word by word
     * were the costliest steps of an answer. Bounded to a few questions' worth (a question measures the units of up
     * to {@code CANDIDATE_HITS} passages, about 150), a few MiB; the values are immutable.
     */
    private final BoundedCache<String, SentenceTerms> unitTerms = new BoundedCache<>(UNITS_KEPT);
    private final BoundedCache<String, SentenceTerms> passageTerms = new BoundedCache<>(PASSAGES_KEPT);
    private final BoundedCache<String, List<Lexicon.Name>> unitNames = new BoundedCache<>(UNITS_KEPT);
    /**
     * Also kept, by the same reasoning: a passage's units (the whole question and each part of a compound one split
     * the same passages), whether a unit quotes someone (a case-insensitive scan of every position), and whether it
     * has the span asked for (name scans), the last for the asked type, names and figure kind that decide it.
     */
    private final BoundedCache<String, List<SentenceUnits.Unit>> passageUnits = new BoundedCache<>(PASSAGES_KEPT);
    private final BoundedCache<String, Boolean> unitQuotes = new BoundedCache<>(UNITS_KEPT);
    private final BoundedCache<SpanAsked, Boolean> unitSpans = new BoundedCache<>(UNITS_KEPT);
    private static final int UNITS_KEPT = 512;
    private static final int PASSAGES_KEPT = 64;

    CandidateGenerator(QuestionAnalyzer analyzer, TermAnalyzer termAnalyzer, SemanticSimilarity similarity,
                       TypedSpanFinder spans, double synonymCredit) {
        this.analyzer = analyzer;
        this.termAnalyzer = termAnalyzer;
        this.similarity = similarity;
        this.spans = spans;
        this.synonymCredit = synonymCredit;
    }

    /** Every candidate unit of the first {@code maxHits} passages, in passage order, with similarity measured. */
    List<ScoredSentence> candidates(AnalyzedQuestion q, List<SearchHit> hits, int maxHits) {
        List<SearchHit> top = hits.subList(0, Math.min(hits.size(), maxHits));
        List<String> asked = q.entityLabels();
        FigureKind figure = q.answerType() == AnalyzedQuestion.AnswerType.NUMBER ? FigureKind.askedBy(q.english())
                : FigureKind.ANY;
        // the lexicon entries of the question's names, the same for every unit
        List<Lexicon.Name> askedNames = q.terms().stream().map(analyzer::entity).flatMap(Optional::stream).toList();
        List<ScoredSentence> raw = new ArrayList<>();
        // passages overlap, so the same unit can come from two of them: it is measured once, from the better one
        Set<String> seen = new java.util.HashSet<>();
        List<SearchHit> read = new ArrayList<>();
        List<Integer> ranks = new ArrayList<>();
        for (int rank = 0; rank < top.size(); rank++) {
            read.add(top.get(rank));
            ranks.add(rank);
            Optional<SearchHit> reply = AnswerAfterQuestion.replyTo(top.get(rank));
            if (reply.isPresent()) {
                read.add(reply.get());
                ranks.add(rank);
            }
        }
        for (int i = 0; i < read.size(); i++) {
            SearchHit hit = read.get(i);
            int rank = ranks.get(i);
            Article article = hit.article();
            Nearby nearby = new Nearby(terms(passageTerms, surroundings(hit) + " . " + metadata(article) + " . "
                    + hit.passage().heading()));
            for (SentenceUnits.Unit u : passageUnits.get(hit.passage().text(), units::of)) {
                int from = hit.passage().start() + u.start();
                int end = hit.passage().start() + u.end();
                if (seen.add(article.id() + ":" + from + ":" + end)) {
                    raw.add(measure(q, hit, rank, from, end, u.sentences(), nearby, asked, askedNames, figure));
                }
            }
        }
        if (raw.isEmpty()) {
            return raw;
        }
        double[] sims = similarity.similarities(q.english(), raw.stream().map(ScoredSentence::text).toList(),
                raw.stream().map(ScoredSentence::hit).toList());
        List<ScoredSentence> out = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            out.add(raw.get(i).withSemantic(sims[i]));
        }
        return out;
    }

    /**
     * What the article says about itself: title, outlet, author and date, so that "according to Agency X" or
     * "in May 2023" can be supported by the article's metadata rather than its sentences.
     */
    static String metadata(Article a) {
        StringBuilder b = new StringBuilder(a.title()).append(" . ").append(a.outlet()).append(" . ").append(a.author());
        String d = a.published();
        if (d.matches("\\d{4}-\\d{2}.*")) {
            int month = Integer.parseInt(d.substring(5, 7));
            if (month >= 1 && month <= 12) {
                b.append(" . ").append(java.time.Month.of(month).getDisplayName(java.time.format.TextStyle.FULL,
                        java.util.Locale.ENGLISH));
            }
        }
        if (d.matches("\\d{4}.*")) {
            b.append(' ').append(d, 0, 4);
        }
        return b.toString();
    }

    /** The passage with the text before and after it. */
    private static String surroundings(SearchHit hit) {
        String body = hit.article().body();
        int from = Math.max(0, hit.passage().start() - CONTEXT_CHARS);
        int to = Math.min(body.length(), hit.passage().end() + CONTEXT_CHARS / 2);
        return body.substring(from, to);
    }

    private ScoredSentence measure(AnalyzedQuestion q, SearchHit hit, int rank, int start, int end, int sentences,
                                   Nearby nearbyTerms, List<String> asked, List<Lexicon.Name> askedNames,
                                   FigureKind figure) {
        String text = hit.article().body().substring(start, end);
        SentenceTerms st = terms(unitTerms, text);
        double total = q.totalWeight();
        double cov = 0;
        double ctx = 0;
        List<KeyTerm> matched = new ArrayList<>();
        List<KeyTerm> missing = new ArrayList<>();
        List<KeyTerm> paraphrased = new ArrayList<>();
        for (KeyTerm t : q.terms()) {
            boolean here = st.contains(t);
            boolean nearby = !here && !t.bound() && nearbyTerms.contains(t);
            double credit = 1.0;
            if (!here && !nearby && !t.paraphrases().isEmpty()) {
                here = st.hasParaphrase(t);
                nearby = !here && !t.bound() && nearbyTerms.hasParaphrase(t);
                credit = synonymCredit;
                if (here || nearby) {
                    paraphrased.add(t);
                }
            }
            if (here) {
                cov += t.weight() * credit;
                matched.add(t);
            } else if (nearby && t.role() == KeyTerm.Role.CIRCUMSTANCE) {
                // a circumstance ("after the ruling") is told in a neighbouring sentence as often as in this one
                cov += t.weight() * credit;
                matched.add(t);
            } else if (nearby) {
                ctx += t.weight() * credit;
            } else if (t.essential()) {
                missing.add(t);
            }
        }
        Optional<KeyTerm> subject = q.subject();
        ScoredSentence.Presence presence = subject.isEmpty() ? ScoredSentence.Presence.NOT_ASKED
                : st.contains(subject.get()) ? ScoredSentence.Presence.IN_SENTENCE
                : nearbyTerms.contains(subject.get()) ? ScoredSentence.Presence.NEARBY : ScoredSentence.Presence.ABSENT;
        boolean fits = unitSpans.get(new SpanAsked(q.answerType(), asked, figure, text),
                k -> spans.has(k.type(), k.text(), k.asked()) && k.figure().foundIn(k.text()));
        double position = hit.article().body().isEmpty() ? 0 : (double) start / hit.article().body().length();
        return new ScoredSentence(hit, rank, start, end, text, st, total == 0 ? 0 : cov / total,
                total == 0 ? 0 : ctx / total, 0, fits, matched, missing, paraphrased, presence,
                namesSomeoneElse(askedNames, text), unitQuotes.get(text, CandidateGenerator::quotes), position,
                sentences, Double.NaN);
    }

    /**
     * Whether {@link #QUOTATION} finds a match. The regex engine tries every position of the unit against every
     * speech word (3.8% of the answering thread), so a unit that holds no quotation mark and none of the words in any
     * case is answered without it: a unit with a match has the word in its {@link CaseFolded} copy (the converse is
     * not true, \\b aside: such units are left to the pattern). CandidateGeneratorKeptTest checks
     * this against the pattern.
     */
    static boolean quotes(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (QUOTE_MARKS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        String f = CaseFolded.of(text);
        for (String w : SPEECH_WORDS) {
            if (f.contains(w)) {
                return QUOTATION.matcher(text).find();
            }
        }
        return false;
    }

    /**
     * The states whose positions the bot is about. A unit that names another of them (or its leader or city) while
     * the question's subject is only nearby speaks for that state; outside powers (Russia, China, ...) are named in
     * nearly every sentence of this news and say nothing about whose position a sentence gives.
     */
    private static final Set<String> DOMAIN_STATES = Set.of("Kazakhstan", "Uzbekistan", "Kyrgyzstan", "Tajikistan",
            "Turkmenistan");

    /**
     * Whether the text names one of the five states, or its leader or city, that is none of the question's
     * ({@code asked}: the lexicon entries of the question's names).
     */
    private boolean namesSomeoneElse(List<Lexicon.Name> asked, String text) {
        if (asked.isEmpty()) {
            return false;
        }
        for (Lexicon.Name n : unitNames.get(text, t -> List.copyOf(analyzer.namesIn(t)))) {
            boolean domain = DOMAIN_STATES.contains(n.canonical()) || DOMAIN_STATES.contains(n.of());
            if (domain && asked.stream().noneMatch(n::sameSide)) {
                return true;
            }
        }
        return false;
    }

    /** What decides whether a unit has the span asked for: the asked type, names and figure kind, and its text. */
    private record SpanAsked(AnalyzedQuestion.AnswerType type, List<String> asked, FigureKind figure, String text) {
    }

    /** The text's terms, analysed once while kept in {@code kept}. */
    private SentenceTerms terms(BoundedCache<String, SentenceTerms> kept, String text) {
        return kept.get(text, t -> SentenceTerms.of(t, termAnalyzer, termCache));
    }

    /**
     * The text around one passage, with what was found in it for this question: every unit of the passage asks
     * for the same key terms there, so each is looked for once (by identity: the question's own terms).
     */
    private static final class Nearby {
        private final SentenceTerms terms;
        private final Map<KeyTerm, Boolean> has = new java.util.IdentityHashMap<>();
        private final Map<KeyTerm, Boolean> paraphrase = new java.util.IdentityHashMap<>();

        Nearby(SentenceTerms terms) {
            this.terms = terms;
        }

        boolean contains(KeyTerm t) {
            return has.computeIfAbsent(t, terms::contains);
        }

        boolean hasParaphrase(KeyTerm t) {
            return paraphrase.computeIfAbsent(t, terms::hasParaphrase);
        }
    }
}
