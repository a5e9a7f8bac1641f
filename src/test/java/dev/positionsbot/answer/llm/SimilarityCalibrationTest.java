package dev.positionsbot.answer.llm;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.positionsbot.corpus.SentenceSplitter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Calibrates {@link AnswerVerifier#DEFAULT_MIN_SIMILARITY}: paragraphs of the real seed articles as passages,
 * against paraphrases (supported, the way a model restates a source) and unsupported sentences written for this
 * test (on-topic claims the paragraph does not make). Prints the distributions; asserts the threshold separates them.
 */
class SimilarityCalibrationTest {

    record Case(String seed, String paragraphStart, String claim) {
    }

    static final List<Case> SUPPORTED = List.of(
            new Case("000", "In a sign of Central Asia", "Kazakhstan will not recognise the referendums Moscow imposed on four regions of Ukraine."),
            new Case("000", "In a sign of Central Asia", "Kazakhstan refuses to recognize the Russian-organized votes on joining Russia in four Ukrainian regions."),
            new Case("000", "Indeed, this is not the first", "Tokayev publicly rejected Russian calls to recognize the separatist regions of eastern Ukraine last June."),
            new Case("000", "Indeed, this is not the first", "Kazakhstan shares a 4,750-mile border with Russia."),
            new Case("000", "In what could be read", "Smadiyarov said Kazakhstan was ready to help establish a political dialogue."),
            new Case("000", "Friction between Moscow", "Russia's prosecutor general Igor Krasnov claimed that Russophobic activity was unfolding in Kazakhstan."),
            new Case("001", "Speaking on September 26", "On September 26 the Kazakh Foreign Ministry spokesman said Kazakhstan's position proceeds from the territorial integrity of states."),
            new Case("001", "Uzbekistan, the region's most", "Uzbekistan's Foreign Ministry statement on Ukraine did not mention the referendums."),
            new Case("001", "None of Kyrgyzstan", "Kyrgyzstan, Tajikistan and Turkmenistan have not commented on the annexation bid."),
            new Case("001", "A senior government official", "A Kyrgyz official said privately that Kyrgyzstan would not recognize the votes in occupied Ukraine as a legitimate plebiscite."),
            new Case("001", "But Central Asian caution", "Moscow's Central Asian allies did not recognize Abkhazia or South Ossetia in 2008."),
            new Case("002", "Kazakhstan is a traditional ally", "Tokayev has refused to back Moscow in its war and has called for resolving the conflict in line with the UN charter."),
            new Case("002", "Kazakhstan has also halted", "Kazakhstan stopped exporting weapons for a year so that neither side would use Kazakh arms."),
            new Case("002", "Voting closed on Tuesday", "Russian leaders claimed that nearly 100% of residents voted to join Russia."),
            new Case("003", "One outstanding issue", "About 18 percent of Kazakhstan's citizens are ethnic Russians, many living in northern cities near the Russian border."),
            new Case("003", "These decisions will certainly", "Dmitry Medvedev called Kazakhstan an artificial state in a post that was later deleted."),
            new Case("003", "The critical issue", "Some 98,000 Russians entered Kazakhstan in the week after Putin announced the partial mobilization."),
            new Case("003", "Ariel Cohen", "Ariel Cohen described Kazakhstan's foreign policy as a balancing act between China, Russia, the US and the EU."),
            new Case("004", "Tokayev, however", "Tokayev called Donetsk and Luhansk quasi-states and warned of global chaos if new countries emerged on ethnic grounds."),
            new Case("004", "Kazakhstan’s President Kassym-Jomart", "Tokayev told Putin that Kazakhstan would not recognise the Donetsk and Luhansk republics."),
            // looser, model-like restatements: two facts merged, or the gist rather than the wording
            new Case("000", "Friction between Moscow", "Tensions between Moscow and Astana have been growing, with Russian officials accusing Kazakhstan of Russophobia."),
            new Case("002", "Kazakhstan is a traditional ally", "Although Kazakhstan is a traditional Russian ally, its president has not supported the war."),
            new Case("003", "Kazakhstan’s position regarding", "Tokayev told the UN General Assembly that sovereign equality, territorial integrity and peaceful coexistence are interdependent principles."),
            new Case("001", "So far Astana is alone", "Kazakhstan is the only Central Asian state that has directly addressed the referendums."),
            new Case("003", "Russia and Kazakhstan have remained", "Kazakhstan avoids antagonizing Russia, its close defense and trade partner, even while acting independently."));

    static final List<Case> UNSUPPORTED = List.of(
            new Case("000", "In a sign of Central Asia", "Kazakhstan announced it would send peacekeepers to the disputed regions."),
            new Case("000", "Indeed, this is not the first", "Kazakhstan plans to build a new pipeline that bypasses Russian territory."),
            new Case("000", "In what could be read", "The spokesman demanded that Western countries lift their sanctions on Moscow."),
            new Case("000", "Friction between Moscow", "The prosecutor general praised Kazakhstan for its loyalty to Moscow."),
            new Case("001", "Speaking on September 26", "The spokesman said Kazakhstan would expel Russian diplomats."),
            new Case("001", "Uzbekistan, the region's most", "Uzbekistan announced large investments in its renewable energy sector."),
            new Case("001", "None of Kyrgyzstan", "Turkmenistan's gas exports to China grew strongly this year."),
            new Case("001", "A senior government official", "The official said his country would leave the Eurasian Economic Union."),
            new Case("001", "But Central Asian caution", "Georgia asked the Central Asian states for military assistance."),
            new Case("002", "Kazakhstan is a traditional ally", "Tokayev asked China to mediate a ceasefire between the two sides."),
            new Case("002", "Kazakhstan has also halted", "Kazakhstan raised its wheat export quotas for neighbouring countries."),
            new Case("002", "Voting closed on Tuesday", "Independent observers confirmed that the voting was free and fair."),
            new Case("003", "One outstanding issue", "Kazakhstan introduced Kazakh language tests for all public servants."),
            new Case("003", "These decisions will certainly", "Medvedev apologized to Kazakhstan and visited Astana to repair relations."),
            new Case("003", "The critical issue", "Most of the Russian arrivals applied for asylum in the European Union."),
            new Case("003", "Ariel Cohen", "Cohen argued that Kazakhstan should join NATO as soon as possible."),
            new Case("004", "Tokayev, however", "Tokayev proposed a referendum on the status of northern Kazakhstan."),
            new Case("004", "Kazakhstan’s President Kassym-Jomart", "The forum ended with a joint declaration on nuclear energy cooperation."),
            new Case("002", "Kazakhstan has also halted", "Kazakhstan joined the international sanctions against Russia."),
            new Case("001", "Speaking on September 26", "Kazakhstan's economy grew quickly thanks to rising oil prices."),
            new Case("001", "So far Astana is alone", "Astana offered to host peace talks between Russia and Ukraine."),
            new Case("003", "Russia and Kazakhstan have remained", "Kazakhstan voted against Russia at the UN General Assembly."),
            new Case("003", "Kazakhstan’s position regarding", "Tokayev criticised NATO expansion in his speech."),
            new Case("002", "Kazakhstan is a traditional ally", "Kazakhstan recognized the new Russian regions as part of Russia."),
            new Case("000", "Friction between Moscow", "Russia closed its border with Kazakhstan after the dispute."));

    static EmbeddingModel model;
    static final SentenceSplitter SPLITTER = new SentenceSplitter();

    @BeforeAll
    static void loadModel() {
        model = Embeddings.miniLm();
    }

    @Test
    void default_threshold_keeps_paraphrases_and_drops_unsupported_claims() throws IOException {
        double t = AnswerVerifier.DEFAULT_MIN_SIMILARITY;
        List<Double> supported = scores(SUPPORTED, t, false);
        List<Double> unsupported = scores(UNSUPPORTED, t, true);
        long kept = supported.stream().filter(s -> s >= t).count();
        long dropped = unsupported.stream().filter(s -> s < t).count();
        System.out.printf(Locale.ROOT, "supported:   %s%nunsupported: %s%nthreshold %.2f keeps %d/%d paraphrases, drops %d/%d unsupported%n",
                fmt(supported), fmt(unsupported), t, kept, supported.size(), dropped, unsupported.size());
        for (double c = 0.40; c <= 0.751; c += 0.05) {
            final double cut = c;
            System.out.printf(Locale.ROOT, "  at %.2f: keeps %d/%d, drops %d/%d%n", c,
                    supported.stream().filter(s -> s >= cut).count(), supported.size(),
                    unsupported.stream().filter(s -> s < cut).count(), unsupported.size());
        }
        assertTrue(kept >= supported.size() * 0.9, "threshold " + t + " keeps too few paraphrases: " + kept);
        assertTrue(dropped >= unsupported.size() * 0.9, "threshold " + t + " drops too few unsupported: " + dropped);
    }

    private List<Double> scores(List<Case> cases, double threshold, boolean shouldFail) throws IOException {
        List<Double> out = new ArrayList<>();
        for (Case c : cases) {
            String paragraph = paragraph(c.seed(), c.paragraphStart());
            SemanticSupport support = new SemanticSupport(model, SPLITTER);
            Embedding claim = support.embed(c.claim());
            double sim = support.best(claim, c.seed() + c.paragraphStart(), paragraph).similarity();
            if ((sim >= threshold) == shouldFail) {
                System.out.printf(Locale.ROOT, "misclassified (%s, %.2f): %s%n",
                        shouldFail ? "unsupported kept" : "paraphrase dropped", sim, c.claim());
            }
            out.add(sim);
        }
        return out;
    }

    static String paragraph(String seedPrefix, String start) throws IOException {
        try (var files = Files.list(dev.positionsbot.TestMaterial.SEEDS)) {
            Path seed = files.filter(p -> p.getFileName().toString().startsWith(seedPrefix + "_")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no seed " + seedPrefix));
            for (String line : Files.readAllLines(seed, StandardCharsets.UTF_8)) {
                if (line.startsWith(start)) {
                    return line;
                }
            }
            throw new IllegalStateException("no paragraph starting '" + start + "' in " + seed);
        }
    }

    private static String fmt(List<Double> xs) {
        StringBuilder b = new StringBuilder();
        for (double x : xs.stream().sorted().toList()) {
            b.append(String.format(Locale.ROOT, "%.2f ", x));
        }
        return b.toString().strip();
    }
}
