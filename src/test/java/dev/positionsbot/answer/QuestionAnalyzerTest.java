package dev.positionsbot.answer;

import dev.positionsbot.answer.AnalyzedQuestion.AnswerType;
import dev.positionsbot.index.NewsTermAnalyzer;
import org.junit.jupiter.api.Test;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuestionAnalyzerTest {

    private final QuestionAnalyzer analyzer = new QuestionAnalyzer(new NewsTermAnalyzer(), new FixedTermStatistics(),
            Lexicon.bundled());

    private final QuestionAnalyzer withDictionary = new QuestionAnalyzer(new NewsTermAnalyzer(),
            new FixedTermStatistics(), Lexicon.bundled(), WordNetRelations.bundled());

    private static boolean searchesFor(AnalyzedQuestion q, String word) {
        return q.searchQuery().toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT));
    }

    private static Optional<KeyTerm> term(AnalyzedQuestion q, String label) {
        return q.terms().stream().filter(t -> t.label().equalsIgnoreCase(label)).findFirst();
    }

    @ParameterizedTest
    @ValueSource(strings = {"What did Qazaqstan say about the dam?", "What did Kazakstan say about the dam?",
            "Что сказал Казахстан о плотине?", "Какова позиция Казахстана по плотине?"})
    void finds_kazakhstan_in_any_spelling_or_script(String question) {
        AnalyzedQuestion q = analyzer.analyze(question);
        assertTrue(searchesFor(q, "Kazakhstan"), q.searchQuery());
        assertEquals(KeyTerm.Kind.ENTITY, q.subject().orElseThrow().kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"What did Tokaev promise?", "What did Toqaev promise?", "Что обещал Токаев?"})
    void finds_tokayev_in_any_spelling_or_script(String question) {
        assertTrue(searchesFor(analyzer.analyze(question), "Tokayev"), analyzer.analyze(question).searchQuery());
    }

    @Test
    void counts_a_capital_as_its_state() {
        AnalyzedQuestion q = analyzer.analyze("What did Astana decide about the grain exports?");
        assertTrue(searchesFor(q, "Kazakhstan"), q.searchQuery());
        AnalyzedQuestion d = analyzer.analyze("Why did Dushanbe close the border?");
        assertTrue(searchesFor(d, "Tajikistan"), d.searchQuery());
    }

    @Test
    void gives_a_russian_question_english_search_words() {
        AnalyzedQuestion q = analyzer.analyze("Какую позицию занял Узбекистан по референдумам?");
        assertEquals("ru", q.language());
        assertTrue(searchesFor(q, "Uzbekistan"), q.searchQuery());
        assertTrue(searchesFor(q, "referendum"), q.searchQuery());
        assertFalse(dev.positionsbot.corpus.CyrillicTransliteration.hasCyrillic(q.searchQuery()), "no Cyrillic is left for the English index: " + q.searchQuery());
    }

    @Test
    void translates_russian_news_vocabulary_in_its_inflected_forms() {
        AnalyzedQuestion q = analyzer.analyze("Почему Туркменистан отказался от союза и санкций?");
        assertTrue(searchesFor(q, "refused"), q.searchQuery());
        assertTrue(searchesFor(q, "union"), q.searchQuery());
        assertTrue(searchesFor(q, "sanctions"), q.searchQuery());
        assertEquals(AnswerType.REASON, q.answerType());
    }

    @Test
    void a_russian_word_rendered_in_several_ways_is_one_term_that_any_rendering_satisfies() {
        AnalyzedQuestion q = analyzer.analyze("Какую помощь обещал Кыргызстан соседям?");
        List<KeyTerm> help = q.terms().stream().filter(t -> t.alternatives().contains(List.of("assistance"))
                || t.alternatives().contains(List.of("aid"))).toList();
        assertEquals(1, help.size(), q.terms().toString());
        assertTrue(help.get(0).alternatives().containsAll(List.of(List.of("assistance"), List.of("aid"))),
                help.get(0).toString());
    }

    @Test
    void drops_russian_function_words_the_glossary_cannot_render_instead_of_spelling_them_out() {
        AnalyzedQuestion q = analyzer.analyze("Что теперь обещал Кыргызстан соседям после встречи?");
        assertTrue(searchesFor(q, "Kyrgyzstan"), q.searchQuery());
        assertFalse(searchesFor(q, "teper"), q.searchQuery());
        assertFalse(searchesFor(q, "posle"), q.searchQuery());
    }

    @Test
    void spells_out_a_russian_word_that_is_neither_in_the_glossary_nor_a_function_word() {
        AnalyzedQuestion q = analyzer.analyze("Что обещал Кыргызстан жителям Тортукульского района?");
        assertTrue(searchesFor(q, "Tortukul"), q.searchQuery());
    }

    @Test
    void translates_adjectives_built_on_short_stems() {
        AnalyzedQuestion q = analyzer.analyze("Что Туркменистан сказал о газовом союзе?");
        assertTrue(searchesFor(q, "gas"), q.searchQuery());
    }

    @Test
    void keeps_an_english_question_as_asked() {
        AnalyzedQuestion q = analyzer.analyze("  What did Uzbekistan say about the referendums?  ");
        assertEquals("en", q.language());
        assertEquals("What did Uzbekistan say about the referendums?", q.english());
    }

    @Test
    void how_many_asks_for_a_number() {
        assertEquals(AnswerType.NUMBER, analyzer.analyze("How many migrants left Kyrgyzstan in 2021?").answerType());
        assertEquals(AnswerType.NUMBER, analyzer.analyze("How much gas does Turkmenistan sell to China?").answerType());
        assertEquals(AnswerType.NUMBER, analyzer.analyze("Сколько мигрантов уехало из Киргизии?").answerType());
    }

    @Test
    void when_at_the_start_asks_for_a_date() {
        assertEquals(AnswerType.DATE, analyzer.analyze("When did Uzbekistan join the observer group?").answerType());
        assertEquals(AnswerType.DATE, analyzer.analyze("In which year did Tajikistan open the plant?").answerType());
        assertEquals(AnswerType.DATE, analyzer.analyze("Когда Узбекистан вступил в союз?").answerType());
    }

    @Test
    void a_mid_sentence_when_is_not_a_date_question() {
        assertEquals(AnswerType.GENERAL,
                analyzer.analyze("What role has China played when Russia was busy in Ukraine?").answerType());
    }

    @Test
    void who_asks_for_a_person_and_why_for_a_reason() {
        assertEquals(AnswerType.PERSON, analyzer.analyze("Who leads the Kyrgyz delegation?").answerType());
        assertEquals(AnswerType.REASON, analyzer.analyze("Why did Turkmenistan stay neutral?").answerType());
        assertEquals(AnswerType.GENERAL, analyzer.analyze("What did Turkmenistan say about neutrality?").answerType());
    }

    @Test
    void binds_an_office_to_the_state_that_owns_it() {
        AnalyzedQuestion q = analyzer.analyze("What did Tajikistan's president say about the dam?");
        assertTrue(term(q, "president").orElseThrow().bound(), q.terms().toString());
        assertTrue(q.required(term(q, "president").orElseThrow()));

        AnalyzedQuestion of = analyzer.analyze("What did the foreign ministry of Uzbekistan announce?");
        assertTrue(term(of, "ministry").orElseThrow().bound(), of.terms().toString());
    }

    @Test
    void an_office_bound_to_a_state_is_found_beside_the_name_of_that_states_leader() {
        KeyTerm president = term(analyzer.analyze("Why did Tajikistan's president skip the summit?"), "president")
                .orElseThrow();
        SentenceTerms byName = SentenceTerms.of("President Emomali Rahmon stayed in Dushanbe that week.",
                new NewsTermAnalyzer(), SentenceTerms.newCache());
        SentenceTerms otherLeader = SentenceTerms.of("President Sadyr Japarov stayed in Bishkek that week.",
                new NewsTermAnalyzer(), SentenceTerms.newCache());
        assertTrue(byName.contains(president), president.boundTo().toString());
        assertFalse(otherLeader.contains(president), president.boundTo().toString());
    }

    @Test
    void does_not_bind_words_that_are_not_offices() {
        AnalyzedQuestion q = analyzer.analyze("How large is Kazakhstan's population?");
        assertFalse(term(q, "population").orElseThrow().bound());
    }

    @Test
    void notices_negative_questions() {
        assertTrue(analyzer.analyze("Why didn't Kyrgyzstan sign the treaty?").negated());
        assertFalse(analyzer.analyze("Why did Kyrgyzstan sign the treaty?").negated());
    }

    @Test
    void marks_terms_no_passage_contains() {
        NewsTermAnalyzer terms = new NewsTermAnalyzer();
        QuestionAnalyzer sparse = new QuestionAnalyzer(terms, new FixedTermStatistics(
                terms.exactTerms("volcano").get(0), terms.terms("volcano").get(0)), Lexicon.bundled());
        AnalyzedQuestion q = sparse.analyze("What did Kazakhstan say about the volcano?");
        assertFalse(term(q, "volcano").orElseThrow().inCorpus());
        assertTrue(q.subject().orElseThrow().inCorpus());
    }

    @Test
    void framing_words_weigh_less_than_content_words() {
        AnalyzedQuestion q = analyzer.analyze("What did Kyrgyzstan say about the tariffs?");
        assertTrue(term(q, "say").orElseThrow().weight() < term(q, "tariffs").orElseThrow().weight());
        assertFalse(q.labels().contains("say"), "framing words are not listed as searched terms");
    }

    @Test
    void words_of_a_dictionary_term_take_the_paraphrases_of_the_whole_term() {
        AnalyzedQuestion q = withDictionary.analyze("Which body of water did the head of state prefer?");
        for (String word : java.util.List.of("body", "water")) {
            assertTrue(term(q, word).orElseThrow().paraphrases().contains(java.util.List.of("sea")), word);
        }
        KeyTerm head = term(q, "head").orElseThrow();
        assertTrue(head.paraphrases().contains(java.util.List.of("president")), head.toString());
        // alone, "head" would bring in parts of the body: inside the term it does not
        assertFalse(head.paraphrases().contains(java.util.List.of("skull")), head.toString());
    }

    @Test
    void paraphrases_stay_apart_from_the_words_own_forms() {
        KeyTerm crude = term(withDictionary.analyze("Where does Kazakhstan sell its crude?"), "crude").orElseThrow();
        assertFalse(crude.alternatives().contains(java.util.List.of("oil")), crude.toString());
        assertTrue(crude.paraphrases().contains(java.util.List.of("oil")), crude.toString());
        assertTrue(term(analyzer.analyze("Where does Kazakhstan sell its crude?"), "crude").orElseThrow()
                .paraphrases().isEmpty(), "no dictionary, no paraphrases");
    }

    @Test
    void an_irregular_verb_form_is_matched_through_its_base_form() {
        KeyTerm began = term(withDictionary.analyze("When the war began, what did Kazakhstan say?"), "began")
                .orElseThrow();
        assertTrue(began.paraphrases().contains(java.util.List.of("begin")), began.toString());
        assertTrue(began.paraphrases().contains(java.util.List.of("start")), began.toString());
        assertFalse(began.paraphrases().contains(java.util.List.of("get")), "light verbs are no paraphrase");
    }

    @Test
    void inflected_light_verbs_frame_the_question() {
        assertEquals(KeyTerm.Kind.FRAME, term(withDictionary.analyze("What is Kazakhstan getting from China?"),
                "getting").orElseThrow().kind());
    }

    @Test
    void right_before_a_time_word_is_an_intensifier_not_a_search_term() {
        AnalyzedQuestion q = analyzer.analyze("What did Kazakhstan do right after the referendums?");
        assertTrue(term(q, "right").isEmpty(), q.terms().toString());
        assertTrue(term(analyzer.analyze("Does Kazakhstan defend the right to asylum?"), "right").isPresent());
    }

    @Test
    void a_leader_of_a_state_is_an_office_bound_to_it() {
        assertTrue(term(analyzer.analyze("What did Uzbekistan's leader say about the union?"), "leader")
                .orElseThrow().bound());
    }

    @Test
    void what_was_said_about_something_must_show_that_something() {
        AnalyzedQuestion q = analyzer.analyze("What did Kazakhstan say about the Taliban?");
        assertEquals(java.util.List.of("Taliban"), q.reactionObjects().stream().map(KeyTerm::label).toList());
        assertTrue(q.objectMayBeNearby(), "what was said may be told next to where the thing is named");
        AnalyzedQuestion reaction = analyzer.analyze("How did the European Union respond to Kazakhstan's statement?");
        assertEquals(java.util.List.of("statement"), reaction.reactionObjects().stream().map(KeyTerm::label).toList());
        assertFalse(reaction.objectMayBeNearby());
    }

    @Test
    void according_to_at_the_start_of_a_question_attributes_a_source() {
        AnalyzedQuestion q = analyzer.analyze("According to the Steppe Ledger, what did Turkmenistan say?");
        assertEquals(KeyTerm.Role.SOURCE, term(q, "Steppe Ledger").orElseThrow().role());
        assertEquals("Turkmenistan", q.subject().orElseThrow().label());
    }

    @Test
    void a_short_capitalised_word_is_matched_as_spelled() {
        // phonetic folding would make "Sea" match "see"
        KeyTerm sea = term(analyzer.analyze("What did Kazakhstan say about Sea trade?"), "Sea").orElseThrow();
        assertEquals(java.util.List.of(java.util.List.of("sea")), sea.alternatives());
    }

    @Test
    void finds_the_lexicon_names_a_sentence_mentions_with_the_state_they_belong_to() {
        java.util.List<Lexicon.Name> names = analyzer.namesIn("Tokayev met Uzbek officials in Tashkent.");
        assertEquals(java.util.List.of("Tokayev", "Uzbekistan"), names.stream().map(Lexicon.Name::canonical).sorted()
                .toList());
        Lexicon.Name tokayev = names.stream().filter(n -> n.canonical().equals("Tokayev")).findFirst().orElseThrow();
        Lexicon.Name kazakhstan = Lexicon.bundled().latin("Kazakhstan").orElseThrow();
        assertTrue(tokayev.sameSide(kazakhstan) && kazakhstan.sameSide(tokayev));
        assertFalse(tokayev.sameSide(Lexicon.bundled().latin("Uzbekistan").orElseThrow()));
    }

    @Test
    void aRememberedAnalysisIsTheOneAFreshAnalyserGivesEvenAfterManyOtherQuestions() {
        QuestionAnalyzer fresh = new QuestionAnalyzer(new NewsTermAnalyzer(), new FixedTermStatistics(),
                Lexicon.bundled(), WordNetRelations.bundled());
        java.util.List<String> questions = LabelledQuestion.all().stream().map(q -> q.eval().question()).distinct()
                .toList();
        assertTrue(questions.size() > 300, "more questions than the analyser remembers: " + questions.size());
        java.util.List<AnalyzedQuestion> first = questions.stream().map(withDictionary::analyze).toList();
        for (int i = questions.size() - 1; i >= 0; i--) {
            AnalyzedQuestion again = withDictionary.analyze(questions.get(i));
            assertEquals(first.get(i), again, questions.get(i));
            assertEquals(fresh.analyze(questions.get(i)), again, questions.get(i));
        }
    }
}
