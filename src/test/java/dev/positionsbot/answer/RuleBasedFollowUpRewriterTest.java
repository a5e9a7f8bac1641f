package dev.positionsbot.answer;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleBasedFollowUpRewriterTest {

    private final RuleBasedFollowUpRewriter rewriter = new RuleBasedFollowUpRewriter(Lexicon.bundled());

    private static Conversation after(String... standaloneQuestions) {
        Conversation c = new Conversation();
        for (String q : standaloneQuestions) {
            c.add(new Conversation.Turn(q, q, true));
        }
        return c;
    }

    @Test
    void and_another_state_replaces_the_previous_subject() {
        assertEquals("What did Uzbekistan say about the water quotas?",
                rewriter.rewrite("And Uzbekistan?", after("What did Kazakhstan say about the water quotas?")));
    }

    @Test
    void what_about_another_state_replaces_the_previous_subject() {
        assertEquals("How did Tajikistan vote on the grain resolution?",
                rewriter.rewrite("What about Tajikistan?", after("How did Kyrgyzstan vote on the grain resolution?")));
    }

    @Test
    void uses_the_latest_turn_not_an_older_one() {
        Conversation c = after("Who signed the rail deal for Turkmenistan?", "What did Kazakhstan say about tariffs?");
        assertEquals("What did Kyrgyzstan say about tariffs?", rewriter.rewrite("and Kyrgyzstan", c));
    }

    @Test
    void a_pronoun_follow_up_gets_the_previous_names() {
        String rewritten = rewriter.rewrite("Why did they refuse?",
                after("Did Turkmenistan join the gas union?"));
        assertTrue(rewritten.startsWith("Why did they refuse"), rewritten);
        assertTrue(rewritten.contains("Turkmenistan"), rewritten);
    }

    @Test
    void a_pronoun_follow_up_naming_a_topic_still_gets_the_previous_speaker() {
        String rewritten = rewriter.rewrite("What did he say about Crimea?",
                after("What did Tokayev say about the referendums?"));
        assertTrue(rewritten.contains("Tokayev"), rewritten);
    }

    @Test
    void a_stand_alone_question_is_unchanged() {
        String q = "What did the Uzbek foreign ministry say about the pipeline tender?";
        assertEquals(q, rewriter.rewrite(q, after("What did Kazakhstan say about the water quotas?")));
        String noNames = "Which countries signed the water treaty in 2019?";
        assertEquals(noNames, rewriter.rewrite(noNames, after("What did Kazakhstan say about the water quotas?")));
    }

    @Test
    void nothing_changes_without_a_conversation() {
        assertEquals("And Uzbekistan?", rewriter.rewrite("And Uzbekistan?", new Conversation()));
        assertEquals("Why did they refuse?", rewriter.rewrite("Why did they refuse?", new Conversation()));
    }

    @Test
    void russian_a_plus_a_state_is_a_follow_up() {
        String rewritten = rewriter.rewrite("А Узбекистан?", after("What did Kazakhstan say about the water quotas?"));
        assertTrue(rewritten.contains("say about the water quotas"), rewritten);
        assertTrue(rewritten.contains("Узбекистан"), rewritten);
        assertTrue(!rewritten.contains("Kazakhstan"), rewritten);
    }

    @Test
    void a_russian_follow_up_reads_as_uzbekistan_to_the_analyzer() {
        String rewritten = rewriter.rewrite("А Узбекистан?", after("What did Kazakhstan say about the water quotas?"));
        AnalyzedQuestion q = new QuestionAnalyzer(new dev.positionsbot.index.NewsTermAnalyzer(),
                new FixedTermStatistics(), Lexicon.bundled()).analyze(rewritten);
        assertTrue(q.searchQuery().contains("Uzbekistan"), q.searchQuery());
        assertTrue(q.searchQuery().toLowerCase().contains("quotas"), q.searchQuery());
    }

    @Test
    void a_short_continuation_without_a_name_adds_the_detail_to_the_previous_question() {
        assertEquals("What did Kazakhstan say about tariffs in 2014?",
                rewriter.rewrite("And in 2014?", after("What did Kazakhstan say about tariffs?")));
    }

    @Test
    void another_state_goes_into_the_topic_question_not_into_a_follow_up_that_asked_something_else() {
        Conversation c = new Conversation();
        c.add(new Conversation.Turn("What did Kazakhstan say about the water quotas?",
                "What did Kazakhstan say about the water quotas?", true));
        String who = rewriter.rewrite("And who spoke for the ministry?", c);
        c.add(new Conversation.Turn("And who spoke for the ministry?", who, true));
        assertEquals("What did Kyrgyzstan say about the water quotas?", rewriter.rewrite("What did Kyrgyzstan say?", c));
        assertEquals("What did Uzbekistan say about the water quotas?", rewriter.rewrite("And Uzbekistan?", c));
    }

    @Test
    void a_detail_added_by_a_follow_up_stays_when_another_state_is_asked_about() {
        Conversation c = new Conversation();
        c.add(new Conversation.Turn("What did Kazakhstan say about tariffs?", "What did Kazakhstan say about tariffs?",
                true));
        c.add(new Conversation.Turn("And in 2014?", "What did Kazakhstan say about tariffs in 2014?", true));
        assertEquals("What did Tajikistan say about tariffs in 2014?", rewriter.rewrite("And Tajikistan?", c));
    }
}
