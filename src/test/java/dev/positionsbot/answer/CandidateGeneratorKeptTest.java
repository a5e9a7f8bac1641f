package dev.positionsbot.answer;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import dev.positionsbot.corpus.Article;
import dev.positionsbot.corpus.Passage;
import dev.positionsbot.index.NewsTermAnalyzer;
import dev.positionsbot.index.SearchHit;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generator keeps what depends on a passage's or a unit's text (its units, whether it quotes someone, whether it
 * has the span asked for) for later questions: a unit measured from kept results must measure as a fresh generator
 * measures it, whatever was asked before. Invented article.
 */
class CandidateGeneratorKeptTest {

    private static final String BODY = "Kazakhstan kept its border with Uzbekistan open on Friday, officials said. "
            + "Uzbekistan abstained in the vote at the assembly. Aibek Tursunov, a deputy minister, told reporters "
            + "that 1,200 trucks crossed in March.";
    private static final Article ARTICLE = new Article("border", "knowledge/border.md", "A border stays open",
            "Valley Wire", "", "2024-03-02", "", "en", "", BODY);
    private static final SearchHit HIT = new SearchHit(ARTICLE, new Passage("border", 0, 0, BODY.length(), "", BODY),
            1, new SearchHit.Ranking(1, 1), null);

    private final QuestionAnalyzer analyzer = new QuestionAnalyzer(new NewsTermAnalyzer(), new FixedTermStatistics(),
            Lexicon.bundled());

    private CandidateGenerator generator() {
        return new CandidateGenerator(analyzer, new NewsTermAnalyzer(), new SemanticSimilarity(new WordHashModel(), 0),
                new TypedSpanFinder(Lexicon.bundled()), AnswerModel.SYNONYM_CREDIT);
    }

    private List<ScoredSentence> candidates(CandidateGenerator g, String question) {
        return g.candidates(analyzer.analyze(question), List.of(HIT), AnswerModel.CANDIDATE_HITS);
    }

    /** Everything measured about a unit, except the SentenceTerms object (equal by its text). */
    private static List<String> measured(List<ScoredSentence> units) {
        return units.stream().map(s -> String.join("|", s.text(), s.terms().text(), "" + s.start(), "" + s.end(),
                "" + s.coverage(), "" + s.context(), "" + s.semantic(), "" + s.typeFits(), "" + s.matched(),
                "" + s.missing(), "" + s.paraphrased(), "" + s.subject(), "" + s.namesOther(), "" + s.quotation(),
                "" + s.position(), "" + s.sentences())).toList();
    }

    @Test
    void units_measured_from_kept_results_measure_as_in_a_fresh_generator() {
        List<String> questions = List.of("When did Kazakhstan keep its border open?",
                "How many trucks crossed the border of Kazakhstan?", "Who said Kazakhstan kept its border open?",
                "How did Uzbekistan vote at the assembly?");
        CandidateGenerator shared = generator();
        for (String q : questions) {
            candidates(shared, q); // fill the kept results with every question first
        }
        for (String q : questions) {
            assertEquals(measured(candidates(generator(), q)), measured(candidates(shared, q)), q);
        }
    }

    @Test
    void the_span_asked_for_is_kept_per_asked_type() {
        CandidateGenerator g = generator();
        ScoredSentence dated = unit(candidates(g, "When did Kazakhstan keep its border open?"), "on Friday");
        assertTrue(dated.typeFits(), "a date question: Friday is a date");
        ScoredSentence counted = unit(candidates(g, "How many trucks crossed the border of Kazakhstan?"), "on Friday");
        assertFalse(counted.typeFits(), "a how-many question: the same unit has no figure");
        assertTrue(unit(candidates(g, "How many trucks crossed the border of Kazakhstan?"), "1,200").typeFits());
    }

    @Test
    void whether_a_unit_quotes_someone_is_read_from_its_own_text() {
        List<ScoredSentence> units = candidates(generator(), "When did Kazakhstan keep its border open?");
        assertTrue(unit(units, "officials said").quotation());
        assertFalse(unit(units, "abstained").quotation());
        assertTrue(unit(units, "told reporters").quotation());
    }

    private static ScoredSentence unit(List<ScoredSentence> units, String containing) {
        return units.stream().filter(s -> s.text().contains(containing)).findFirst().orElseThrow(
                () -> new AssertionError("no unit with '" + containing + "' in " + measured(units)));
    }

    /** Bag of hashed words: cheap, deterministic vectors, so that similarity is measured without the ONNX model. */
    private static final class WordHashModel implements EmbeddingModel {
        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            List<Embedding> out = new ArrayList<>();
            for (TextSegment s : segments) {
                float[] v = new float[16];
                v[0] = 0.01f;
                for (String w : s.text().toLowerCase(Locale.ROOT).split("\\W+")) {
                    v[Math.floorMod(w.hashCode(), 16)] += 1;
                }
                out.add(Embedding.from(v));
            }
            return Response.from(out);
        }

        @Override
        public int dimension() {
            return 16;
        }
    }

    @Test
    void a_unit_is_found_to_quote_someone_exactly_when_the_quotation_pattern_finds_a_match() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String one = String.valueOf(c);
            assertEquals(CandidateGenerator.QUOTATION.matcher(one).find(), CandidateGenerator.quotes(one),
                    "character U+" + Integer.toHexString(c));
        }
        List<String> pieces = List.of("said", "SAİD", "ſaid", "Saıd", "according to", "ACCORDING  TO", "заявил",
                "ЗАЯВИЛ", "“", "»", "\"", "x", "_", "9", " ", "-", "é", "told", "toldx", "says", "tells", "K", "\u212A");
        java.util.Random random = new java.util.Random(17);
        for (int t = 0; t < 20_000; t++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(6); k > 0; k--) {
                b.append(pieces.get(random.nextInt(pieces.size())));
            }
            String text = b.toString();
            assertEquals(CandidateGenerator.QUOTATION.matcher(text).find(), CandidateGenerator.quotes(text),
                    "\"" + text + "\"");
        }
    }
}
