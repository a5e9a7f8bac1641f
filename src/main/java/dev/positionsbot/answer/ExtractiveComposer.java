package dev.positionsbot.answer;

import dev.langchain4j.data.segment.TextSegment;
import dev.positionsbot.corpus.Article;
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
 * The offline composer: answers by quoting the units of the retrieved passages that the answer model finds most
 * likely to answer the question, each with its citation, or refuses when none is likely enough. It never writes a
 * claim of its own; the only text it adds is framing ("The articles do not support the premise ...").
 *
 * <p>One general model decides (see {@link CandidateFeatures} and {@link AnswerModel}); besides it only a few hard
 * checks that are general by nature: the subject, any number or year asked about and offices bound to a state must be
 * supported; a question for a figure or a date needs one in the quote, in a unit that names the question's other
 * parties and, when it gives a year, the year asked; a subject only nearby does not stand when
 * the unit speaks for another of the five states; "about Y" needs Y; and a unit must have some word of the question.
 */
public final class ExtractiveComposer implements AnswerComposer {

    /** The hard checks, by name, so that the ablation report can measure each one's share. */
    public enum HardCheck { REQUIRED_TERMS, ASKED_SPAN, FIGURE_QUALIFIERS, OTHER_PARTY, ASKED_ABOUT, NAMES_ALONE }

    private static final Pattern FIGURE = Pattern.compile("\\d[\\d,.]*");
    private static final Pattern YES_NO = Pattern.compile(
            "^\\s*(did|does|do|is|are|was|were|has|have|had|will|would|can|could)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ANY_YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");

    private final QuestionAnalyzer analyzer;
    private final TermAnalyzer termAnalyzer;
    private final CandidateGenerator generator;
    private final CandidateScorer scorer;
    private final AnswerModel model;
    private final RefusalWriter refusals;
    private final QuoteVerifier verifier = new QuoteVerifier();
    /** Hard checks switched off, for the ablation report only (see {@link HardCheck}). */
    private final Set<HardCheck> disabled = java.util.EnumSet.noneOf(HardCheck.class);

    private final ClauseSplitter clauses = new ClauseSplitter();
    private final Map<String, List<String>> termCache = SentenceTerms.newCache();

    public ExtractiveComposer(QuestionAnalyzer analyzer, TermAnalyzer termAnalyzer, SemanticSimilarity similarity,
                              RefusalWriter refusals, AnswerModel model, CandidateScorer scorer, Lexicon lexicon) {
        this.analyzer = analyzer;
        this.termAnalyzer = termAnalyzer;
        this.generator = new CandidateGenerator(analyzer, termAnalyzer, similarity, new TypedSpanFinder(lexicon),
                AnswerModel.SYNONYM_CREDIT);
        this.scorer = scorer;
        this.model = model;
        this.refusals = refusals;
    }

    /** The same composer without one hard check: for the ablation report, never for answering. */
    ExtractiveComposer without(HardCheck check) {
        disabled.add(check);
        return this;
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
        return compose(q, evidence, explain(q, evidence));
    }

    /** The answer from candidates already scored, best first (the trainer rescores them per model). */
    GroundedAnswer compose(AnalyzedQuestion q, Evidence evidence, List<ScoredSentence> candidates) {
        List<String> parts = clauses.split(q.english());
        if (parts.size() < 2 || q.answerType() == AnalyzedQuestion.AnswerType.AUTHOR) {
            return decide(q, evidence, candidates);
        }
        return compound(q, evidence, candidates, parts);
    }

    /**
     * A question of several parts ("Who ordered it, and for how long?"): the whole question's best units, plus the
     * best unit of each part that none of them answers; a part nothing answers is named in its own words of
     * substance, but only when no quoted unit has any of them.
     */
    private GroundedAnswer compound(AnalyzedQuestion q, Evidence evidence, List<ScoredSentence> candidates,
                                    List<String> parts) {
        List<ScoredSentence> eligible = candidates.stream().filter(s -> passesChecks(q, s)).toList();
        List<ScoredSentence> chosen = new ArrayList<>();
        if (answerable(q, candidates, eligible)) {
            chosen.addAll(select(q, eligible));
        }
        List<String> uncovered = new ArrayList<>();
        for (AnalyzedQuestion pq : analyzeParts(parts)) {
            List<ScoredSentence> partCandidates = explain(pq, evidence);
            List<ScoredSentence> partEligible = partCandidates.stream().filter(s -> passesChecks(pq, s)).toList();
            if (answerable(pq, partCandidates, partEligible)) {
                ScoredSentence best = partEligible.get(0);
                if (chosen.size() < AnswerModel.MAX_UNITS + 1 && chosen.stream().noneMatch(c -> c.overlaps(best))) {
                    chosen.add(best);
                }
                continue;
            }
            List<KeyTerm> substance = pq.terms().stream().filter(t -> t.kind() == KeyTerm.Kind.CONTENT
                    && t.role() == KeyTerm.Role.CORE).toList();
            boolean told = substance.isEmpty() || chosen.stream().anyMatch(c -> 2 * substance.stream()
                    .filter(t -> c.terms().contains(t)).count() >= substance.size());
            if (!told) {
                // named by its words of substance, never echoed whole: the part may be an instruction to the bot. The
                // note claims only what this search found: another wording could still find it in the corpus
                uncovered.add(String.join(", ", substance.stream().map(KeyTerm::label).toList()));
            }
        }
        if (chosen.isEmpty()) {
            return refusals.refuse(q, evidence, candidates, null);
        }
        GroundedAnswer a = answer(q, evidence, chosen);
        if (uncovered.isEmpty() || !a.answered()) {
            return a;
        }
        String note = ("ru".equals(q.language()) ? "\nВ статьях нет ответа на часть вопроса о: "
                : "\nThe passages found do not answer the part of the question about: ") + String.join("; ", uncovered) + ".";
        return new GroundedAnswer(a.question(), a.standaloneQuestion(), a.status(), a.answer() + note, a.citations(),
                a.refusalReason(), a.composer(), a.droppedSentences(), a.latencyMs());
    }

    /** Later parts of a compound question often say "they": they inherit the names of the first part. */
    private List<AnalyzedQuestion> analyzeParts(List<String> parts) {
        List<AnalyzedQuestion> out = new ArrayList<>();
        List<String> names = List.of();
        for (int i = 0; i < parts.size(); i++) {
            AnalyzedQuestion pq = analyzer.analyze(parts.get(i));
            List<String> own = pq.entityLabels();
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

    /** The answer or refusal given the scored candidates, best first. */
    GroundedAnswer decide(AnalyzedQuestion q, Evidence evidence, List<ScoredSentence> candidates) {
        List<ScoredSentence> eligible = candidates.stream().filter(s -> passesChecks(q, s)).toList();
        if (q.answerType() == AnalyzedQuestion.AnswerType.AUTHOR) {
            return byline(q, evidence, candidates, eligible);
        }
        if (!answerable(q, candidates, eligible)) {
            return refusals.refuse(q, evidence, candidates, null);
        }
        return answer(q, evidence, select(q, eligible));
    }

    /** Every candidate unit for the evidence, scored, best first: what {@code ask --explain} shows. */
    public List<ScoredSentence> explain(Evidence evidence) {
        return explain(analyzer.analyze(evidence.question()), evidence);
    }

    List<ScoredSentence> explain(AnalyzedQuestion q, Evidence evidence) {
        List<ScoredSentence> candidates = generator.candidates(q, evidence.hits(), AnswerModel.CANDIDATE_HITS);
        List<double[]> features = CandidateFeatures.all(q, candidates);
        List<TextSegment> segments = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            segments.add(CandidateSegments.of(candidates.get(i), features.get(i)));
        }
        double[] scores = scorer.scores(segments, q.english());
        List<ScoredSentence> out = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            out.add(candidates.get(i).withProbability(scores[i]));
        }
        out.sort(Comparator.comparingDouble(ScoredSentence::probability).reversed());
        return out;
    }

    /** The contributions of each feature to each candidate's score, in candidate order, for {@code ask --explain}. */
    public List<Map<String, Double>> contributions(String question, List<ScoredSentence> candidates) {
        return CandidateFeatures.all(analyzer.analyze(question), candidates).stream().map(model::contributions).toList();
    }

    public double threshold() {
        return scorer.threshold();
    }

    /**
     * What the answer-or-refuse decision scored for these candidates (best first), to set beside {@link #threshold()}:
     * the answerability stage's probability for the best candidate that passes the checks (a reranker's own score of
     * it when one replaces the built-in scorer), or empty when none passes them. For {@code ask --explain}.
     */
    public java.util.OptionalDouble answerability(AnalyzedQuestion q, List<ScoredSentence> candidates) {
        List<ScoredSentence> eligible = candidates.stream().filter(s -> passesChecks(q, s)).toList();
        if (eligible.isEmpty()) {
            return java.util.OptionalDouble.empty();
        }
        if (scorer.mode() != CandidateScorer.Mode.BUILTIN) {
            return java.util.OptionalDouble.of(eligible.get(0).probability());
        }
        return java.util.OptionalDouble.of(model.answerable(AnswerabilityFeatures.of(q, eligible.get(0), candidates,
                eligible.size())));
    }

    /**
     * The hard checks, general by nature. An answer about someone else, another year or without the figure asked
     * for is no answer however similar it reads.
     */
    public boolean passesChecks(AnalyzedQuestion q, ScoredSentence s) {
        return failedCheck(q, s) == null;
    }

    /** The hard check a unit fails, in words, or null when it passes them all. */
    public String failedCheck(AnalyzedQuestion q, ScoredSentence s) {
        Article article = s.hit().article();
        for (KeyTerm t : s.missing()) {
            // the date of a premise the evidence refutes, or of a setting in an article that states no date at all,
            // can neither confirm nor contradict (both read only for a missing figure: the article scan is long)
            boolean uncheckable = t.kind() == KeyTerm.Kind.NUMBER && (contradictsPremise(q, s)
                    || t.role() == KeyTerm.Role.CIRCUMSTANCE && article.published().isBlank()
                    && !ANY_YEAR.matcher(article.body()).find());
            if (q.required(t) && !uncheckable && !disabled.contains(HardCheck.REQUIRED_TERMS)) {
                return "lacks " + t.label();
            }
        }
        if (!disabled.contains(HardCheck.ASKED_SPAN) && !s.typeFits() && (q.answerType() == AnalyzedQuestion.AnswerType.NUMBER
                || q.answerType() == AnalyzedQuestion.AnswerType.DATE)) {
            return "no " + q.answerType().name().toLowerCase(java.util.Locale.ROOT);
        }
        String figure = disabled.contains(HardCheck.FIGURE_QUALIFIERS) ? null : FigureQualifiers.failure(q, s);
        if (figure != null) {
            return figure;
        }
        // the subject told only nearby while the unit names another state or leader: the unit is about them; unless
        // a party is what is asked for ("which governments ...", "who ...", "where ..."), when naming one is the answer
        if (!disabled.contains(HardCheck.OTHER_PARTY) && !asksForAParty(q)
                && s.subject() == ScoredSentence.Presence.NEARBY && s.namesOther()) {
            return "about another party";
        }
        // "what did X say about Y", "how did X react to Y": Y must be there in its own words (for "about", the
        // paragraph may name it); a dictionary paraphrase of it is a guess at its sense
        if (!disabled.contains(HardCheck.ASKED_ABOUT) && !q.reactionObjects().isEmpty() && q.reactionObjects().stream().noneMatch(t -> !s.paraphrased().contains(t)
                && (s.matched().contains(t) || q.objectMayBeNearby() && !s.missing().contains(t)))) {
            return "not about " + q.reactionObjects().get(0).label();
        }
        // names alone are no answer: the unit must have one of the question's words itself (or, for a word of
        // substance, its paragraph); whether that is enough is the answer model's call
        boolean has = s.matched().stream().anyMatch(KeyTerm::essential) || q.terms().stream().anyMatch(t ->
                t.kind() == KeyTerm.Kind.CONTENT && !s.missing().contains(t));
        return has || disabled.contains(HardCheck.NAMES_ALONE) ? null : "no question word";
    }

    private static boolean asksForAParty(AnalyzedQuestion q) {
        return switch (q.answerType()) {
            case PERSON, PLACE, ORGANISATION, LIST, COMPARISON -> true;
            default -> false;
        };
    }

    /**
     * Whether the question is answered at all: the answerability stage judges the best unit that passes the checks;
     * an external scoring model, when it replaces the built-in one, judges by its own minimum score instead.
     */
    boolean answerable(AnalyzedQuestion q, List<ScoredSentence> candidates, List<ScoredSentence> eligible) {
        if (eligible.isEmpty()) {
            return false;
        }
        if (scorer.mode() != CandidateScorer.Mode.BUILTIN) {
            return eligible.get(0).probability() >= scorer.threshold();
        }
        return model.answerable(AnswerabilityFeatures.of(q, eligible.get(0), candidates, eligible.size()))
                >= model.threshold();
    }

    /**
     * The best unit, and the next ones above the learned share of the best one's probability (which may be 0), up to the
     * learned number for a single fact and at least {@link AnswerModel#SEVERAL_UNITS} for lists, comparisons and
     * positions. A unit that repeats a chosen one is skipped.
     */
    private List<ScoredSentence> select(AnalyzedQuestion q, List<ScoredSentence> eligible) {
        List<ScoredSentence> chosen = new ArrayList<>();
        ScoredSentence best = eligible.get(0);
        chosen.add(best);
        double bar = best.probability() * model.secondary();
        if (scorer.mode() != CandidateScorer.Mode.BUILTIN) {
            // a reranker's own minimum says what it takes for an answer: a further quote below it is not one
            bar = Math.max(bar, scorer.threshold());
        }
        int max = model.maxUnits(q.answerType());
        for (ScoredSentence s : eligible) {
            if (chosen.size() >= max || s.probability() < bar) {
                break;
            }
            if (chosen.stream().noneMatch(c -> c.overlaps(s))) {
                chosen.add(s);
            }
        }
        if (q.answerType().wantsSeveral()) {
            // a position, a list or a comparison is told across articles: each other article's best unit counts at
            // half the bar, since its own wording is judged against another article's best
            for (ScoredSentence s : eligible) {
                boolean newArticle = chosen.stream().noneMatch(c -> c.articleId().equals(s.articleId()));
                if (chosen.size() < max && newArticle && s.probability() >= bar / 2) {
                    chosen.add(s);
                }
            }
        }
        return chosen;
    }

    /**
     * "Who wrote the analysis about X?": the article about X is found as usual, but only its byline can answer, so
     * the answer comes from the article's author field, and is refused when the article names no author.
     */
    private GroundedAnswer byline(AnalyzedQuestion q, Evidence evidence, List<ScoredSentence> candidates,
                                  List<ScoredSentence> eligible) {
        if (!answerable(q, candidates, eligible)) {
            return refusals.refuse(q, evidence, candidates, null);
        }
        ScoredSentence best = eligible.get(0);
        Article a = best.hit().article();
        // "the Agency X analysis" says which article is meant: an article by another outlet is not it
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

    private GroundedAnswer answer(AnalyzedQuestion q, Evidence evidence, List<ScoredSentence> chosen) {
        List<Citation> citations = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        boolean russian = "ru".equals(q.language());
        if (YES_NO.matcher(q.english()).find() && !q.negated()) {
            if (answersNo(q, chosen)) {
                text.append(russian ? "Согласно статьям, нет. " : "According to the articles, no. ");
            }
        } else if (contradictsPremise(q, chosen.get(0))) {
            text.append(russian ? "Статьи не подтверждают исходную посылку вопроса. "
                    : "The articles do not support the premise of the question. ");
        }
        if (q.answerType() == AnalyzedQuestion.AnswerType.NUMBER && figuresDiffer(q, chosen)) {
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
        List<String> unnamed = unnamedSources(q, chosen.stream().map(c -> c.hit().article()).distinct().toList());
        if (!unnamed.isEmpty()) {
            // the question credits a source that no quoted article names: say so, rather than let the reader take
            // the quote for that source's
            body += (russian ? "\nНи одна из процитированных статей не указывает источник: "
                    : "\nNone of the quoted articles names its source as ") + String.join(", ", unnamed)
                    + (russian ? "." : "; the quotes are from the articles that match the rest of the question.");
        }
        return new GroundedAnswer(evidence.question(), evidence.question(), GroundedAnswer.Status.ANSWERED, body,
                citations, "", name(), List.of(), 0);
    }

    /** The question's source attributions ("according to Agency X") that none of the articles' text or byline has. */
    private List<String> unnamedSources(AnalyzedQuestion q, List<Article> articles) {
        if (q.terms().stream().noneMatch(t -> t.role() == KeyTerm.Role.SOURCE)) {
            return List.of(); // nothing to look for: the articles' whole text is not analysed
        }
        List<SentenceTerms> identities = articles.stream()
                .map(a -> SentenceTerms.of(CandidateGenerator.metadata(a) + " . " + a.body(), termAnalyzer, termCache))
                .toList();
        return q.terms().stream().filter(t -> t.role() == KeyTerm.Role.SOURCE)
                .filter(t -> identities.stream().noneMatch(id -> id.contains(t))).map(KeyTerm::label).toList();
    }

    /**
     * A yes/no question ("Will X do Y?") has no premise to refute, but the articles can answer it no: the best quote
     * names the question's subject and negates the question's first word of substance, the verb or noun it asks
     * about in the usual order ("Did X <verb> …", "Is X a <noun> of …"), and no other quote states that word
     * un-negated. A negation elsewhere in the quote ("criticised X for not joining" for "Did they criticise X?")
     * answers nothing, and quotes that disagree leave the reader to weigh them.
     */
    private static boolean answersNo(AnalyzedQuestion q, List<ScoredSentence> chosen) {
        KeyTerm asked = q.terms().stream().filter(t -> t.kind() == KeyTerm.Kind.CONTENT).findFirst().orElse(null);
        ScoredSentence best = chosen.get(0);
        if (asked == null || best.subject() != ScoredSentence.Presence.IN_SENTENCE) {
            return false;  // a question without a named subject ("Will outlets have to pay?") has no one to deny it
        }
        boolean negated = false;
        for (ScoredSentence s : chosen) {
            for (int pos : s.terms().find(asked)) {
                if (!s.terms().negatedDirectlyAt(pos)) {
                    return false;
                }
                negated |= s == best;
            }
        }
        return negated;
    }

    /** "Why did X sign ...?" answered by a unit saying X did not sign, refused or declined. */
    private boolean contradictsPremise(AnalyzedQuestion q, ScoredSentence s) {
        if (q.negated() || q.answerType() != AnalyzedQuestion.AnswerType.REASON) {
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

    /**
     * Whether articles give different figures for what was asked: only quotes that name the measured thing count,
     * since a figure of something else (another year's total, another partner's share) is no disagreement.
     */
    private static boolean figuresDiffer(AnalyzedQuestion q, List<ScoredSentence> chosen) {
        Set<String> articles = new LinkedHashSet<>();
        Map<String, Set<String>> figures = new LinkedHashMap<>();
        List<KeyTerm> measure = AskedMeasure.of(q);
        for (ScoredSentence s : chosen) {
            if (AskedMeasure.found(measure, s) < 1) {
                continue;
            }
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
}
