package dev.positionsbot.telegram;

import dev.positionsbot.answer.Answerer;
import dev.positionsbot.answer.Conversation;
import dev.positionsbot.answer.GroundedAnswer;
import dev.positionsbot.answer.SourceInfo;
import dev.positionsbot.answer.attribution.StateTimeline;
import dev.positionsbot.corpus.Article;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code /timeline} through the real TelegramBots client and polling loop against {@link FakeBotApi}. */
@Timeout(30)
class TelegramTimelineTest {

    private static final String TOKEN = "123456:AAF-timeline-token-for-tests";
    private static final Duration WAIT = Duration.ofSeconds(10);

    private static final List<Article> ARTICLES = List.of(
            new Article("late", "k/late.md", "Astana softens on sanctions", "Caspian Wire", "", "2024-05-10", "", "en",
                    "", "Kazakh Foreign Minister Daulet Serikov said on Wednesday that sanctions would be respected."),
            new Article("early", "k/early.md", "Astana and sanctions", "Steppe Ledger", "", "2022-03-18", "", "en", "",
                    "Kazakh Deputy Foreign Minister Nurlan Abenov said on Tuesday that sanctions were not binding.\n\n"
                            + "Analyst Aru Bekova said the sanctions would bite."));

    private FakeBotApi api;
    private TelegramBotRunner runner;

    @BeforeEach
    void setUp() throws Exception {
        api = new FakeBotApi(TOKEN);
    }

    @AfterEach
    void tearDown() {
        if (runner != null) {
            runner.close();
        }
        api.close();
    }

    @Test
    void timeline_lists_a_states_officials_oldest_first_and_says_so_when_there_are_none() throws Exception {
        Answerer answerer = new Answerer() {
            @Override
            public GroundedAnswer answer(String question, Conversation conversation) {
                throw new AssertionError("a command is not a question: " + question);
            }

            @Override
            public List<SourceInfo> sources() {
                return List.of();
            }

            @Override
            public String coverage() {
                return "two articles";
            }

            @Override
            public StateTimeline.Result timeline(String state, String topic) {
                return new StateTimeline().build(state, topic, ARTICLES);
            }
        };
        runner = new TelegramBotRunner(TelegramSettings.defaults(TOKEN).withApiUrl(api.url())
                .withPolling(1, Duration.ofMillis(100)).withRateLimits(Duration.ZERO, 1000, 1000)
                .withShutdownGrace(Duration.ofSeconds(5)), answerer);
        runner.start();
        api.addUpdate(api.privateText(42, "/timeline Kazakhstan sanctions"));
        api.addUpdate(api.privateText(42, "/timeline Tajikistan water"));
        List<FakeBotApi.Request> sent = api.await("sendMessage", 2, WAIT);
        String kz = sent.get(0).text();
        assertTrue(kz.startsWith("<b>Kazakhstan</b>: statements by its officials on <i>sanctions</i>"), kz);
        assertTrue(kz.indexOf("15 March 2022</b> — Nurlan Abenov") > 0, kz);
        assertTrue(kz.indexOf("Nurlan Abenov") < kz.indexOf("Daulet Serikov"), "oldest first: " + kz);
        assertTrue(!kz.contains("Bekova"), "the analyst is not Kazakhstan's: " + kz);
        String tj = sent.get(1).text();
        assertTrue(tj.contains("The articles hold no statement by Tajikistan&#39;s officials")
                || tj.contains("The articles hold no statement by Tajikistan's officials"), tj);
    }
}
