package dev.positionsbot.answer;

import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.Sentence;
import dev.positionsbot.corpus.SentenceSplitter;
import dev.positionsbot.index.SearchHit;
import dev.positionsbot.index.TermAnalyzer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The offline composer: answers by quoting the sentences of the retrieved passages that best support the question,
 * each with its citation, or refuses when no sentence does. It never writes a claim of its own; the only text it
 * adds is framing ("The articles do not support the premise ...", "Not covered by the articles: ...").
 */
public final class ExtractiveComposer implements AnswerComposer {

    private static final int CONTEXT_CHARS = 500;
    private static final Pattern QUOTATION = Pattern.compile("[\"“”«»]|\\b(said|says|told|called|described)\\b");
    private static final Pattern PRESENT = Pattern.compile("\\b(currently|today|now|at present|this year|nowadays)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FIGURE = Pattern.compile("\\d[\\d,.]*");
    private static final Pattern YES_NO = Pattern.compile(
            "^\\s*(did|does|do|is|are|was|were|has|have|had|will|would|can|could)\\b", Pattern.CASE_INSENSITIVE);
    /** Sentence openings that lean on the sentence before ("He added ...", "They include ..."). */
    private static final java.util.Set<String> ANAPHORA = java.util.Set.of("he", "she", "they", "it", "this", "these",
            "those", "that", "his", "her", "their", "its", "such", "both", "the", "there");

    private final QuestionAnalyzer analyzer;
    private final TermAnalyzer termAnalyzer;
    private final SemanticSimilarity similarity;
    private final RefusalWriter refusals;
    private final SupportPolicy policy;
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final ClauseSplitter clauses = new ClauseSplitter();
    private final QuoteVerifier verifier = new QuoteVerifier();
    private final Map<String, List<String>> termCache = SentenceTerms.newCache();

    public ExtractiveComposer(QuestionAnalyzer analyzer, TermAnalyzer termAnalyzer, SemanticSimilarity similarity,
                              RefusalWriter refusals, SupportPolicy policy) {
        this.analyzer = analyzer;
        this.termAnalyzer = termAnalyzer;
        this.similarity = similarity;
        this.refusals = refusals;
        this.policy = policy;
    }

    @Override
    public String name() {
        return "extractive";
    }

    @Override
    public GroundedAnswer compose(Evidence evidence) {
        AnalyzedQuestion q = analyzer.analyze(evidence.question());
        if (q.terms().stream().noneMatch(KeyTerm::essential)) {
            return refusals.refuse(q, evidence, List.of(), "the question names nothing the articles could be searched for");
        }
        List<ScoredSentence> candidates = score(q, evidence.hits());
        if (q.answerType() == AnalyzedQuestion.AnswerType.AUTHOR) {
            return byline(q, evidence, candidates);
        }
        List<String> parts = clauses.split(q.english());
        List<AnalyzedQuestion> partQuestions = parts.size() > 1 ? analyzeParts(parts) : List.of();

        List<ScoredSentence> chosen = new ArrayList<>();
        List<String> uncovered = new ArrayList<>();
        if (partQuestions.size() > 1) {
            for (int i = 0; i < partQuestions.size(); i++) {
                AnalyzedQuestion pq = partQuestions.get(i);
                List<ScoredSentence> partCandidates = score(pq, evidence.hits());
                ScoredSentence best = best(pq, partCandidates);
                if (best == null) {
                    // named by its search terms, never echoed: the part may be an instruction aimed at the bot
                    uncovered.add(String.join(", ", pq.labels()));
                } else if (chosen.stream().noneMatch(c -> sameSentence(c, best))) {
                    chosen.add(best);
                }
            }
            if (chosen.isEmpty()) {
                // no part stands on its own: try the question as a whole, asking for no particular answer type
                AnalyzedQuestion general = q.general();
                candidates = score(general, evidence.hits());
                ScoredSentence whole = best(general, candidates);
                if (whole != null) {
                    chosen.add(whole);
                    uncovered.clear();
                }
            }
        } else {
            ScoredSentence best = best(q, candidates);
            if (best != null) {
                chosen.add(best);
            }
        }
        if (chosen.isEmpty()) {
            return refusals.refuse(q, evidence, candidates, null);
        }
        addCorroboration(q, candidates, chosen);
        return answer(q, evidence, chosen, uncovered);
    }

    /**
     * "Who wrote the analysis about X?": the article about X is found as usual, but only its byline can answer, so
     * the answer comes from the article's author field, and is refused when the article names no author.
     */
    private GroundedAnswer byline(AnalyzedQuestion q, Evidence evidence, List<ScoredSentence> candidates) {
        ScoredSentence best = best(q, candidates);
        if (best == null) {
            return refusals.refuse(q, evidence, candidates, null);
        }
        Article a = best.hit().article();
        // "the Carnegie analysis" says which article is meant: an article by another outlet is not it
        List<String> unnamed = unnamedSources(q, List.of(a));
        if (!unnamed.isEmpty()) {
            return refusals.refuse(q, evidence, candidates, "no article matching the question is from or names "
                    + unnamed.get(0));
        }
        if (a.author().isBlank()) {
            return refusals.refuse(q, evidence, candidates, "the article that matches, \u201C" + a.title()
                    + "\u201D, does not name its author");
        }
        boolean russian = "ru".equals(q.language());
        String text = (russian ? "Автор статьи \u201C" + a.title() + "\u201D (по данным подписи): "
                : "The article \u201C" + a.title() + "\u201D gives its author as ") + a.author() + " [1].";
        Citation c = new Citation(1, a.id(), a.title(), a.outlet(), a.author(), a.published(), a.url(), a.file(),
                a.body().substring(best.start(), best.end()));
        return new GroundedAnswer(evidence.question(), evidence.question(), GroundedAnswer.Status.ANSWERED, text,
                List.of(c), "", name(), List.of(), 0);
    }

    /** Later parts of a compound question often say "they": they inherit the names of the first part. */
    private List<AnalyzedQuestion> analyzeParts(List<String> parts) {
        List<AnalyzedQuestion> out = new ArrayList<>();
        List<String> names = List.of();
        for (int i = 0; i < parts.size(); i++) {
            AnalyzedQuestion pq = analyzer.analyze(parts.get(i));
            List<String> own = pq.terms().stream().filter(t -> t.kind() == KeyTerm.Kind.ENTITY).map(KeyTerm::label).toList();
            if (i == 0) {
                names = own;
            } else if (own.isEmpty() && !names.isEmpty()) {
                pq = analyzer.analyze(parts.get(i).replaceAll("[?.!\\s]+$", "") + " (" + String.join(", ", names) + ")");
            }
            if (pq.terms().stream().anyMatch(KeyTerm::essential)) {
                out.add(pq);
            }
        }
        return out;
    }

    /** Every candidate sentence for the evidence, best first, with its scores: what {@code ask --explain} shows. */
    public List<ScoredSentence> explain(Evidence evidence) {
        return score(analyzer.analyze(evidence.question()), evidence.hits());
    }

    /** Scores every sentence (and sentence with its continuation) of the top passages against the question. */
    List<ScoredSentence> score(AnalyzedQuestion q, List<SearchHit> hits) {
        List<SearchHit> top = hits.subList(0, Math.min(hits.size(), policy.candidateHits()));
        List<ScoredSentence> raw = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (SearchHit hit : top) {
            String passageText = hit.passage().text();
            SentenceTerms passageTerms = SentenceTerms.of(surroundings(hit) + " . " + metadata(hit.article())
                    + " . " + hit.passage().heading(), termAnalyzer, termCache);
            List<Sentence> sentences = splitter.split(passageText);
            for (int i = 0; i < sentences.size(); i++) {
                Sentence s = sentences.get(i);
                if (s.text().length() < 25) {
                    continue; // captions, datelines and other fragments do not make an answer
                }
                int start = hit.passage().start() + s.start();
                int from = start;
                if (i > 0 && leansOnPrevious(s.text())) {
                    from = hit.passage().start() + sentences.get(i - 1).start();
                }
                String unit = hit.article().body().substring(from, start + s.text().length());
                raw.add(measure(q, hit, from, start + s.text().length(), unit, passageTerms));
                texts.add(unit);
                if (i + 1 < sentences.size() && continues(sentences.get(i + 1).text())) {
                    int end = hit.passage().start() + sentences.get(i + 1).end();
                    String pair = hit.article().body().substring(from, end);
                    raw.add(measure(q, hit, from, end, pair, passageTerms));
                    texts.add(pair);
                }
            }
        }
        if (raw.isEmpty()) {
            return raw;
        }
        double[] sims = similarity.similarities(q.english(), texts);
        List<ScoredSentence> out = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            ScoredSentence r = raw.get(i);
            out.add(new ScoredSentence(r.hit(), r.start(), r.end(), r.text(), r.terms(), r.coverage(), r.context(),
                    sims[i], r.typeFits(), r.matched(), r.missing(), r.bonus(), r.objectShown(), r.paraphrased()));
        }
        out.sort(Comparator.comparingDouble((ScoredSentence s) -> s.support(policy)).reversed());
        return out;
    }

    /**
     * What the article says about itself: title, outlet, author and date. "According to the Carnegie analysis" or
     * "in August 2021" are supported by the article's metadata, not by its sentences.
     */
    private static String metadata(Article a) {
        StringBuilder b = new StringBuilder(a.title()).append(" . ").append(a.outlet()).append(" . ").append(a.author());
        String d = a.published();
        if (d.matches("\\d{4}-\\d{2}(-\\d{2})?.*")) {
            int month = Integer.parseInt(d.substring(5, 7));
            if (month >= 1 && month <= 12) {
                b.append(" . ").append(java.time.Month.of(month).getDisplayName(java.time.format.TextStyle.FULL,
                        java.util.Locale.ENGLISH));
            }
            b.append(' ').append(d, 0, 4);
        }
        return b.toString();
    }

    /** The passage with the paragraph before and after it: where "he", "the vote" and "that year" are resolved. */
    private static String surroundings(SearchHit hit) {
        String body = hit.article().body();
        int from = Math.max(0, hit.passage().start() - CONTEXT_CHARS);
        int to = Math.min(body.length(), hit.passage().end() + CONTEXT_CHARS / 2);
        return body.substring(from, to);
    }

    private static final Pattern CONTINUATION = Pattern.compile(
            "\\b(another|also|as well|in addition|likewise|similarly|the rest|the remaining)\\b", Pattern.CASE_INSENSITIVE);
    /** Questions about what two parties did to each other: each party's side belongs in the answer. */
    private static final Pattern RECIPROCAL = Pattern.compile(
            "\\b(each other|one another|each side|both sides|either side|each country|both countries|each party|both parties|the two sides|the two countries|mutual|mutually)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ANY_YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");

    /** A sentence that carries on the one before: it opens with a pronoun or adds to it ("owns another 20 percent"). */
    private static boolean continues(String sentence) {
        return leansOnPrevious(sentence) || CONTINUATION.matcher(sentence).find();
    }

    private static boolean leansOnPrevious(String sentence) {
        String first = sentence.strip().split("[\\s,]+", 2)[0].toLowerCase(java.util.Locale.ROOT);
        return ANAPHORA.contains(first) && !first.equals("the") && !first.equals("there") && !first.equals("that");
    }

    private ScoredSentence measure(AnalyzedQuestion q, SearchHit hit, int start, int end, String text,
                                   SentenceTerms passageTerms) {
        SentenceTerms st = SentenceTerms.of(text, termAnalyzer, termCache);
        double total = q.totalWeight();
        double cov = 0;
        double ctx = 0;
        List<KeyTerm> matched = new ArrayList<>();
        List<KeyTerm> missing = new ArrayList<>();
        List<KeyTerm> paraphrased = new ArrayList<>();
        List<KeyTerm> nearbyOnly = new ArrayList<>();
        for (KeyTerm t : q.terms()) {
            boolean here = st.contains(t);
            boolean nearby = !here && !t.bound() && passageTerms.contains(t);
            double credit = 1.0;
            if (!here && !nearby && !t.paraphrases().isEmpty()) {
                // only a dictionary paraphrase: less credit, since the word sense is a guess
                here = !st.findParaphrase(t).isEmpty();
                nearby = !here && !t.bound() && !passageTerms.findParaphrase(t).isEmpty();
                credit = policy.synonymCredit();
                if (here || nearby) {
                    paraphrased.add(t);
                }
            }
            if (here) {
                cov += t.weight() * credit;
                matched.add(t);
            } else if (nearby) {
                nearbyOnly.add(t);
                // an office must stand by its state in the quote itself; a circumstance may be told nearby
                if (t.role() == KeyTerm.Role.CIRCUMSTANCE) {
                    cov += t.weight() * credit;
                    matched.add(t);
                } else {
                    ctx += t.weight() * credit;
                }
            } else if (t.essential()) {
                missing.add(t);
            }
        }
        boolean fits = switch (q.answerType()) {
            case NUMBER -> st.hasNumber();
            case AUTHOR -> true;
            case DATE -> st.hasDate();
            case PERSON -> st.hasPersonNameOtherThan(q.terms(), termAnalyzer);
            default -> true;
        };
        double bonus = 0;
        if (q.asksForWords() && QUOTATION.matcher(text).find()) {
            bonus += 0.06;
        }
        if (q.asksForPresent() && PRESENT.matcher(text).find()) {
            bonus += 0.04;
        }
        boolean objectShown = q.reactionObjects().isEmpty()
                || q.reactionObjects().stream().anyMatch(t -> matched.contains(t)
                || q.objectMayBeNearby() && nearbyOnly.contains(t));
        if (!objectShown) {
            q.reactionObjects().stream().filter(t -> !missing.contains(t)).forEach(missing::add);
        }
        return new ScoredSentence(hit, start, end, text, st, total == 0 ? 0 : cov / total,
                total == 0 ? 0 : ctx / total, 0, fits, matched, missing, bonus, objectShown, paraphrased);
    }

    /** The best sentence that passes every check, or null when nothing supports the question. */
    private ScoredSentence best(AnalyzedQuestion q, List<ScoredSentence> candidates) {
        for (ScoredSentence s : candidates) {
            if (supports(q, s)) {
                return fuller(q, s, candidates);
            }
        }
        return null;
    }

    /**
     * The same sentence with its continuation, when that scores about as well: the quote then carries what the
     * next sentence adds ("This is a curious case of the Turkmen side responding negatively ...").
     */
    private ScoredSentence fuller(AnalyzedQuestion q, ScoredSentence s, List<ScoredSentence> candidates) {
        for (ScoredSentence c : candidates) {
            boolean extends_ = c.articleId().equals(s.articleId()) && c.start() == s.start() && c.end() > s.end();
            if (extends_ && c.coverage() >= s.coverage() && c.support(policy) >= s.support(policy) - 0.05
                    && supports(q, c)) {
                return c;
            }
        }
        return s;
    }

    public boolean supports(AnalyzedQuestion q, ScoredSentence s) {
        if (!s.typeFits() || !s.objectShown()) {
            return false;
        }
        // A name or number the question asks about must be in the sentence or its passage: an answer about
        // someone else is no answer.
        boolean refutes = contradictsPremise(q, s);
        Article article = s.hit().article();
        boolean undated = article.published().isBlank() && !ANY_YEAR.matcher(article.body()).find();
        for (KeyTerm t : s.missing()) {
            // evidence that X will not do Y refutes "Why did X do Y in August 2021?" whatever the date
            boolean dateOfRefutedPremise = refutes && t.kind() == KeyTerm.Kind.NUMBER;
            // the date of a setting ("during the January 2022 unrest") cannot be checked in an article that states
            // no date and no year at all; it neither confirms nor contradicts
            boolean uncheckableSetting = undated && t.kind() == KeyTerm.Kind.NUMBER
                    && t.role() == KeyTerm.Role.CIRCUMSTANCE;
            if (q.required(t) && !dateOfRefutedPremise && !uncheckableSetting) {
                return false;
            }
        }
        if (s.matched().stream().noneMatch(t -> t.essential() && t.weight() >= 0.6)) {
            return false;
        }
        // "Which river …?" is answered by a river: the sentence names the kind, a kind of it, or an instance of it
        java.util.Optional<KeyTerm> kind = analyzer.askedKind(q);
        if (kind.isPresent() && !s.terms().containsEither(kind.get()) && !namesAnInstance(s, kind.get())) {
            return false;
        }
        // the subject only nearby while the sentence names someone else: it is about them ("Did Turkmenistan vote
        // ...?" is not answered by what Kyrgyzstan said, in a paragraph that also mentions Turkmenistan)
        java.util.Optional<KeyTerm> subject = q.subject();
        if (subject.isPresent() && !s.matched().contains(subject.get()) && namesSomeoneElse(q, s)) {
            return false;
        }
        // Names alone do not make an answer: when the question has topic words, the evidence needs one of them
        // ("Turkmenistan's position on the Kyrgyz-Tajik border conflict" is not answered by a sentence about
        // Turkmenistan, Kyrgyzstan and Tajikistan on another matter).
        List<KeyTerm> topic = q.terms().stream().filter(t -> t.kind() == KeyTerm.Kind.CONTENT
                && t.role() == KeyTerm.Role.CORE && t.inCorpus()).toList();
        // a dictionary paraphrase alone does not make a sentence on topic: word senses are guessed
        if (!topic.isEmpty() && topic.stream().allMatch(t -> s.missing().contains(t) || s.paraphrased().contains(t))
                && s.semantic() < policy.paraphraseSimilarity()) {
            return false;
        }
        return s.paraphraseReach(policy, q.totalWeight()) >= policy.minCoverage()
                && s.support(policy) >= policy.minSupport();
    }

    private static final Pattern PROPER_NAME = Pattern.compile("\\p{Lu}[\\p{L}\\-]+(?:\\s+\\p{Lu}[\\p{L}\\-]+)?");

    private boolean namesAnInstance(ScoredSentence s, KeyTerm kind) {
        Matcher m = PROPER_NAME.matcher(s.text());
        while (m.find()) {
            String name = m.group();
            if (analyzer.isInstanceOf(name, kind.label())
                    || name.contains(" ") && analyzer.isInstanceOf(name.substring(0, name.indexOf(' ')), kind.label())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence names a state, leader or city that is none of the question's nor on their side. */
    private boolean namesSomeoneElse(AnalyzedQuestion q, ScoredSentence s) {
        List<Lexicon.Name> asked = q.terms().stream().map(analyzer::entity).flatMap(java.util.Optional::stream).toList();
        for (Lexicon.Name n : analyzer.namesIn(s.text())) {
            if (asked.stream().noneMatch(n::sameSide)) {
                return true;
            }
        }
        return false;
    }

    /** Adds sentences that corroborate or complete the answer: other sources, or terms the first one lacks. */
    private void addCorroboration(AnalyzedQuestion q, List<ScoredSentence> candidates, List<ScoredSentence> chosen) {
        double bar = chosen.get(0).support(policy) * policy.secondaryRatio();
        boolean reciprocal = RECIPROCAL.matcher(q.english()).find();
        for (ScoredSentence s : candidates) {
            if (chosen.size() >= policy.maxSentences()) {
                break;
            }
            if (s.support(policy) < bar || !supports(q, s) || chosen.stream().anyMatch(c -> sameSentence(c, s))) {
                continue;
            }
            boolean otherSource = chosen.stream().noneMatch(c -> c.articleId().equals(s.articleId()));
            boolean addsTerms = s.matched().stream().anyMatch(t -> t.essential()
                    && chosen.stream().noneMatch(c -> c.matched().contains(t)));
            // "what did each side accuse the other of?": one side's account is half the answer
            boolean otherParty = reciprocal && leadingName(q, s).filter(n -> chosen.stream()
                    .noneMatch(c -> leadingName(q, c).filter(n::equals).isPresent())).isPresent();
            if (otherSource || addsTerms || otherParty) {
                chosen.add(s);
            }
        }
    }

    /** The question's name that comes first in the sentence: in news style, who acts or speaks. */
    private static java.util.Optional<KeyTerm> leadingName(AnalyzedQuestion q, ScoredSentence s) {
        KeyTerm lead = null;
        int first = Integer.MAX_VALUE;
        for (KeyTerm t : q.terms()) {
            if (t.kind() == KeyTerm.Kind.ENTITY) {
                for (int pos : s.terms().find(t)) {
                    if (pos < first) {
                        first = pos;
                        lead = t;
                    }
                }
            }
        }
        return java.util.Optional.ofNullable(lead);
    }

    private GroundedAnswer answer(AnalyzedQuestion q, Evidence evidence, List<ScoredSentence> chosen,
                                  List<String> uncovered) {
        List<Citation> citations = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        boolean russian = "ru".equals(q.language());
        if (contradictsPremise(q, chosen.get(0))) {
            text.append(russian ? "Статьи не подтверждают исходную посылку вопроса. "
                    : "The articles do not support the premise of the question. ");
        }
        if (q.answerType() == AnalyzedQuestion.AnswerType.NUMBER && figuresDiffer(chosen)) {
            text.append(russian ? "Источники приводят разные цифры. " : "The sources give different figures. ");
        }
        if (russian) {
            text.append("Цитаты из статей (на языке оригинала): ");
        }
        for (ScoredSentence s : chosen) {
            Article a = s.hit().article();
            String quote = a.body().substring(s.start(), s.end());
            if (!verifier.isVerbatim(quote, a.body())) {
                continue; // cannot happen for offsets into the body; kept as the last line of defence
            }
            int n = citations.size() + 1;
            citations.add(new Citation(n, a.id(), a.title(), a.outlet(), a.author(), a.published(), a.url(), a.file(),
                    quote));
            text.append(quote).append(" [").append(n).append("] ");
        }
        if (citations.isEmpty()) {
            return refusals.refuse(q, evidence, chosen, null);
        }
        String body = text.toString().strip();
        if (!uncovered.isEmpty()) {
            body += (russian ? "\nВ статьях нет ответа на часть вопроса о: " : "\nNot covered by the articles: the part about ")
                    + String.join("; ", uncovered) + ".";
        }
        List<String> unnamed = unnamedSources(q, chosen.stream().map(c -> c.hit().article()).distinct().toList());
        if (!unnamed.isEmpty()) {
            // the question credits a source ("the Carnegie article") that no quoted article names: say so, rather
            // than let the reader take the quote for that source's
            body += (russian ? "\nНи одна из процитированных статей не указывает источник: "
                    : "\nNone of the quoted articles names its source as ") + String.join(", ", unnamed)
                    + (russian ? "." : "; the quotes are from the articles that match the rest of the question.");
        }
        return new GroundedAnswer(evidence.question(), evidence.question(), GroundedAnswer.Status.ANSWERED, body,
                citations, "", name(), List.of(), 0);
    }

    /** The question's source attributions ("according to Reuters") that none of the articles' text or byline has. */
    private List<String> unnamedSources(AnalyzedQuestion q, List<Article> articles) {
        List<SentenceTerms> identities = articles.stream()
                .map(a -> SentenceTerms.of(metadata(a) + " . " + a.body(), termAnalyzer, termCache)).toList();
        return q.terms().stream().filter(t -> t.role() == KeyTerm.Role.SOURCE)
                .filter(t -> identities.stream().noneMatch(id -> id.contains(t))).map(KeyTerm::label).toList();
    }

    /** "Why did X recognise ...?" answered by a sentence saying X will not recognise. */
    private boolean contradictsPremise(AnalyzedQuestion q, ScoredSentence s) {
        boolean asksWhyOrWhether = q.answerType() == AnalyzedQuestion.AnswerType.REASON
                || YES_NO.matcher(q.english()).find();
        if (q.negated() || !asksWhyOrWhether) {
            return false;
        }
        for (KeyTerm t : s.matched()) {
            if (t.kind() == KeyTerm.Kind.CONTENT) {
                for (int pos : s.terms().find(t)) {
                    if (s.terms().negatedAt(pos)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean figuresDiffer(List<ScoredSentence> chosen) {
        Set<String> articles = new LinkedHashSet<>();
        Map<String, Set<String>> figures = new LinkedHashMap<>();
        for (ScoredSentence s : chosen) {
            articles.add(s.articleId());
            Matcher m = FIGURE.matcher(s.text());
            Set<String> f = figures.computeIfAbsent(s.articleId(), k -> new LinkedHashSet<>());
            while (m.find()) {
                f.add(m.group().replaceAll("[.,]$", ""));
            }
        }
        if (articles.size() < 2) {
            return false;
        }
        List<Set<String>> sets = new ArrayList<>(figures.values());
        for (int i = 1; i < sets.size(); i++) {
            if (!sets.get(i).isEmpty() && !sets.get(0).isEmpty() && !sets.get(i).equals(sets.get(0))) {
                return true;
            }
        }
        return false;
    }

    /** The same text, or overlapping spans of one article (a sentence and the pair it opens). */
    private static boolean sameSentence(ScoredSentence a, ScoredSentence b) {
        boolean overlap = a.articleId().equals(b.articleId()) && a.start() < b.end() && b.start() < a.end();
        return overlap || QuoteVerifier.normalize(a.text()).equalsIgnoreCase(QuoteVerifier.normalize(b.text()));
    }

}
