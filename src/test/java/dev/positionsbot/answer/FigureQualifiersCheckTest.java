package dev.positionsbot.answer;

import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.Passage;
import dev.positionsbot.index.NewsTermAnalyzer;
import dev.positionsbot.index.SearchHit;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The "figure qualifiers" hard check: a figure or a date answers only for what its own sentence names — every other
 * party the question names, and the year asked about when the sentence dates its figure. Invented sentences.
 */
class FigureQualifiersCheckTest {

    private final NewsTermAnalyzer terms = new NewsTermAnalyzer();
    private final QuestionAnalyzer analyzer = new QuestionAnalyzer(terms, new FixedTermStatistics(), Lexicon.bundled());
    private final ExtractiveComposer composer = new ExtractiveComposer(analyzer, terms, null, null,
            AnswerModel.bundled(), CandidateScorer.builtin(AnswerModel.bundled()), Lexicon.bundled());

    /** The sentence as the generator would measure it: its own terms, the subject in it, nothing missing. */
    private ScoredSentence sentence(AnalyzedQuestion q, String text) {
        Article article = new Article("grain", "knowledge/grain.md", "Grain trade", "Valley Wire", "", "2022-03-01", "",
                "en", "", text);
        SearchHit hit = new SearchHit(article, new Passage("grain", 0, 0, text.length(), "", text), 1,
                new SearchHit.Ranking(1, 1), null);
        SentenceTerms own = SentenceTerms.of(text, terms, SentenceTerms.newCache());
        List<KeyTerm> matched = q.terms().stream().filter(own::contains).toList();
        return new ScoredSentence(hit, 0, 0, text.length(), text, own, 0.8, 0, 0.6, true, matched, List.of(),
                List.of(), ScoredSentence.Presence.IN_SENTENCE, false, false, 0.5, 1, Double.NaN);
    }

    /** The same unit, its subject not asked for, with these terms found neither in it nor in its paragraph. */
    private static ScoredSentence missing(ScoredSentence s, List<KeyTerm> missing) {
        return new ScoredSentence(s.hit(), 0, 0, s.text().length(), s.text(), s.terms(), 0.8, 0.2, 0.6, true,
                s.matched(), missing, List.of(), ScoredSentence.Presence.NOT_ASKED, false, false, 0.5, 1, Double.NaN);
    }

    @Test
    void a_figure_whose_sentence_lacks_a_party_the_question_names_is_a_figure_of_something_else() {
        AnalyzedQuestion q = analyzer.analyze("How much grain did Mongolia sell to Japan in 2021?");
        ScoredSentence s = sentence(q, "Mongolia sold 2.1 million tonnes of grain abroad in 2021, most of it to Korea.");
        assertEquals("no Japan beside the number", composer.failedCheck(q, s));
    }

    @Test
    void a_figure_whose_sentence_names_every_party_stands() {
        AnalyzedQuestion q = analyzer.analyze("How much grain did Mongolia sell to Japan in 2021?");
        assertNull(composer.failedCheck(q, sentence(q, "Mongolia sold 2.1 million tonnes of grain to Japan in 2021.")));
    }

    @Test
    void a_figure_the_sentence_dates_to_another_year_answers_for_that_year() {
        AnalyzedQuestion q = analyzer.analyze("How much grain did Mongolia sell to Japan in 2021?");
        ScoredSentence s = sentence(q, "Mongolia sold 1.9 million tonnes of grain to Japan in 2020.");
        assertEquals("dated to another year than 2021", composer.failedCheck(q, s));
    }

    @Test
    void a_name_that_modifies_a_noun_is_told_by_that_noun_once_the_paragraph_names_it() {
        AnalyzedQuestion q = analyzer.analyze("How many tonnes can the Lake Orkhon terminal handle?");
        ScoredSentence s = sentence(q, "The terminal can handle 3 million tonnes a year.");
        // the paragraph names it ...
        assertNull(composer.failedCheck(q, missing(s, List.of())));
        // ... or it does not
        assertEquals("no Lake Orkhon beside the number", composer.failedCheck(q, missing(s, q.names())));
    }

    @Test
    void a_question_for_a_reason_is_not_held_to_the_figure_rule() {
        AnalyzedQuestion q = analyzer.analyze("Why did Mongolia sell grain to Japan?");
        ScoredSentence s = sentence(q, "Mongolia sold grain abroad because its harvest was the largest in a decade.");
        assertNull(composer.failedCheck(q, s));
    }
}
